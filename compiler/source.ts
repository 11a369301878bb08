// Source files and spans: every AST node and every diagnostic points into a SourceFile by byte offsets;
// lines and columns (from 1) are computed only when a diagnostic is rendered.

export class SourceFile {
  private lineStarts: number[] | undefined;

  constructor(
    /** The name diagnostics print: the path as the user gave it. */
    readonly name: string,
    readonly text: string,
  ) {}

  /** Line and column, both from 1, of an offset. Columns count UTF-16 code units, as editors do for ASCII. */
  position(offset: number): { line: number; column: number } {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** The text of line `line` (from 1), without its line break. */
  lineText(line: number): string {
    const starts = this.starts();
    const start = starts[line - 1] ?? this.text.length;
    let end = starts[line] ?? this.text.length;
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.starts().length;
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text[i] === "\n") starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

/** A half-open range [start, end) of offsets in one file. */
export interface Span {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
}

export function span(file: SourceFile, start: number, end: number): Span {
  return { file, start, end: Math.max(start, end) };
}

/** The smallest span covering both (they must lie in the same file). */
export function join(a: Span, b: Span): Span {
  return { file: a.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

export function spanText(s: Span): string {
  return s.file.text.slice(s.start, s.end);
}

/** `12:5`: where a span starts. */
export function where(s: Span): string {
  const p = s.file.position(s.start);
  return `${p.line}:${p.column}`;
}

// The formatter's output before it is text: one `Line` per printed line, with its indentation, the keyword or name
// that lines up with its neighbours' (`head`), and the comment that trails it. `renderLines` does the aligning:
// heads in a run of lines pad to the longest (`loss       cross_entropy` under `regularize l2(5e-4)`), and trailing
// comments in a run start in one column, as the examples were written by hand.

export interface Line {
  readonly indent: number;
  /** Aligned with the heads of the lines around it: a statement's keyword, a setting's or a binding's name. */
  readonly head?: string;
  /** What follows the head, or the whole line when there is none. */
  readonly text: string;
  /** A `# ...` comment at the end of the line. */
  comment?: string;
  /** A blank line before this one. */
  blankBefore: boolean;
  /**
   * Whether its trailing comment lines up with its neighbours'. Block brackets and comment lines do not, and they
   * end a run.
   */
  readonly aligns: boolean;
  /** A line that is only a comment. */
  readonly isComment?: boolean;
}

const INDENT = "  ";

export function codeLine(indent: number, text: string, head?: string): Line {
  return head === undefined
    ? { indent, text, blankBefore: false, aligns: true }
    : { indent, head, text, blankBefore: false, aligns: true };
}

export function bracketLine(indent: number, text: string): Line {
  return { indent, text, blankBefore: false, aligns: false };
}

export function commentLine(indent: number, comment: string, blankBefore: boolean): Line {
  return { indent, text: comment, blankBefore, aligns: false, isComment: true };
}

/** A line's code with its head padded to `width` (no padding when nothing follows the head). */
export function lineCode(line: Line, width = 0): string {
  if (line.head === undefined) return line.text;
  return line.text ? `${line.head.padEnd(width)} ${line.text}` : line.head;
}

/** The text of `lines`, each ending in a newline. */
export function renderLines(lines: readonly Line[]): string {
  const code = alignHeads(lines);
  const commentAt = alignComments(lines, code);
  return lines
    .map((l, i) => {
      const body = INDENT.repeat(l.indent) + code[i]!;
      const line = l.comment === undefined ? body : `${body.padEnd(commentAt[i]!)}${l.comment}`;
      return (l.blankBefore && i > 0 ? "\n" : "") + line + "\n";
    })
    .join("");
}

/** Runs: consecutive lines at one indentation, with no blank line inside, each satisfying `inRun`. */
function runs(lines: readonly Line[], inRun: (l: Line) => boolean): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  lines.forEach((l, i) => {
    const prev = lines[run.at(-1) ?? -1];
    const continues = inRun(l) && run.length > 0 && prev!.indent === l.indent && !l.blankBefore;
    if (!continues) {
      if (run.length) out.push(run);
      run = [];
    }
    if (inRun(l)) run.push(i);
  });
  if (run.length) out.push(run);
  return out;
}

function alignHeads(lines: readonly Line[]): string[] {
  const code = lines.map((l) => lineCode(l));
  for (const run of runs(lines, (l) => l.head !== undefined)) {
    const width = Math.max(...run.map((i) => lines[i]!.head!.length));
    for (const i of run) code[i] = lineCode(lines[i]!, width);
  }
  return code;
}

/** The column (as a string length) where each line's trailing comment starts: two spaces past the run's longest. */
function alignComments(lines: readonly Line[], code: readonly string[]): number[] {
  const at = lines.map((l, i) => INDENT.length * l.indent + code[i]!.length + 2);
  for (const run of runs(lines, (l) => l.aligns)) {
    const commented = run.filter((i) => lines[i]!.comment !== undefined);
    if (!commented.length) continue;
    const column = Math.max(...commented.map((i) => at[i]!));
    for (const i of commented) at[i] = column;
  }
  return at;
}

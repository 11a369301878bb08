// Diagnostics: what every phase returns instead of throwing. A diagnostic has a severity, a stable code, a
// one-line message, labelled spans and help notes, and renders itself the way rustc does (LANGUAGE §11).

import type { Code } from "./diagnostic-codes/index.js";
import { excerpt, safeText } from "./safe-text.js";
import { type Span } from "./source.js";

export type Severity = "error" | "warning";

export interface Label {
  readonly span: Span;
  readonly message: string;
  readonly primary: boolean;
}

export function primary(span: Span, message = ""): Label {
  return { span, message, primary: true };
}

export function secondary(span: Span, message = ""): Label {
  return { span, message, primary: false };
}

export class Diagnostic {
  constructor(
    readonly severity: Severity,
    readonly code: string,
    readonly message: string,
    readonly labels: readonly Label[],
    readonly help: readonly string[] = [],
    readonly notes: readonly string[] = [],
  ) {}

  /** The span the diagnostic is about (the first primary label); undefined for whole-run errors. */
  get span(): Span | undefined {
    return (this.labels.find((l) => l.primary) ?? this.labels[0])?.span;
  }

  withHelp(...help: string[]): Diagnostic {
    return new Diagnostic(
      this.severity,
      this.code,
      this.message,
      this.labels,
      [...this.help, ...help],
      this.notes,
    );
  }

  withLabels(...labels: Label[]): Diagnostic {
    return new Diagnostic(
      this.severity,
      this.code,
      this.message,
      [...this.labels, ...labels],
      this.help,
      this.notes,
    );
  }

  render(): string {
    return renderDiagnostic(this);
  }
}

export function error(code: Code, message: string, labels: Label[], help: string[] = []): Diagnostic {
  return new Diagnostic("error", code, message, labels, help);
}

export function warning(code: Code, message: string, labels: Label[], help: string[] = []): Diagnostic {
  return new Diagnostic("warning", code, message, labels, help);
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}

/** A phase's result: a value (possibly partial when there are errors) and what went wrong. */
export interface Checked<T> {
  readonly value: T;
  readonly diagnostics: Diagnostic[];
}

/** Raised only for compiler bugs; user errors are Diagnostics. */
export class CompilerBug extends Error {
  override name = "CompilerBug";
}

export function bug(message: string): never {
  throw new CompilerBug(message);
}

export function assertNever(x: never): never {
  throw new CompilerBug(`unexpected case ${JSON.stringify(x)}`);
}

/** Orders diagnostics by file, then position, so output is stable whatever order the phases found them in. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return diags
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const sa = a.d.span;
      const sb = b.d.span;
      if (sa && sb) {
        if (sa.file.name !== sb.file.name) return sa.file.name < sb.file.name ? -1 : 1;
        if (sa.start !== sb.start) return sa.start - sb.start;
      }
      return a.i - b.i;
    })
    .map(({ d }) => d);
}

/** The most errors a compilation reports; past them, tooManyErrors says it stopped. */
export const MAX_ERRORS = 100;

/**
 * The closing line of a compilation that stopped reporting: `what` says where, e.g. "only the first 100 are shown".
 * It has no code, and the closing count leaves it out.
 */
export function tooManyErrors(what: string): Diagnostic {
  return new Diagnostic("error", "", `too many errors: ${what}`, [], ["fix these and run again"]);
}

/** At most MAX_ERRORS errors (and the warnings among them), then tooManyErrors; `diags` already sorted. */
export function capErrors(diags: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let errors = 0;
  for (const d of diags) {
    if (d.severity === "error" && ++errors > MAX_ERRORS)
      return [...out, tooManyErrors(`only the first ${MAX_ERRORS} are shown`)];
    out.push(d);
  }
  return out;
}

function renderDiagnostic(d: Diagnostic): string {
  const head = safeText(`${d.severity}${d.code ? `[${d.code}]` : ""}: ${d.message}`);
  const help = d.help.map(safeText);
  const notes = d.notes.map(safeText);
  const main = d.span;
  if (!main)
    return [head, ...help.map((h) => `   = help: ${h}`), ...notes.map((n) => `   = note: ${n}`)].join("\n");

  // Group labels by file, the primary's file first; within a file by line.
  const files = [main.file, ...new Set(d.labels.map((l) => l.span.file).filter((f) => f !== main.file))];
  const allLines = d.labels.map((l) => l.span.file.position(l.span.start).line);
  const gutter = String(allLines.reduce((a, b) => Math.max(a, b), 0)).length;
  // As in STYLE.md: one space before the widest line number, so the arrow sits at two columns.
  const pad = " ".repeat(gutter + 1);
  const out = [head];

  files.forEach((file, fi) => {
    const labels = d.labels.filter((l) => l.span.file === file);
    const anchor = fi === 0 ? main : labels[0]!.span;
    const p = file.position(anchor.start);
    out.push(`${pad}${fi === 0 ? "-->" : ":::"} ${safeText(file.name)}:${p.line}:${p.column}`);
    out.push(`${pad} |`);
    const byLine = new Map<number, Label[]>();
    for (const l of labels) {
      const line = file.position(l.span.start).line;
      byLine.set(line, [...(byLine.get(line) ?? []), l]);
    }
    const lines = [...byLine.keys()].sort((a, b) => a - b);
    lines.forEach((line, i) => {
      if (i > 0 && line > lines[i - 1]! + 1) out.push(`${pad} |`);
      const text = file.lineText(line);
      // Labels on one line: the underlines share a row when they do not overlap, else each gets its own.
      const ls = byLine.get(line)!.sort((a, b) => a.span.start - b.span.start);
      const shown = excerpt(text, file.position(ls[0]!.span.start).column - 1);
      out.push(` ${String(line).padStart(gutter)} | ${shown.text}`.trimEnd());
      for (const l of ls) {
        const col = file.position(l.span.start).column;
        const endPos = file.position(Math.max(l.span.start, l.span.end - 1));
        // A span that runs past its first line is underlined to that line's end.
        const last = endPos.line === line ? endPos.column : text.length;
        const from = shown.column(col - 1);
        const width = Math.max(1, shown.column(Math.max(col, last)) - from);
        const mark = (l.primary ? "^" : "-").repeat(width);
        out.push(`${pad} | ${" ".repeat(from)}${mark}${l.message ? " " + safeText(l.message) : ""}`);
      }
    });
  });
  const tail = [...help.map((h) => `${pad} = help: ${h}`), ...notes.map((n) => `${pad} = note: ${n}`)];
  if (tail.length) out.push(`${pad} |`, ...tail);
  return out.join("\n");
}

/** Renders a list of diagnostics, separated by blank lines, with rustc's closing count. */
export function renderAll(diags: readonly Diagnostic[]): string {
  const sorted = capErrors(sortDiagnostics(diags));
  const parts = sorted.map((d) => d.render());
  const errors = sorted.filter((d) => d.severity === "error" && d.code !== "").length;
  const warnings = sorted.filter((d) => d.severity === "warning").length;
  const counts: string[] = [];
  if (errors) counts.push(`${errors} error${errors === 1 ? "" : "s"}`);
  if (warnings) counts.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  if (counts.length) parts.push(`${errors ? "error" : "warning"}: ${counts.join(", ")} found`);
  return parts.join("\n\n") + (parts.length ? "\n" : "");
}

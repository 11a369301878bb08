// What the catalogue says about one diagnostic code, and the tag its texts are written with. The phase files
// (syntax.ts, names.ts, …) fill the catalogue; index.ts joins them.

export interface CodeInfo {
  /** One line: what the code is about, as the README's table says it. */
  readonly title: string;
  /** What the diagnostic means and why nnc raises it, in paragraphs. */
  readonly explanation: string;
  /** A small `.nn` program that raises this code and no other. */
  readonly example: string;
  /** The `--model` the example is checked with, for the code about that flag. */
  readonly model?: string;
  /** The `--set` overrides the example is checked with, for the code about that flag. */
  readonly set?: Readonly<Record<string, string>>;
  /** How to fix it. */
  readonly fix: string;
  /** The example, fixed: it compiles without any diagnostic. */
  readonly fixed?: string;
}

/**
 * A template literal as it is written inside an indented object: without its first and last line breaks and the
 * indentation its lines share, so that texts and programs can be laid out with the code around them.
 */
export function text(strings: TemplateStringsArray): string {
  const lines = strings.join("").split("\n");
  if (lines[0]!.trim() === "") lines.shift();
  if (lines.length && lines.at(-1)!.trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const common = Math.min(...indents);
  return lines.map((l) => l.slice(common).trimEnd()).join("\n");
}

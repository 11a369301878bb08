// `nnc fmt` as a Prettier plugin (`prettier --plugin nnc/prettier model.nn`; the package exports it as
// `nnc/prettier`): the language `.nn`, a parser that formats the file with `formatSource` (a file with syntax errors
// is Prettier's syntax error, at the first one's place), and a printer that returns that text. Prettier's own
// options (print width, tabs) do not apply: the layout is nnc's, the same as `nnc fmt` writes.

import { formatSource } from "./format.js";

/** The whole file, formatted: the one node Prettier sees. */
export interface NnRoot {
  readonly type: "nn-file";
  readonly formatted: string;
}

export const languages = [{ name: "nn", parsers: ["nn"], extensions: [".nn"], vscodeLanguageIds: ["nn"] }];

/** A syntax error as Prettier reports one: its message and where it starts (line from 1, column from 1). */
class NnSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly loc: { start: { line: number; column: number } },
  ) {
    super(message);
  }
}

export const parsers = {
  nn: {
    astFormat: "nn",
    parse(text: string): NnRoot {
      const r = formatSource(text);
      if (r.text === undefined) {
        const first = r.diagnostics[0];
        const at = first?.span ? first.span.file.position(first.span.start) : { line: 1, column: 1 };
        throw new NnSyntaxError(`${first?.code ?? ""}: ${first?.message ?? "syntax error"}`, { start: at });
      }
      return { type: "nn-file", formatted: r.text };
    },
    locStart: (): number => 0,
    locEnd: (node: NnRoot): number => node.formatted.length,
  },
};

export const printers = {
  nn: {
    print(path: { node: NnRoot }): string {
      return path.node.formatted;
    },
  },
};

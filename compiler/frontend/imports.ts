// Imports (LANGUAGE §3): loads the files a program imports, relative to the importing file, and gathers every
// user layer they define. Cycles and missing files are E2xxx diagnostics at the `import` line. Each file's
// constants are folded into it as it is loaded (constants.ts); `--set` applies to the entry file's.

import type * as A from "./ast.js";
import { parseFile } from "./parse.js";
import { foldFile, type Override } from "./constants.js";
import { error, hasErrors, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";
import { SourceFile } from "../source.js";
import { STANDARD_LAYERS } from "../../stdlib/index.js";

/** How the compiler reaches files; the default reads the disk, a browser or a test can supply its own. */
export interface FileHost {
  /** The text of a file, or undefined when there is none or it cannot be read. */
  readFile(path: string): string | undefined;
  /** Why a file that `readFile` gave nothing for cannot be read, when it exists (a folder, a device, too large). */
  problem?(path: string): string | undefined;
  /** The path of `spec` imported from the file at `from`. */
  resolve(from: string, spec: string): string;
}

export interface Loaded {
  readonly files: SourceFile[];
  /** The entry file as parsed. */
  readonly parsed: A.FileAst | undefined;
  /** The entry file with its constants substituted and arithmetic folded: what is checked. */
  readonly main: A.FileAst | undefined;
  readonly layers: Map<string, A.LayerDecl>;
}

export function loadProgram(
  entry: SourceFile,
  host: FileHost,
  overrides: ReadonlyMap<string, Override> = new Map(),
): Checked<Loaded> {
  const diags: Diagnostic[] = [];
  const files: SourceFile[] = [];
  const asts = new Map<string, A.FileAst | undefined>();
  const layers = new Map<string, A.LayerDecl>();
  let parsedMain: A.FileAst | undefined;

  const visit = (src: SourceFile, chain: string[]): A.FileAst | undefined => {
    files.push(src);
    const parsed = parseFile(src);
    for (const item of parsed.diagnostics) diags.push(item);
    if (src === entry) parsedMain = parsed.value;
    if (!parsed.value) {
      asts.set(src.name, undefined);
      return undefined;
    }
    // A file whose AST has errors (nested too deeply, say) is not walked again: the program stops at its errors.
    const folded = hasErrors(parsed.diagnostics)
      ? { value: parsed.value, diagnostics: [] }
      : foldFile(parsed.value, src === entry ? overrides : undefined);
    for (const item of folded.diagnostics) diags.push(item);
    const ast = folded.value;
    asts.set(src.name, ast);
    for (const imp of ast.imports) {
      const path = host.resolve(src.name, imp.path.value);
      if (path === src.name || chain.includes(path)) {
        const cycle = [...chain.slice(chain.indexOf(path)), src.name, path]
          .map((p) => `\`${p}\``)
          .join(" → ");
        diags.push(
          error(
            "E2011",
            path === src.name ? `\`${src.name}\` imports itself` : "these imports form a cycle",
            [primary(imp.span, path === src.name ? "imports this very file" : "closes the cycle")],
          ).withHelp(
            path === src.name
              ? "remove this line"
              : `${cycle}: move the shared layers into a file of their own`,
          ),
        );
        continue;
      }
      if (asts.has(path)) continue; // imported already, through another file
      // Only `.nn` files: any other file would be parsed as a program and quoted in its syntax errors.
      const problem = path.endsWith(".nn") ? undefined : "not a `.nn` file";
      const text = problem === undefined ? host.readFile(path) : undefined;
      const why = problem ?? (text === undefined ? host.problem?.(path) : undefined);
      if (why !== undefined) {
        diags.push(
          error("E2017", `cannot import \`${imp.path.value}\`: ${why}`, [
            primary(imp.path.span, why),
          ]).withHelp("an import names a `.nn` file of layers, relative to the importing file"),
        );
        asts.set(path, undefined);
        continue;
      }
      if (text === undefined) {
        diags.push(
          error("E2010", `cannot find \`${imp.path.value}\``, [
            primary(imp.path.span, "no such file"),
          ]).withHelp(`imports are relative to the importing file: looked for \`${path}\``),
        );
        asts.set(path, undefined);
        continue;
      }
      visit(new SourceFile(path, text), [...chain, src.name]);
    }
    return ast;
  };

  const main = visit(entry, []);
  for (const ast of asts.values()) {
    for (const decl of ast?.layers ?? []) {
      const name = decl.name.name;
      const prev = layers.get(name);
      if (Object.hasOwn(STANDARD_LAYERS, name)) {
        diags.push(
          error("E2009", `\`${name}\` is a standard layer and cannot be redefined`, [
            primary(decl.name.span, "redefines a standard layer"),
          ]).withHelp("give your layer another name"),
        );
      } else if (prev) {
        diags.push(
          error("E2009", `layer \`${name}\` is defined twice`, [
            primary(decl.name.span, "defined again here"),
            secondary(prev.name.span, "first defined here"),
          ]),
        );
      } else layers.set(name, decl);
    }
  }
  return { value: { files, parsed: parsedMain, main, layers }, diagnostics: diags };
}

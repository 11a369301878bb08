// The entry file's models → the ones to check: each name once (E2009), and only the model asked for by name, if
// one was (E2016).

import type * as A from "./ast.js";
import { suggest } from "./suggest.js";
import { error, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";

/** The models to check, or undefined when the one asked for is not there. */
export function selectModels(
  file: A.FileAst,
  fileName: string,
  wanted: string | undefined,
): Checked<readonly A.ModelDecl[] | undefined> {
  const diags: Diagnostic[] = [];
  // A file with nothing in it is a mistake (a wrong path, an unsaved editor); a file of layers is a library.
  if (!file.models.length && !file.layers.length && !file.imports.length) {
    const at = { file: file.span.file, start: 0, end: 0 };
    diags.push(
      error("E2018", `\`${fileName}\` holds no model`, [
        primary(at, "nothing is declared in this file"),
      ]).withHelp(
        "a model reads `model Name { input …; target …; network { … }; loss …; optimizer … }`; " +
          "check that this is the file you meant",
      ),
    );
    return { value: undefined, diagnostics: diags };
  }
  const seen = new Map<string, A.ModelDecl>();
  for (const m of file.models) {
    const prev = seen.get(m.name.name);
    if (prev) {
      diags.push(
        error("E2009", `model \`${m.name.name}\` is defined twice`, [
          primary(m.name.span, "defined again here"),
          secondary(prev.name.span, "first defined here"),
        ]),
      );
    } else seen.set(m.name.name, m);
  }
  if (wanted === undefined) return { value: file.models, diagnostics: diags };
  const m = seen.get(wanted);
  if (m) return { value: [m], diagnostics: diags };
  const names = [...seen.keys()];
  const near = suggest(wanted, names);
  diags.push(
    error("E2016", `no model named \`${wanted}\` in ${fileName}`, []).withHelp(
      near
        ? `did you mean \`${near}\`?`
        : names.length
          ? `its models are ${names.map((n) => `\`${n}\``).join(", ")}`
          : "the file defines no model",
    ),
  );
  return { value: undefined, diagnostics: diags };
}

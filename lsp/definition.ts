// Go to definition: a user layer's name → its `layer` declaration (in this file or any file it imports), a
// constant's name → its `const` (the model's own, else the file's: the one that name means there), an import's
// path → that file. The name under the cursor is the lexer's token there, so a name in a comment or string is not one.

import type { Location } from "vscode-languageserver/node.js";
import type { FileHost } from "../index.js";
import { loadProgram } from "../compiler/frontend/imports.js";
import { SourceFile } from "../compiler/source.js";
import { Identifier, Import, StringLit, tokenize } from "../grammar/tokens.js";
import type { ConstDecl, FileAst } from "../compiler/frontend/ast.js";
import type { Analysis } from "./analysis.js";
import { pathUri } from "./analysis.js";
import { spanRange } from "./positions.js";

export function definition(a: Analysis, offset: number, host: FileHost): Location | null {
  const tokens = tokenize(a.text).tokens;
  const i = tokens.findIndex((t) => t.startOffset <= offset && offset <= t.startOffset + t.image.length);
  const t = tokens[i];
  if (!t) return null;
  if (t.tokenType === StringLit && tokens[i - 1]?.tokenType === Import) {
    const target = host.resolve(a.path, t.image.slice(1, -1));
    return {
      uri: pathUri(target),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    };
  }
  if (t.tokenType === Identifier) {
    const loaded = loadProgram(new SourceFile(a.path, a.text), host).value;
    const constant = constantAt(loaded.parsed, t.image, offset);
    if (constant) return { uri: pathUri(a.path), range: spanRange(constant.name.span) };
    const decl = loaded.layers.get(t.image);
    if (decl) return { uri: pathUri(decl.name.span.file.name), range: spanRange(decl.name.span) };
  }
  return null;
}

/** The constant `name` means at `offset`: the enclosing model's, which hides the file's of the same name. */
function constantAt(file: FileAst | undefined, name: string, offset: number): ConstDecl | undefined {
  if (!file) return undefined;
  const model = file.models.find((m) => m.span.start <= offset && offset <= m.span.end);
  const own = model?.statements.find((s): s is ConstDecl => s.kind === "const" && s.name.name === name);
  return own ?? file.consts.find((c) => c.name.name === name);
}

// The compiler's phases in order. Start reading here: source → AST (with imports) → checked program.

import type * as A from "./frontend/ast.js";
import { error, hasErrors, primary, secondary, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { loadProgram, type FileHost } from "./frontend/imports.js";
import { checkModel } from "./frontend/model.js";
import { NetworkBuilder } from "./frontend/network.js";
import type { CheckedModel, CheckedProgram } from "./program.js";
import { SourceFile } from "./source.js";
import { suggest } from "./frontend/suggest.js";

export interface CompileOptions {
  /** The name diagnostics use for the source, and the base of relative imports. */
  readonly filename?: string;
  /** Check only this model of a file that holds several. */
  readonly model?: string;
  /** How imports are read; the default reads the disk. */
  readonly host?: FileHost;
}

export interface CompileResult {
  readonly ok: boolean;
  /** Errors and warnings, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The parsed entry file, when it parsed. */
  readonly ast: A.FileAst | undefined;
  /** The checked program, when there are no errors. */
  readonly program: CheckedProgram | undefined;
}

export function compileWith(source: string, options: CompileOptions, defaultHost: FileHost): CompileResult {
  const entry = new SourceFile(options.filename ?? "<input>", source);
  const loaded = loadProgram(entry, options.host ?? defaultHost);
  const diags = [...loaded.diagnostics];
  const { main, layers, files } = loaded.value;
  if (!main || hasErrors(diags)) return done(diags, main, undefined);

  const seen = new Map<string, A.ModelDecl>();
  for (const m of main.models) {
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
  let selected = main.models;
  if (options.model !== undefined) {
    const m = seen.get(options.model);
    if (!m) {
      const names = [...seen.keys()];
      const near = suggest(options.model, names);
      diags.push(
        error("E2016", `no model named \`${options.model}\` in ${entry.name}`, []).withHelp(
          near
            ? `did you mean \`${near}\`?`
            : names.length
              ? `its models are ${names.map((n) => `\`${n}\``).join(", ")}`
              : "the file defines no model",
        ),
      );
      return done(diags, main, undefined);
    }
    selected = [m];
  }

  const used = new Set<A.LayerDecl>();
  const models: CheckedModel[] = [];
  for (const m of selected) {
    // Each model gets its own builder: stage ranks and parameter names start afresh.
    const builder = new NetworkBuilder(layers, diags);
    const checked = checkModel(m, layers, builder, diags);
    builder.used.forEach((l) => used.add(l));
    if (checked) models.push(checked);
  }
  const lint = new NetworkBuilder(layers, diags);
  for (const l of layers.values()) if (!used.has(l) && l.name.span.file === entry) lint.lint(l);

  return done(diags, main, hasErrors(diags) ? undefined : { files, models });
}

function done(
  diags: Diagnostic[],
  ast: A.FileAst | undefined,
  program: CheckedProgram | undefined,
): CompileResult {
  return { ok: !hasErrors(diags), diagnostics: sortDiagnostics(dedupe(diags)), ast, program };
}

/**
 * A user layer's body is checked at each use, and a file's layers for each model: a mistake found there again
 * (same code, message and place) is reported once, where it was first found.
 */
function dedupe(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const s = d.span;
    const key = `${d.severity}|${d.code}|${d.message}|${s ? `${s.file.name}:${s.start}:${s.end}` : ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

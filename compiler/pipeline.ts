// The compiler's phases in order. Start reading here: source → AST (with imports) → checked program.

import type * as A from "./frontend/ast.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { loadProgram, type FileHost } from "./frontend/imports.js";
import { checkModel } from "./frontend/model.js";
import { selectModels } from "./frontend/select-models.js";
import { lintUnusedLayers } from "./frontend/unused.js";
import type { CheckedModel } from "./program.js";
import { compileModels, type CompiledProgram } from "./programs.js";
import { SourceFile } from "./source.js";

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
  /** The checked program with each model's programs, when there are no errors. */
  readonly program: CompiledProgram | undefined;
}

export function compileWith(source: string, options: CompileOptions, defaultHost: FileHost): CompileResult {
  const entry = new SourceFile(options.filename ?? "<input>", source);
  const loaded = loadProgram(entry, options.host ?? defaultHost);
  const diags = [...loaded.diagnostics];
  const { main, layers, files } = loaded.value;
  if (!main || hasErrors(diags)) return done(diags, main, undefined);

  const selected = selectModels(main, entry.name, options.model);
  diags.push(...selected.diagnostics);
  if (!selected.value) return done(diags, main, undefined);
  const used = new Set<A.LayerDecl>();
  const models: CheckedModel[] = [];
  // Each model is checked on its own: stage ranks and parameter names start afresh.
  for (const m of selected.value) {
    const checked = checkModel(m, layers);
    diags.push(...checked.diagnostics);
    checked.value.used.forEach((l) => used.add(l));
    if (checked.value.model) models.push(checked.value.model);
  }
  diags.push(...lintUnusedLayers(layers, used, entry));

  // Then, per model and when first asked for: the forward, evaluation, training-step, gradient and dream programs
  // (build, autodiff, step, passes), and each lowered for a backend (compiler/programs.ts).
  return done(diags, main, hasErrors(diags) ? undefined : compileModels({ files, models }));
}

function done(
  diags: Diagnostic[],
  ast: A.FileAst | undefined,
  program: CompiledProgram | undefined,
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

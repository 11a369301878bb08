// The compiler's phases in order; start reading here. Source → tokens and CST (grammar/) → AST with imports
// (frontend/) → one checked model per model (frontend/model.ts: statements, then the network's expand, infer-shapes,
// unused-line and parameter phases) → per model, when first asked for, the programs: forward IR (build/), the
// backward pass (autodiff.ts), the training step, gradient and dream programs (step.ts, dream.ts), the IR passes
// (passes/), and each of them lowered for a backend (backends/cpu, backends/webgpu).

import type * as A from "./frontend/ast.js";
import { capErrors, hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { loadProgram, type FileHost } from "./frontend/imports.js";
import type { Override } from "./frontend/constants.js";
import { checkModel } from "./frontend/model.js";
import { selectModels } from "./frontend/select-models.js";
import { lintUnusedLayers } from "./frontend/unused.js";
import type { CheckedModel, CheckedProgram } from "./program.js";
import { lowerToCpu, type CpuPlan } from "../backends/cpu/lower.js";
import type { BlasResolver, CpuKernelOptions } from "../backends/cpu/kernel-options.js";
import type { Blas } from "../backends/cpu/blas/index.js";
import { lowerToWgsl, type WgslPlan } from "../backends/webgpu/lower.js";
import type { WgslTarget } from "../backends/webgpu/wgsl-ctx.js";
import { buildDream, type DreamProgram } from "./dream.js";
import type { Func } from "./ir/types.js";
import {
  buildEvaluate,
  buildForward,
  buildGradient,
  buildStep,
  type GradientProgram,
  type StepProgram,
} from "./step.js";
import { SourceFile } from "./source.js";

export interface CompileOptions {
  /** The name diagnostics use for the source, and the base of relative imports. */
  readonly filename?: string;
  /** Check only this model of a file that holds several. */
  readonly model?: string;
  /** How imports are read; the default reads the disk. */
  readonly host?: FileHost;
  /** Constants replaced before anything is checked (`--set NAME=VALUE`): `{ width: 64 }`. */
  readonly set?: Readonly<Record<string, Override>>;
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

/**
 * What the compiler is handed by the platform it runs on (index.ts for Node, browser.ts for a page): how imports are
 * read when the options name no host, and how the CPU lowering finds a BLAS.
 */
export interface Platform {
  readonly host: FileHost;
  readonly resolveBlas: BlasResolver;
}

export function compileWith(source: string, options: CompileOptions, platform: Platform): CompileResult {
  const entry = new SourceFile(options.filename ?? "<input>", source);
  const overrides = new Map(Object.entries(options.set ?? {}));
  const loaded = loadProgram(entry, options.host ?? platform.host, overrides);
  const diags = [...loaded.diagnostics];
  const { parsed, main, layers, files } = loaded.value;
  if (!main || hasErrors(diags)) return done(diags, parsed, undefined);

  const selected = selectModels(main, entry.name, options.model);
  for (const item of selected.diagnostics) diags.push(item);
  if (!selected.value) return done(diags, parsed, undefined);
  const used = new Set<A.LayerDecl>();
  const models: CheckedModel[] = [];
  // Each model is checked on its own: stage ranks and parameter names start afresh.
  for (const m of selected.value) {
    const checked = checkModel(m, layers);
    for (const item of checked.diagnostics) diags.push(item);
    checked.value.used.forEach((l) => used.add(l));
    if (checked.value.model) models.push(checked.value.model);
  }
  for (const item of lintUnusedLayers(layers, used, entry)) diags.push(item);

  return done(
    diags,
    parsed,
    hasErrors(diags) ? undefined : compileModels({ files, models }, platform.resolveBlas),
  );
}

function done(
  diags: Diagnostic[],
  ast: A.FileAst | undefined,
  program: CompiledProgram | undefined,
): CompileResult {
  return { ok: !hasErrors(diags), diagnostics: capErrors(sortDiagnostics(dedupe(diags))), ast, program };
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

export interface ModelPrograms {
  /** Scores in evaluation mode. */
  readonly forward: Func;
  /** Summed loss and correct counts over a batch. */
  readonly evaluate: Func;
  readonly step: StepProgram;
  /** The objective's gradients with respect to the parameters, in evaluation mode, for `nnc gradcheck`. */
  readonly gradient: GradientProgram;
  /** The class score's gradient with respect to the input; undefined for a model without classes. */
  readonly dream: DreamProgram | undefined;
  /**
   * A function of these programs lowered for the CPU backend: fused kernels and their loops, matmuls on `options`'s
   * path; `fuse` false (`--check-numerics`) gives each instruction a kernel of its own, lowered anew each time.
   */
  cpu(f: Func, options?: CpuKernelOptions, fuse?: boolean): CpuPlan;
  /** A function of these programs lowered to WGSL for an adapter of kind `target`. */
  wgsl(f: Func, target: WgslTarget): WgslPlan;
}

export function modelPrograms(m: CheckedModel, resolveBlas: BlasResolver): ModelPrograms {
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | undefined;
    return () => (made ??= { value: make() }).value;
  };
  const forward = once(() => buildForward(m));
  const evaluate = once(() => buildEvaluate(m));
  const step = once(() => buildStep(m, forward(), evaluate()));
  const gradient = once(() => buildGradient(m, false));
  const dream = once(() => (m.target.kind === "class" ? buildDream(m, forward()) : undefined));
  // Lowering is per function and, for the CPU, per BLAS (or none); for WGSL, per kind of adapter: a backend asks
  // for each once.
  const cpuPlans = new Map<Blas | "wasm", Map<Func, CpuPlan>>();
  const wgslPlans = new Map<string, Map<Func, WgslPlan>>();
  return {
    get forward() {
      return forward();
    },
    get evaluate() {
      return evaluate();
    },
    get step() {
      return step();
    },
    get gradient() {
      return gradient();
    },
    get dream() {
      return dream();
    },
    cpu(f, options = {}, fuse = true) {
      const blas = resolveBlas(options);
      if (!fuse) return lowerToCpu(f, blas, false);
      const key = blas ?? "wasm";
      const plans = cpuPlans.get(key) ?? new Map<Func, CpuPlan>();
      cpuPlans.set(key, plans);
      const plan = plans.get(f) ?? lowerToCpu(f, blas);
      plans.set(f, plan);
      return plan;
    },
    wgsl(f, target) {
      const plans = wgslPlans.get(target) ?? new Map<Func, WgslPlan>();
      wgslPlans.set(target, plans);
      const plan = plans.get(f) ?? lowerToWgsl(f, target);
      plans.set(f, plan);
      return plan;
    },
  };
}

/** A checked model with the programs it compiles to. */
export interface CompiledModel extends CheckedModel {
  readonly programs: ModelPrograms;
}

export interface CompiledProgram {
  /** The file compiled, then every file it imports. */
  readonly files: CheckedProgram["files"];
  readonly models: readonly CompiledModel[];
}

/** Gives each checked model its programs (built when first asked for). */
export function compileModels(p: CheckedProgram, resolveBlas: BlasResolver): CompiledProgram {
  return { files: p.files, models: p.models.map((m) => ({ ...m, programs: modelPrograms(m, resolveBlas) })) };
}

// A checked model → every program its callers run, each built once, when first asked for: the forward function
// (predict), evaluation, the training step, the gradient program (`nnc gradcheck`), the input-gradient program
// (`nnc dream`), and any of them lowered for a backend (backends/*/lower.ts). compile() hands these out with
// each model; nothing outside the compiler builds or differentiates IR.

import { lowerToCpu, type CpuPlan } from "../backends/cpu/lower.js";
import { lowerToWgsl, type WgslPlan } from "../backends/webgpu/lower.js";
import type { WgslTarget } from "../backends/webgpu/wgsl-ctx.js";
import { buildDream, type DreamProgram } from "./dream.js";
import type { Func } from "./ir/types.js";
import type { CheckedModel, CheckedProgram } from "./program.js";
import {
  buildEvaluate,
  buildForward,
  buildGradient,
  buildStep,
  type GradientProgram,
  type StepProgram,
} from "./step.js";

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
  /** A function of these programs lowered for the CPU backend: fused kernels and their loops. */
  cpu(f: Func): CpuPlan;
  /** A function of these programs lowered to WGSL for an adapter of kind `target`. */
  wgsl(f: Func, target: WgslTarget): WgslPlan;
}

export function modelPrograms(m: CheckedModel): ModelPrograms {
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | undefined;
    return () => (made ??= { value: make() }).value;
  };
  const forward = once(() => buildForward(m));
  const evaluate = once(() => buildEvaluate(m));
  const step = once(() => buildStep(m, forward(), evaluate()));
  const gradient = once(() => buildGradient(m, false));
  const dream = once(() => (m.target.kind === "class" ? buildDream(m, forward()) : undefined));
  // Lowering is per function and, for WGSL, per kind of adapter: a backend asks for each once.
  const cpuPlans = new Map<Func, CpuPlan>();
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
    cpu(f) {
      const plan = cpuPlans.get(f) ?? lowerToCpu(f);
      cpuPlans.set(f, plan);
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
export function compileModels(p: CheckedProgram): CompiledProgram {
  return { files: p.files, models: p.models.map((m) => ({ ...m, programs: modelPrograms(m) })) };
}

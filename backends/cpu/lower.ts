// IR → CPU plan. Element-wise chains are fused (compiler/passes/fuse.ts) and each kernel becomes one call over
// Float32Array/Int32Array buffers: an element-wise kernel is compiled once (via `new Function`) into a typed loop
// with its whole expression inlined, so the step runs no per-element closure; the others run their family's
// hand-written loop (kernels/). Buffers are sized once for the largest batch; a smaller last batch uses their front.

import { attrEntries } from "../../compiler/ir/instr.js";
import type { OpKind } from "../../compiler/ops/index.js";
import type { Func } from "../../compiler/ir/types.js";
import type { IrShape, TensorType } from "../../compiler/ir/value.js";
import { elementCount } from "../../compiler/ir/value.js";
import { fusedStatements, isElementwise, planKernels, type Kernel } from "../../compiler/passes/fuse.js";
import { planBuffers } from "../../compiler/passes/buffers.js";
import { familyKernel } from "./kernels/index.js";
import type { Buffer, CpuLowering } from "./kernels/kernel.js";
import type { Blas } from "./blas/index.js";
import { coalesce, stridesOf } from "./kernels/strided.js";
import { simdElementwise, type SimdLoop } from "./elementwise-simd.js";
import type { MemoryKernels } from "./kernels/memory-kernels.js";

export interface CpuStep {
  readonly args: readonly number[];
  readonly result: number;
  readonly run: (inputs: readonly Buffer[], output: Buffer, batch: number, simd?: MemoryKernels) => void;
  /** The same kernel as a WebAssembly SIMD loop, for an executor whose buffers live in one WebAssembly memory. */
  readonly simd?: SimdLoop;
}

export interface CpuPlan {
  readonly func: Func;
  readonly kernels: readonly Kernel[];
  /** Per value id that has a buffer (inputs and kernel results): its type. */
  readonly types: ReadonlyMap<number, TensorType>;
  readonly steps: readonly CpuStep[];
  /**
   * Results that are views of their kernel's one argument (reshape, stop_gradient: the same values in the same
   * order), by id, to that argument's id: they share its buffer and their kernel runs nothing.
   */
  readonly aliases: ReadonlyMap<number, number>;
}

/** The ops whose result is their argument's buffer as it stands. */
const VIEWS: ReadonlySet<OpKind> = new Set(["reshape", "stop_gradient"]);

export function concrete(shape: IrShape, batch: number): number[] {
  return shape.map((d) => (d === "N" ? batch : d));
}

/**
 * Lowers `f`, its matmuls calling `blas` (found by a BlasResolver, kernel-options.ts) or, when undefined, the
 * WebAssembly kernels; `fuse` false gives each instruction a kernel of its own (`--check-numerics`).
 */
export function lowerToCpu(f: Func, blas: Blas | undefined = undefined, fuse = true): CpuPlan {
  const lowering: CpuLowering = { blas };
  const types = new Map<number, TensorType>();
  for (const i of f.inputs) types.set(i.value.id, i.value.type);
  const kernels = planKernels(f, fuse);
  const outputs = new Set(f.outputs.map((o) => o.value.id));
  const aliases = new Map<number, number>();
  for (const k of kernels)
    // An output keeps a buffer of its own: the caller reads it after the run, whatever else then holds its source.
    if (k.instrs.length === 1 && VIEWS.has(k.instrs[0]!.op) && !outputs.has(k.result.id))
      aliases.set(k.result.id, k.args[0]!.id);
  const steps: CpuStep[] = kernels.map((k) => {
    types.set(k.result.id, k.result.type);
    const simd = k.instrs.every(isElementwise) ? simdElementwise(k) : undefined;
    return {
      args: k.args.map((a) => a.id),
      result: k.result.id,
      run: lowerKernel(k, lowering),
      ...(simd && { simd }),
    };
  });
  return { func: f, kernels, types, steps, aliases };
}

function lowerKernel(k: Kernel, lowering: CpuLowering): CpuStep["run"] {
  const outShape = k.result.type.shape;
  const argShapes = k.args.map((a) => a.type.shape);
  if (k.instrs.every(isElementwise)) {
    const loop = compileElementwise(k);
    return (inputs, output, batch) => elementwise(loop, inputs, output, argShapes, outShape, batch);
  }
  const custom = familyKernel(k.instrs[0]!, lowering);
  return (inputs, output, batch, simd) =>
    custom({
      inputs,
      output,
      inputShapes: argShapes.map((s) => concrete(s, batch)),
      outputShape: concrete(outShape, batch),
      batch,
      simd,
    });
}

type Loop = (
  leaves: readonly Buffer[],
  out: Buffer,
  n: number,
  flat: boolean,
  unit: readonly number[],
  shape: readonly number[],
  strides: readonly (readonly number[])[],
) => void;

// A cache: kernels with the same code share one compiled loop (and V8's optimised code for it).
const loops = new Map<string, Loop>();

/** The statements computing one output element of a fused element-wise kernel from its leaves `l0`, `l1`, …. */
function elementwiseLines(k: Kernel): string[] {
  return fusedStatements(k, "cpu", "const");
}

/**
 * The loop of an element-wise kernel. Flat mode: every leaf is as large as the output (unit 1) or a single value
 * (unit 0). Otherwise an odometer over the output's outer axes keeps each leaf's offset by its strides (0 where
 * broadcast), and the innermost axis, made as long as possible by `coalesce`, runs as a plain loop.
 */
function compileElementwise(k: Kernel): Loop {
  const lines = elementwiseLines(k);
  const m = k.args.length;
  const js = (f: (j: number) => string) => Array.from({ length: m }, (_, j) => f(j)).join(" ");
  const code = `
    ${js((j) => `const L${j} = leaves[${j}], U${j} = unit[${j}], S${j} = strides[${j}];`)}
    if (flat) {
      for (let i = 0; i < n; i++) {
        ${js((j) => `const l${j} = L${j}[i * U${j}];`)}
        ${lines.join("\n        ")}
      }
      return;
    }
    const rank = shape.length;
    const inner = shape[rank - 1];
    ${js((j) => `const I${j} = S${j}[rank - 1];`)}
    const idx = new Array(rank).fill(0);
    ${js((j) => `let o${j} = 0;`)}
    for (let i = 0; i < n; ) {
      for (let e = 0; e < inner; e++, i++) {
        ${js((j) => `const l${j} = L${j}[o${j} + e * I${j}];`)}
        ${lines.join("\n        ")}
      }
      for (let d = rank - 2; d >= 0; d--) {
        ${js((j) => `o${j} += S${j}[d];`)}
        if (++idx[d] < shape[d]) break;
        ${js((j) => `o${j} -= S${j}[d] * shape[d];`)}
        idx[d] = 0;
      }
    }`;
  let f = loops.get(code);
  if (!f) {
    f = new Function("leaves", "out", "n", "flat", "unit", "shape", "strides", code) as Loop;
    loops.set(code, f);
  }
  return f;
}

function elementwise(
  loop: Loop,
  leaves: readonly Buffer[],
  out: Buffer,
  leafShapes: readonly IrShape[],
  outShape: IrShape,
  batch: number,
): void {
  const n = elementCount(outShape, batch);
  const counts = leafShapes.map((s) => elementCount(s, batch));
  if (counts.every((c) => c === n || c === 1)) {
    loop(
      leaves,
      out,
      n,
      true,
      counts.map((c) => (c === n ? 1 : 0)),
      [],
      [],
    );
    return;
  }
  const full = concrete(outShape, batch);
  const walk = coalesce(
    full,
    leafShapes.map((s) => broadcastStrides(s, full, batch)),
  );
  loop(leaves, out, n, false, [], walk.shape, walk.strides);
}

function broadcastStrides(operand: IrShape, out: number[], batch: number): number[] {
  const s = concrete(operand, batch);
  const st = stridesOf(s);
  const lead = out.length - s.length;
  return out.map((_, i) => (i < lead || s[i - lead] === 1 ? 0 : st[i - lead]!));
}

/**
 * `nnc compile --emit cpu`: the CPU backend's plan for a function: its kernels in order (fused element-wise chains
 * with the statement each output element runs, the others by op), and which values share memory at batch `batch`.
 * Values are named as in the IR.
 */
export function printCpu(plan: CpuPlan, batch = 64): string {
  const names = new Map<number, string>();
  for (const i of plan.func.inputs) names.set(i.value.id, `%${i.name}`);
  plan.func.body.forEach((ins, n) => names.set(ins.result.id, `%${n}`));
  const ref = (id: number) => names.get(id)!;
  const buffers = planBuffers(plan.func, plan.kernels, (t) => elementCount(t.shape, batch) * 4, plan.aliases);
  const total = buffers.bytes.reduce((a, b) => a + b, 0);
  const lines = [
    `// ${plan.func.name}: ${plan.kernels.length} kernels on the CPU, in this order; ${buffers.bytes.length} buffers, ` +
      `${(total / 2 ** 20).toFixed(1)} MiB at batch ${batch}`,
  ];
  plan.kernels.forEach((k, n) => {
    const ops = k.instrs.map((i) => i.op).join(" → ");
    const type = `${k.result.type.dtype}[${k.result.type.shape.join(",")}]`;
    const head = `k${n}: ${ref(k.result.id)} = ${ops}(${k.args.map((a) => ref(a.id)).join(", ")}) : ${type}  buffer ${buffers.slot.get(k.result.id)}`;
    if (!k.instrs.every(isElementwise)) {
      const entries = attrEntries(k.instrs[0]!);
      lines.push(
        entries.length
          ? `${head}  {${entries.map(([a, v]) => `${a}=${JSON.stringify(v)}`).join(", ")}}`
          : head,
      );
      return;
    }
    lines.push(
      head,
      ...k.args.map((a, j) => `    l${j} ← ${ref(a.id)}`),
      ...elementwiseLines(k).map((l) => `    ${l}`),
    );
  });
  return lines.join("\n") + "\n";
}

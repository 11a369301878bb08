// IR → WGSL: one compute kernel per fused chain or instruction, and the plan that dispatches them in order.
// Element-wise ops wrap their expression (compiler/ops/); the others take their family's body (kernels/). N is read
// from a uniform, so one set of pipelines serves every batch size, the short last batch included.

import type { OpKind } from "../../compiler/ops/index.js";
import type { Func } from "../../compiler/ir/types.js";
import type { IrShape, TensorType } from "../../compiler/ir/value.js";
import { fusedStatements, isElementwise, planKernels, type Kernel } from "../../compiler/passes/fuse.js";
import { elementCount } from "../../compiler/ir/value.js";
import { WgslCtx, type WgslTarget } from "./wgsl-ctx.js";
import { familyKernel } from "./kernels/index.js";
import type { WgslCode } from "./kernels/kernel.js";

export const WORKGROUP = 64;

export interface WgslKernelPlan {
  readonly name: string;
  readonly target: WgslTarget;
  readonly kernel: Kernel;
  readonly op: OpKind;
  readonly argTypes: readonly TensorType[];
  readonly code: string;
  /** Invocations for concrete shapes, when the kernel does not run one per output element. */
  readonly threads: WgslCode["threads"];
  /** How invocations map to the output, for the dispatch plan. */
  readonly per: string;
  readonly args: readonly number[];
  readonly result: number;
  readonly resultType: TensorType;
}

export interface WgslPlan {
  readonly func: Func;
  readonly types: ReadonlyMap<number, TensorType>;
  readonly kernels: readonly WgslKernelPlan[];
}

export function lowerToWgsl(f: Func, target: WgslTarget = "hardware"): WgslPlan {
  const types = new Map<number, TensorType>();
  for (const i of f.inputs) types.set(i.value.id, i.value.type);
  const kernels = planKernels(f).map((kernel, n) => {
    const root = kernel.instrs.at(-1)!;
    types.set(kernel.result.id, kernel.result.type);
    const ops = kernel.instrs.map((i) => i.op);
    const { code, threads, per } = kernelSource(kernel, target);
    return {
      name: `k${n}_${ops.length > 1 ? `fused_${ops.join("_")}` : root.op}`.slice(0, 60),
      kernel,
      op: root.op,
      argTypes: kernel.args.map((a) => a.type),
      code,
      threads,
      per,
      target,
      args: kernel.args.map((a) => a.id),
      result: kernel.result.id,
      resultType: kernel.result.type,
    };
  });
  return { func: f, types, kernels };
}

/** Invocations a kernel needs at batch size `batch`: one per output element unless its op says otherwise. */
export function invocations(k: WgslKernelPlan, batch: number): number {
  if (k.threads) {
    const concrete = (s: readonly (number | "N")[]) => s.map((d) => (d === "N" ? batch : d));
    return k.threads(
      concrete(k.resultType.shape),
      k.argTypes.map((t) => concrete(t.shape)),
    );
  }
  return elementCount(k.resultType.shape, batch);
}

function kernelSource(
  kernel: Kernel,
  target: WgslTarget,
): { code: string; threads: WgslCode["threads"]; per: string } {
  const root = kernel.instrs.at(-1)!;
  const ctx = new WgslCtx(
    kernel.args.map((a) => a.type),
    root.result.type,
    target,
  );
  const out = root.result.type.shape;
  let body: string;
  let custom: WgslCode | undefined;
  if (kernel.instrs.every(isElementwise)) {
    // Leaves are loaded at the output element's position (broadcast where their shape is smaller); the values
    // inside the kernel are `let`s.
    const same = (s: IrShape) => s.length === out.length && s.every((d, i) => d === out[i]);
    const single = (s: IrShape) => s.every((d) => d === 1);
    const at = (s: IrShape) => (same(s) ? "i" : single(s) ? "0u" : ctx.broadcastOffset(s, out, "o"));
    const shapes = kernel.args.map((a) => a.type.shape);
    const lines = shapes.some((s) => !same(s) && !single(s)) ? [ctx.unravel("i", out, "o")] : [];
    shapes.forEach((s, j) => lines.push(`let l${j} = in${j}[${at(s)}];`));
    lines.push(...fusedStatements(kernel, "wgsl", "let"));
    body = lines.join("\n  ");
  } else {
    custom = familyKernel(root, ctx);
    body = custom.body;
  }
  const bindings = [
    "struct Params { n: u32 }",
    "@group(0) @binding(0) var<uniform> params: Params;",
    ...kernel.args.map(
      (a, j) => `@group(0) @binding(${j + 1}) var<storage, read> in${j}: array<${ctx.scalar(a.type)}>;`,
    ),
    `@group(0) @binding(${kernel.args.length + 1}) var<storage, read_write> out: array<${ctx.scalar(root.result.type)}>;`,
  ];
  const code = [
    `// ${kernel.instrs.map((i) => i.op).join(" → ")}`,
    ...bindings,
    ...(custom?.globals ? [custom.globals] : []),
    "",
    `@compute @workgroup_size(${WORKGROUP})`,
    "fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {",
    `  let i = gid.x + gid.y * nwg.x * ${WORKGROUP}u;`,
    ...(custom?.threads ? [] : [`  if (i >= ${ctx.count(out)}) { return; }`]),
    `  ${body}`,
    "}",
    "",
  ].join("\n");
  return { code, threads: custom?.threads, per: custom?.per ?? "one invocation per element" };
}

/**
 * `nnc compile --emit wgsl`: the dispatch plan, then every kernel in dispatch order, for the plan's target. Values
 * are named as in the IR.
 */
export function printWgsl(plan: WgslPlan): string {
  const names = new Map<number, string>();
  for (const i of plan.func.inputs) names.set(i.value.id, `%${i.name}`);
  plan.func.body.forEach((ins, n) => names.set(ins.result.id, `%${n}`));
  const ref = (id: number) => names.get(id)!;
  const fmt = (t: TensorType) => `${t.dtype}[${t.shape.join(",")}]`;
  const lines = [
    `// ${plan.func.name}: ${plan.kernels.length} kernels for a ${plan.kernels[0]?.target ?? "hardware"} adapter, dispatched in this order into one command buffer`,
    ...plan.kernels.map((k) => {
      const ops = k.kernel.instrs.map((i) => i.op).join(" → ");
      return `//   ${ref(k.result)} = ${ops}(${k.args.map(ref).join(", ")}); ${k.per} of ${fmt(k.resultType)}`;
    }),
    "",
  ];
  for (const k of plan.kernels)
    lines.push(`// ---- ${k.name}: ${ref(k.result)} = ${k.op}(${k.args.map(ref).join(", ")})`, k.code);
  return lines.join("\n");
}

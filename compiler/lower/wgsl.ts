// IR → WGSL: one compute kernel per instruction and the plan that dispatches them in order. Element-wise ops wrap
// their expression; the others bring their body (compiler/ops/). N is read from a uniform, so one set of
// pipelines serves every batch size, the short last batch included.

import { bug } from "../diagnostics.js";
import { OPS, type OpKind } from "../ops/index.js";
import type { Attrs, Func, Instr, TensorType } from "../ir/types.js";
import { elementCount } from "../ir/types.js";
import { WgslCtx } from "./wgsl-ctx.js";

export const WORKGROUP = 64;

export interface WgslKernelPlan {
  readonly name: string;
  readonly op: OpKind;
  readonly attrs: Attrs;
  readonly argTypes: readonly TensorType[];
  readonly code: string;
  readonly args: readonly number[];
  readonly result: number;
  readonly resultType: TensorType;
}

export interface WgslPlan {
  readonly func: Func;
  readonly types: ReadonlyMap<number, TensorType>;
  readonly kernels: readonly WgslKernelPlan[];
}

export function lowerToWgsl(f: Func): WgslPlan {
  const types = new Map<number, TensorType>();
  for (const i of f.inputs) types.set(i.value.id, i.value.type);
  const kernels = f.body.map((ins, n) => {
    types.set(ins.result.id, ins.result.type);
    return {
      name: `k${n}_${ins.op}`,
      op: ins.op,
      attrs: ins.attrs,
      argTypes: ins.args.map((a) => a.type),
      code: kernelSource(ins),
      args: ins.args.map((a) => a.id),
      result: ins.result.id,
      resultType: ins.result.type,
    };
  });
  return { func: f, types, kernels };
}

/** Invocations a kernel needs at batch size `batch`: one per output element unless its op says otherwise. */
export function invocations(k: WgslKernelPlan, batch: number): number {
  const def = OPS[k.op].wgsl;
  if (def?.kind === "custom" && def.threads) {
    const concrete = (s: readonly (number | "N")[]) => s.map((d) => (d === "N" ? batch : d));
    return def.threads(
      concrete(k.resultType.shape),
      k.argTypes.map((t) => concrete(t.shape)),
      k.attrs,
    );
  }
  return elementCount(k.resultType.shape, batch);
}

function kernelSource(ins: Instr): string {
  const k = OPS[ins.op].wgsl ?? bug(`${ins.op} has no WGSL kernel`);
  const ctx = new WgslCtx(
    ins.args.map((a) => a.type),
    ins.result.type,
    ins.attrs,
  );
  let body: string;
  if (k.kind === "map") body = `let v = in0[i];\n  out[i] = ${k.expr("v", ins.attrs)};`;
  else if (k.kind === "zip") {
    const [a, b] = ins.args.map((x) => x.type.shape);
    const out = ins.result.type.shape;
    const same = (s: readonly unknown[]) => s.length === out.length && s.every((d, i) => d === out[i]);
    const single = (s: readonly unknown[]) => s.every((d) => d === 1);
    const at = (s: readonly (number | "N")[]) =>
      same(s) ? "i" : single(s) ? "0u" : ctx.broadcastOffset(s, out, "o");
    const needIndex = !(same(a!) || single(a!)) || !(same(b!) || single(b!));
    body = `${needIndex ? ctx.unravel("i", out, "o") + "\n  " : ""}let u = in0[${at(a!)}];\n  let v = in1[${at(b!)}];\n  out[i] = ${k.expr("u", "v", ins.attrs)};`;
  } else body = k.body(ctx);
  const bindings = [
    "struct Params { n: u32 }",
    "@group(0) @binding(0) var<uniform> params: Params;",
    ...ins.args.map(
      (a, j) => `@group(0) @binding(${j + 1}) var<storage, read> in${j}: array<${ctx.scalar(a.type)}>;`,
    ),
    `@group(0) @binding(${ins.args.length + 1}) var<storage, read_write> out: array<${ctx.scalar(ins.result.type)}>;`,
  ];
  return [
    `// ${ins.op}`,
    ...bindings,
    "",
    `@compute @workgroup_size(${WORKGROUP})`,
    "fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {",
    `  let i = gid.x + gid.y * nwg.x * ${WORKGROUP}u;`,
    ...(k.kind === "custom" && k.threads
      ? []
      : [`  if (i >= ${ctx.count(ins.result.type.shape)}) { return; }`]),
    `  ${body}`,
    "}",
    "",
  ].join("\n");
}

/** `nnc compile --emit wgsl`: the dispatch plan, then every kernel in dispatch order. Values are named as in the IR. */
export function printWgsl(plan: WgslPlan): string {
  const names = new Map<number, string>();
  for (const i of plan.func.inputs) names.set(i.value.id, `%${i.name}`);
  plan.func.body.forEach((ins, n) => names.set(ins.result.id, `%${n}`));
  const ref = (id: number) => names.get(id)!;
  const fmt = (t: TensorType) => `${t.dtype}[${t.shape.join(",")}]`;
  const lines = [
    `// ${plan.func.name}: ${plan.kernels.length} kernels, dispatched in this order into one command buffer`,
    ...plan.kernels.map((k) => {
      const def = OPS[k.op].wgsl;
      const per = def?.kind === "custom" && def.threads ? "4x4 block of" : "element of";
      return `//   ${k.name.padEnd(22)} ${ref(k.result)} = ${k.op}(${k.args.map(ref).join(", ")}); one invocation per ${per} ${fmt(k.resultType)}`;
    }),
    "",
  ];
  for (const k of plan.kernels)
    lines.push(`// ---- ${k.name}: ${ref(k.result)} = ${k.op}(${k.args.map(ref).join(", ")})`, k.code);
  return lines.join("\n");
}

// reduce_sum and reduce_max in WGSL. Software adapters loop per output element; hardware ones reduce in a
// workgroup tree.

import type { IrShape } from "../../../compiler/ir/value.js";
import { normaliseAxes } from "../../../compiler/ops/op-def.js";
import type { WgslCtx, WgslTarget } from "../wgsl-ctx.js";
import type { WgslCode, WgslFamily } from "./kernel.js";

export const reduceKernels: WgslFamily<"reduce"> = {
  reduce_sum: (ins, ctx) => reduce(ctx, ins.args[0].type.shape, ins.attrs.axes, false),
  reduce_max: (ins, ctx) => reduce(ctx, ins.args[0].type.shape, ins.attrs.axes, true),
};

function reduce(ctx: WgslCtx, x: IrShape, axes: readonly number[], max: boolean): WgslCode {
  const hardware = ctx.target === "hardware";
  return {
    body: reduceBody(ctx, x, axes, max),
    threads: reduceThreads(ctx.target),
    per: hardware ? "a workgroup of 64 per element" : "one invocation per element",
    globals: hardware ? "var<workgroup> part: array<f32, 64>;" : "",
  };
}

/** Invocations of reduce_sum and reduce_max: a workgroup of 64 per output element on hardware, else one. */
export function reduceThreads(target: WgslTarget): (out: readonly number[]) => number {
  return (out) => {
    const count = out.reduce((p, d) => p * d, 1);
    return target === "hardware" ? count * 64 : count;
  };
}

/**
 * The body of reduce_sum and reduce_max. Software: each output element loops over the axes it reduces. Hardware:
 * a workgroup per output element; its 64 invocations stride over the reduced elements, then halve their partial
 * results in workgroup memory. No invocation returns early, so every barrier is in uniform control flow.
 */
function reduceBody(ctx: WgslCtx, x: IrShape, axesAttr: readonly number[], max: boolean): string {
  const axes = normaliseAxes(axesAttr, x.length);
  const kept = x.map((d, i) => (axes.includes(i) ? 1 : d));
  const st = ctx.strides(x);
  const init = max ? "bitcast<f32>(0xff7fffffu)" : "0.0";
  const combine = (acc: string, v: string) =>
    max ? `select(${acc}, ${v}, ${v} > ${acc} || ${v} != ${v})` : `${acc} + ${v}`;
  const base =
    kept
      .map((d, i) => (axes.includes(i) ? "" : `o${i} * ${st[i]}`))
      .filter(Boolean)
      .join(" + ") || "0u";
  if (ctx.target === "hardware") {
    const count = ctx.count(ctx.output.shape);
    const total = axes.map((a) => ctx.dim(x[a])).join(" * ") || "1u";
    const lines = [
      `let o = i / 64u;`,
      `let lane = i % 64u;`,
      `let live = o < ${count};`,
      ctx.unravel("min(o, " + count + " - 1u)", kept, "o"),
      `let base = ${base};`,
      `var acc = ${init};`,
      `if (live) {`,
      `  for (var e = lane; e < ${total}; e += 64u) {`,
      `    var rest = e;`,
      ...[...axes]
        .reverse()
        .flatMap((a) => [`    let r${a} = rest % ${ctx.dim(x[a])};`, `    rest = rest / ${ctx.dim(x[a])};`]),
      `    let v = in0[base${axes.map((a) => ` + r${a} * ${st[a]}`).join("")}];`,
      `    acc = ${combine("acc", "v")};`,
      `  }`,
      `}`,
      `part[lane] = acc;`,
      `workgroupBarrier();`,
      `for (var s = 32u; s > 0u; s = s >> 1u) {`,
      `  if (lane < s) { part[lane] = ${combine("part[lane]", "part[lane + s]")}; }`,
      `  workgroupBarrier();`,
      `}`,
      `if (live && lane == 0u) { out[o] = part[0]; }`,
    ];
    return lines.join("\n  ");
  }
  const lines = [`if (i >= ${ctx.count(ctx.output.shape)}) { return; }`, ctx.unravel("i", kept, "o")];
  lines.push(`let base = ${base};`, `var acc = ${init};`);
  let offset = "base";
  let close = "";
  for (const a of axes) {
    lines.push(`for (var r${a} = 0u; r${a} < ${ctx.dim(x[a])}; r${a}++) {`);
    offset += ` + r${a} * ${st[a]}`;
    close += "}";
  }
  lines.push(`let v = in0[${offset}];`, `acc = ${combine("acc", "v")};`);
  lines.push(close, "out[i] = acc;");
  return lines.join("\n  ");
}

// What an op's WGSL kernel gets to write its body: the shapes of its operands and result as WGSL expressions (N
// read from the `params` uniform), and index arithmetic. Each kernel runs one invocation per output element `i`.

import type { Attrs, Dim, IrShape, TensorType } from "../ir/types.js";

/**
 * What the kernels are generated for: a hardware GPU wants workgroup memory and barriers (tree reductions); a
 * software adapter such as SwiftShader runs plain per-invocation loops faster (DESIGN.md, "Backends").
 */
export type WgslTarget = "hardware" | "software";

export class WgslCtx {
  constructor(
    readonly inputs: readonly TensorType[],
    readonly output: TensorType,
    readonly attrs: Attrs,
    readonly target: WgslTarget = "hardware",
  ) {}

  /** A dimension as a u32 expression. */
  dim(d: Dim): string {
    return d === "N" ? "params.n" : `${d}u`;
  }

  /** The element count of a shape, as a u32 expression. */
  count(shape: IrShape): string {
    if (shape.length === 0) return "1u";
    return shape.map((d) => this.dim(d)).join(" * ");
  }

  /** Row-major strides, as u32 expressions. */
  strides(shape: IrShape): string[] {
    const out: string[] = [];
    let acc = "1u";
    for (let i = shape.length - 1; i >= 0; i--) {
      out.unshift(acc);
      acc = acc === "1u" ? this.dim(shape[i]!) : `${acc} * ${this.dim(shape[i]!)}`;
    }
    return out;
  }

  /**
   * Statements declaring `${name}0..` as the multi-index of flat index `flat` in `shape`, from the last axis.
   */
  unravel(flat: string, shape: IrShape, name: string): string {
    const lines = [`var ${name}_rest = ${flat};`];
    for (let a = shape.length - 1; a >= 0; a--) {
      const d = this.dim(shape[a]!);
      lines.push(`let ${name}${a} = ${name}_rest % ${d};`, `${name}_rest = ${name}_rest / ${d};`);
    }
    return lines.join("\n  ");
  }

  /**
   * The offset into an operand of `operand` shape broadcast to `out` (aligned from the right), given the
   * output's multi-index `${name}0..`.
   */
  broadcastOffset(operand: IrShape, out: IrShape, name: string): string {
    const lead = out.length - operand.length;
    const st = this.strides(operand);
    const terms: string[] = [];
    operand.forEach((d, i) => {
      if (d !== 1) terms.push(`${name}${i + lead} * ${st[i]}`);
    });
    return terms.length ? terms.join(" + ") : "0u";
  }

  /** WGSL's scalar type for an IR dtype. */
  scalar(t: TensorType): string {
    return t.dtype === "i32" ? "i32" : "f32";
  }
}

/** A WGSL f32 literal: always with a decimal point or exponent, as WGSL wants for floats. */
export function wgslFloat(x: number): string {
  if (Number.isNaN(x)) return "(0.0 / 0.0)";
  if (!Number.isFinite(x)) return x > 0 ? "bitcast<f32>(0x7f7fffffu)" : "bitcast<f32>(0xff7fffffu)";
  const s = String(Math.fround(x) === x ? x : Math.fround(x));
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** Invocations of reduce_sum and reduce_max: a workgroup of 64 per output element on hardware, else one. */
export function reduceThreads(
  out: readonly number[],
  _ins: unknown,
  _attrs: unknown,
  target: WgslTarget,
): number {
  const count = out.reduce((p, d) => p * d, 1);
  return target === "hardware" ? count * 64 : count;
}

/** Workgroup memory of the tree reduction. */
export function reduceGlobals(ctx: WgslCtx): string {
  return ctx.target === "hardware" ? "var<workgroup> part: array<f32, 64>;" : "";
}

/**
 * The body of reduce_sum and reduce_max. Software: each output element loops over the axes it reduces. Hardware:
 * a workgroup per output element; its 64 invocations stride over the reduced elements, then halve their partial
 * results in workgroup memory. No invocation returns early, so every barrier is in uniform control flow.
 */
export function reduceBody(ctx: WgslCtx, max: boolean): string {
  const x = ctx.inputs[0]!.shape;
  const rank = x.length;
  const axes = (ctx.attrs["axes"] as readonly number[]).map((a) => (a < 0 ? a + rank : a));
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
    const total = axes.map((a) => ctx.dim(x[a]!)).join(" * ") || "1u";
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
        .flatMap((a) => [
          `    let r${a} = rest % ${ctx.dim(x[a]!)};`,
          `    rest = rest / ${ctx.dim(x[a]!)};`,
        ]),
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
    lines.push(`for (var r${a} = 0u; r${a} < ${ctx.dim(x[a]!)}; r${a}++) {`);
    offset += ` + r${a} * ${st[a]}`;
    close += "}";
  }
  lines.push(`let v = in0[${offset}];`, `acc = ${combine("acc", "v")};`);
  lines.push(close, "out[i] = acc;");
  return lines.join("\n  ");
}

// matmul in WGSL. Software adapters (SwiftShader) run a 4×4 block of C per invocation, accumulated in registers,
// fastest there: no workgroup memory and no barriers. Hardware gets a 32×32 tile of C per workgroup of 64, with
// 32×16 slices of A and 16×32 slices of B staged in workgroup memory (DESIGN.md, "Backends").

import { bug } from "../../../compiler/diagnostics.js";
import type { InstrOf } from "../../../compiler/ir/types.js";
import type { Dim } from "../../../compiler/ir/value.js";
import type { WgslCtx } from "../wgsl-ctx.js";
import type { WgslFamily } from "./kernel.js";

export const matmulKernels: WgslFamily<"matmul"> = {
  matmul: (ins, ctx) => {
    const hardware = ctx.target === "hardware";
    return {
      per: hardware
        ? "a workgroup of 64 per 32x32 tile, staged in workgroup memory"
        : "one invocation per 4x4 block",
      threads: (out) => {
        const n = out.at(-1) ?? 1;
        const rows = out.reduce((p, d) => p * d, 1) / n;
        if (hardware) return Math.ceil(rows / TILE) * Math.ceil(n / TILE) * 64;
        return Math.ceil(rows / 4) * Math.ceil(n / 4);
      },
      globals: hardware
        ? `var<workgroup> tileA: array<f32, ${TILE * DEPTH}>;\nvar<workgroup> tileB: array<f32, ${TILE * DEPTH}>;`
        : "",
      body: hardware ? tiledBody(ins, ctx) : blockBody(ins, ctx),
    };
  },
};

/** A dimension the type rule fixed (matmul's inner and column counts never hold N). */
function fixed(d: Dim | undefined): number {
  return typeof d === "number" ? d : bug("matmul over a batch-sized inner or column axis");
}

const TILE = 32;
const DEPTH = 16;

/** The operands as WGSL accessors: C[rows, n] = A(r, p)·B(p, c) summed over p < inner. */
function operands(ins: InstrOf<"matmul">, ctx: WgslCtx) {
  const a = ins.args[0].type.shape;
  const { transpose_a: ta, transpose_b: tb } = ins.attrs;
  const k = fixed(a.at(-1));
  const n = fixed(ctx.output.shape.at(-1));
  const inner = ta ? ctx.count(a.slice(0, -1)) : `${k}u`;
  return {
    ta,
    tb,
    n,
    inner,
    rows: ta ? `${k}u` : `(${ctx.count(ctx.output.shape)}) / ${n}u`,
    A: (r: string, p: string) => (ta ? `in0[(${p}) * ${k}u + ${r}]` : `in0[(${r}) * ${k}u + ${p}]`),
    B: (p: string, c: string) => (tb ? `in1[(${c}) * ${inner} + ${p}]` : `in1[(${p}) * ${n}u + ${c}]`),
  };
}

function blockBody(ins: InstrOf<"matmul">, ctx: WgslCtx): string {
  const { n, inner, rows, A, B } = operands(ins, ctx);
  const lines = [
    `let rows = ${rows};`,
    `let r0 = (i / ${Math.ceil(n / 4)}u) * 4u;`,
    `let c0 = (i % ${Math.ceil(n / 4)}u) * 4u;`,
    `if (r0 >= rows) { return; }`,
    ...[0, 1, 2, 3].map((r) => `var acc${r} = vec4f(0.0);`),
    `for (var p = 0u; p < ${inner}; p++) {`,
    // Out-of-range rows and columns read a clamped element and are masked to 0.
    `  let bv = vec4f(${[0, 1, 2, 3].map((c) => `select(0.0, ${B("p", `min(c0 + ${c}u, ${n - 1}u)`)}, c0 + ${c}u < ${n}u)`).join(", ")});`,
    ...[0, 1, 2, 3].map(
      (r) => `  acc${r} += select(0.0, ${A(`min(r0 + ${r}u, rows - 1u)`, "p")}, r0 + ${r}u < rows) * bv;`,
    ),
    `}`,
    ...store(n),
  ];
  return lines.join("\n  ");
}

/**
 * A workgroup per 32×32 tile of C, each invocation a 4×4 block of it. The loads of A and B follow their storage
 * order so that neighbouring invocations read neighbouring addresses. No invocation returns before the last
 * barrier, so every barrier is in uniform control flow.
 */
function tiledBody(ins: InstrOf<"matmul">, ctx: WgslCtx): string {
  const { ta, tb, n, inner, rows, A, B } = operands(ins, ctx);
  // A element e of the tile: (row, depth), contiguous along depth unless A is stored transposed.
  const [ar, ap] = ta ? [`e % ${TILE}u`, `e / ${TILE}u`] : [`e / ${DEPTH}u`, `e % ${DEPTH}u`];
  // B element e: (depth, column), contiguous along columns unless B is stored transposed.
  const [bp, bc] = tb ? [`e % ${DEPTH}u`, `e / ${DEPTH}u`] : [`e / ${TILE}u`, `e % ${TILE}u`];
  const lines = [
    `let rows = ${rows};`,
    `let inner = ${inner};`,
    `let group = i / 64u;`,
    `let lane = i % 64u;`,
    `let tr = (group / ${Math.ceil(n / TILE)}u) * ${TILE}u;`,
    `let tc = (group % ${Math.ceil(n / TILE)}u) * ${TILE}u;`,
    `let r0 = tr + (lane / 8u) * 4u;`,
    `let c0 = tc + (lane % 8u) * 4u;`,
    ...[0, 1, 2, 3].map((r) => `var acc${r} = vec4f(0.0);`),
    `for (var p0 = 0u; p0 < inner; p0 += ${DEPTH}u) {`,
    `  for (var e = lane; e < ${TILE * DEPTH}u; e += 64u) {`,
    `    let ar = tr + ${ar};`,
    `    let ap = p0 + ${ap};`,
    `    tileA[(${ap}) * ${TILE}u + ${ar}] = select(0.0, ${A("min(ar, rows - 1u)", "min(ap, inner - 1u)")}, ar < rows && ap < inner);`,
    `    let bp = p0 + ${bp};`,
    `    let bc = tc + ${bc};`,
    `    tileB[(${bp}) * ${TILE}u + ${bc}] = select(0.0, ${B("min(bp, inner - 1u)", `min(bc, ${n - 1}u)`)}, bp < inner && bc < ${n}u);`,
    `  }`,
    `  workgroupBarrier();`,
    `  for (var p = 0u; p < ${DEPTH}u; p++) {`,
    `    let bv = vec4f(${[0, 1, 2, 3].map((c) => `tileB[p * ${TILE}u + (lane % 8u) * 4u + ${c}u]`).join(", ")});`,
    ...[0, 1, 2, 3].map((r) => `    acc${r} += tileA[p * ${TILE}u + (lane / 8u) * 4u + ${r}u] * bv;`),
    `  }`,
    `  workgroupBarrier();`,
    `}`,
    ...store(n),
  ];
  return lines.join("\n  ");
}

/** Writes the 4×4 block at (r0, c0) of C, masked to its bounds. */
function store(n: number): string[] {
  return [0, 1, 2, 3].flatMap((r) =>
    [0, 1, 2, 3].map(
      (c) =>
        `if (r0 + ${r}u < rows && c0 + ${c}u < ${n}u) { out[(r0 + ${r}u) * ${n}u + c0 + ${c}u] = acc${r}[${c}]; }`,
    ),
  );
}

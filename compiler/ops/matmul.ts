/** matmul(a, b) = a·b for 2-D operands, either of which may be transposed in place (no copy). */
import type { OpDef } from "./op-def.js";
import type { WgslCtx } from "../lower/wgsl-ctx.js";
import { simdGemm } from "./gemm-simd.js";

export const matmul: OpDef = {
  doc: "matrix product; a's leading axes act as rows, so linear applies over the last axis of any rank",
  arity: 2,
  attrs: ["transpose_a", "transpose_b"],
  // a is viewed as [M, k] with M the product of its leading axes. Without transpose_a those axes are kept:
  // [..., k]·[k, n] → [..., n]. With it they are contracted: [..., k]ᵀ·[..., n] → [k, n] (a weight's gradient).
  type([a, b], attrs) {
    if (a!.dtype !== "f32" || b!.dtype !== "f32") return "expects f32 operands";
    const ta = !!attrs["transpose_a"];
    const tb = !!attrs["transpose_b"];
    if (a!.shape.length < 2 || b!.shape.length < 2) return "expects operands of rank 2 or more";
    const lead = a!.shape.slice(0, -1);
    const k = a!.shape.at(-1)!;
    if (!ta) {
      if (b!.shape.length !== 2) return "expects a 2-D right operand";
      const [kb, n] = tb ? [b!.shape[1]!, b!.shape[0]!] : [b!.shape[0]!, b!.shape[1]!];
      if (kb !== k) return `inner dimensions differ: ${k} vs ${kb}`;
      return { dtype: "f32", shape: [...lead, n] };
    }
    if (tb) {
      if (a!.shape.length !== 2 || b!.shape.length !== 2) return "transposing both needs 2-D operands";
      if (a!.shape[0] !== b!.shape[1]) return `inner dimensions differ: ${a!.shape[0]} vs ${b!.shape[1]}`;
      return { dtype: "f32", shape: [k, b!.shape[0]!] };
    }
    const blead = b!.shape.slice(0, -1);
    if (blead.length !== lead.length || blead.some((d, i) => d !== lead[i]))
      return `contracted axes differ: [${lead}] vs [${blead}]`;
    return { dtype: "f32", shape: [k, b!.shape.at(-1)!] };
  },
  // C = op(A)·op(B): dA and dB are matmuls of dC with the other operand, transposed to match (four cases).
  vjp(b, [x, y], _z, dy, attrs) {
    const ta = !!attrs["transpose_a"];
    const tb = !!attrs["transpose_b"];
    if (!ta && !tb) return [b.matmul(dy, y!, { transposeB: true }), b.matmul(x!, dy, { transposeA: true })];
    if (!ta && tb) return [b.matmul(dy, y!), b.matmul(dy, x!, { transposeA: true })];
    if (ta && !tb) return [b.matmul(y!, dy, { transposeB: true }), b.matmul(x!, dy)];
    return [
      b.matmul(y!, dy, { transposeA: true, transposeB: true }),
      b.matmul(dy, x!, { transposeA: true, transposeB: true }),
    ];
  },
  cpu: {
    kind: "custom",
    run({ inputs: [a, b], output, inputShapes: [sa, sb], attrs }) {
      const ta = !!attrs["transpose_a"];
      const tb = !!attrs["transpose_b"];
      const k = sa!.at(-1)!;
      const rows = a!.length / k;
      const n = tb ? sb![0]! : sb!.at(-1)!;
      const [m, inner] = ta ? [k, rows] : [rows, k];
      if (
        output instanceof Float32Array &&
        simdGemm(a as Float32Array, b as Float32Array, output, m, n, inner, ta, tb)
      )
        return;
      gemm(a as F, b as F, output as F, m, n, inner, ta, tb);
    },
  },
  // Software adapters (SwiftShader) run a 4×4 block of C per invocation, accumulated in registers, fastest: no
  // workgroup memory and no barriers. Hardware gets a 32×32 tile of C per workgroup of 64, with 32×16 slices of A
  // and 16×32 slices of B staged in workgroup memory (DESIGN.md, "Backends").
  wgsl: {
    kind: "custom",
    per: (target) =>
      target === "hardware"
        ? "a workgroup of 64 per 32x32 tile, staged in workgroup memory"
        : "one invocation per 4x4 block",
    threads: (out, _ins, _attrs, target) => {
      const n = out.at(-1)!;
      const rows = out.reduce((p, d) => p * d, 1) / n;
      if (target === "hardware") return Math.ceil(rows / TILE) * Math.ceil(n / TILE) * 64;
      return Math.ceil(rows / 4) * Math.ceil(n / 4);
    },
    globals: (ctx) =>
      ctx.target === "hardware"
        ? `var<workgroup> tileA: array<f32, ${TILE * DEPTH}>;\nvar<workgroup> tileB: array<f32, ${TILE * DEPTH}>;`
        : "",
    body: (ctx) => (ctx.target === "hardware" ? tiledBody(ctx) : blockBody(ctx)),
  },
};

const TILE = 32;
const DEPTH = 16;

/** The operands as WGSL accessors: C[rows, n] = A(r, p)·B(p, c) summed over p < inner. */
function operands(ctx: WgslCtx) {
  const [a] = ctx.inputs;
  const ta = !!ctx.attrs["transpose_a"];
  const tb = !!ctx.attrs["transpose_b"];
  const k = a!.shape.at(-1) as number;
  const n = ctx.output.shape.at(-1) as number;
  const inner = ta ? ctx.count(a!.shape.slice(0, -1)) : `${k}u`;
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

function blockBody(ctx: WgslCtx): string {
  const { n, inner, rows, A, B } = operands(ctx);
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
function tiledBody(ctx: WgslCtx): string {
  const { ta, tb, n, inner, rows, A, B } = operands(ctx);
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

type F = Float32Array | Float64Array;

/**
 * C = op(A)·op(B), row-major; A is [m, k] (stored [k, m] when transposed), B is [k, n] ([n, k] when transposed).
 * Register blocking: without transpose_b, four rows of C are updated per row of B read (saxpy form, the inner loop
 * on contiguous memory); with it, 2×2 dot products share their loads. Accumulation is in double precision.
 */
export function gemm(a: F, b: F, c: F, m: number, n: number, k: number, ta: boolean, tb: boolean): void {
  if (!tb) gemmRowUpdate(a, b, c, m, n, k, ta);
  else if (!ta) gemmDot(a, b, c, m, n, k);
  else {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[p * m + i]! * b[j * k + p]!;
        c[i * n + j] = s;
      }
    }
  }
}

function gemmRowUpdate(a: F, b: F, c: F, m: number, n: number, k: number, ta: boolean): void {
  c.fill(0, 0, m * n);
  // A(i, p): row-major [m, k], or transposed storage [k, m].
  const si = ta ? 1 : k;
  const sp = ta ? m : 1;
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    const r0 = i * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    for (let p = 0; p < k; p++) {
      const ap = i * si + p * sp;
      const a0 = a[ap]!;
      const a1 = a[ap + si]!;
      const a2 = a[ap + 2 * si]!;
      const a3 = a[ap + 3 * si]!;
      if (a0 === 0 && a1 === 0 && a2 === 0 && a3 === 0) continue; // relu zeros whole blocks
      const bp = p * n;
      for (let j = 0; j < n; j++) {
        const bv = b[bp + j]!;
        c[r0 + j]! += a0 * bv;
        c[r1 + j]! += a1 * bv;
        c[r2 + j]! += a2 * bv;
        c[r3 + j]! += a3 * bv;
      }
    }
  }
  for (; i < m; i++) {
    const r = i * n;
    for (let p = 0; p < k; p++) {
      const av = a[i * si + p * sp]!;
      if (av === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) c[r + j]! += av * b[bp + j]!;
    }
  }
}

function gemmDot(a: F, b: F, c: F, m: number, n: number, k: number): void {
  let i = 0;
  for (; i + 2 <= m; i += 2) {
    const a0 = i * k;
    const a1 = a0 + k;
    let j = 0;
    for (; j + 2 <= n; j += 2) {
      const b0 = j * k;
      const b1 = b0 + k;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let p = 0; p < k; p++) {
        const x0 = a[a0 + p]!;
        const x1 = a[a1 + p]!;
        const y0 = b[b0 + p]!;
        const y1 = b[b1 + p]!;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s10 += x1 * y0;
        s11 += x1 * y1;
      }
      c[i * n + j] = s00;
      c[i * n + j + 1] = s01;
      c[(i + 1) * n + j] = s10;
      c[(i + 1) * n + j + 1] = s11;
    }
    for (; j < n; j++) {
      const b0 = j * k;
      let s0 = 0;
      let s1 = 0;
      for (let p = 0; p < k; p++) {
        s0 += a[a0 + p]! * b[b0 + p]!;
        s1 += a[a1 + p]! * b[b0 + p]!;
      }
      c[i * n + j] = s0;
      c[(i + 1) * n + j] = s1;
    }
  }
  for (; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p]! * b[j * k + p]!;
      c[i * n + j] = s;
    }
  }
}

// The CPU backend's float32 matmul as a WebAssembly SIMD kernel: JavaScript's scalar loops reach about 2 GFLOP/s,
// four lanes per instruction several times that. The module is a few hundred bytes, emitted here rather than built
// by a tool. Operands are packed into its memory as A [m, k] and B [k, n] with m padded to a multiple of 4 and n of 8
// (the kernel then has no edge cases); C comes back in float32, accumulated in float32 as PyTorch's CPU matmul does.
// `nnc gradcheck`'s float64 runs keep the JavaScript loops.

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: 0x02,
  loop: 0x03,
  end: 0x0b,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  f32Load: 0x2a,
  i32Const: 0x41,
  i32LtU: 0x49,
  i32Add: 0x6a,
  i32Mul: 0x6c,
  i32Shl: 0x74,
  i32Eqz: 0x45,
  void: 0x40,
} as const;
const simd = { load: 0x00, store: 0x0b, const: 0x0c, splat: 0x13, add: 0xe4, mul: 0xe6 } as const;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const simdOp = (code: number) => [0xfd, ...uleb(code)];

/**
 * gemm(A, B, C, m, n, k, ldb, ldc): C[m, n] = A[m, k]·B[k, n], byte addresses and row strides (A's is k), m a
 * multiple of 4 and n of 8. Each 4×8 block of C is eight f32x4 accumulators; each step over k loads 8 values of a row
 * of B once and broadcasts four values of A against them.
 */
function kernel(): number[] {
  // Parameters 0-7: a, b, c, m, n, k, and the row strides in bytes of B and C. Locals: 8 i, 9 j, 10 p, 11 a0, 12 bp,
  // 13 rowBytes (k·4); 14-21 the accumulators (row r, half h at 14 + 2r + h), 22-23 B's two halves, 24 A's value.
  const [a, b, c, m, n, k, ldb, ldc, i, j, p, a0, bp, rowBytes] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
  ];
  const rows = [0, 1, 2, 3];
  const acc = (r: number, h: number) => 14 + 2 * r + h;
  const [bv0, bv1, av] = [22, 23, 24];
  const get = (l: number) => [op.localGet, ...uleb(l)];
  const set = (l: number) => [op.localSet, ...uleb(l)];
  const i32 = (v: number) => [op.i32Const, ...sleb(v)];
  const add = (l: number, v: number[]) => [...get(l), ...v, op.i32Add, ...set(l)];
  const mem = (align: number, offset = 0) => [...uleb(align), ...uleb(offset)];
  const zero = [...simdOp(simd.const), ...new Array<number>(16).fill(0)];
  const body = [
    ...get(k), ...i32(2), op.i32Shl, ...set(rowBytes),
    ...i32(0), ...set(i),
    op.block, op.void,
    ...get(m), op.i32Eqz, op.brIf, 0,
    op.loop, op.void, // over blocks of 4 rows
    ...i32(0), ...set(j),
    op.loop, op.void, // over blocks of 8 columns
    ...rows.flatMap((r) => [0, 1].flatMap((h) => [...zero, ...set(acc(r, h))])),
    // a0 = a + i·k·4; bp = b + j·4
    ...get(a), ...get(i), ...get(rowBytes), op.i32Mul, op.i32Add, ...set(a0),
    ...get(b), ...get(j), ...i32(2), op.i32Shl, op.i32Add, ...set(bp),
    ...i32(0), ...set(p),
    op.block, op.void,
    ...get(k), op.i32Eqz, op.brIf, 0,
    op.loop, op.void, // over k
    ...get(bp), ...simdOp(simd.load), ...mem(2), ...set(bv0),
    ...get(bp), ...simdOp(simd.load), ...mem(2, 16), ...set(bv1),
    ...rows.flatMap((r) => [
      ...get(a0), ...(r ? [...get(rowBytes), ...i32(r), op.i32Mul, op.i32Add] : []),
      op.f32Load, ...mem(2),
      ...simdOp(simd.splat), ...set(av),
      ...[0, 1].flatMap((h) => [
        ...get(acc(r, h)),
        ...get(av), ...get(h ? bv1 : bv0), ...simdOp(simd.mul),
        ...simdOp(simd.add),
        ...set(acc(r, h)),
      ]),
    ]),
    ...add(a0, i32(4)),
    ...add(bp, get(ldb)),
    ...get(p), ...i32(1), op.i32Add, op.localTee, ...uleb(p), ...get(k), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
    // C[i + r, j + 4h .. j + 4h + 3] = acc(r, h)
    ...rows.flatMap((r) =>
      [0, 1].flatMap((h) => [
        ...get(c),
        ...get(i), ...i32(r), op.i32Add, ...get(ldc), op.i32Mul, op.i32Add,
        ...get(j), ...i32(2), op.i32Shl, op.i32Add,
        ...get(acc(r, h)),
        ...simdOp(simd.store), ...mem(2, 16 * h),
      ]),
    ),
    ...get(j), ...i32(8), op.i32Add, op.localTee, ...uleb(j), ...get(n), op.i32LtU, op.brIf, 0,
    op.end,
    ...get(i), ...i32(4), op.i32Add, op.localTee, ...uleb(i), ...get(m), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
    op.end,
  ]; // prettier-ignore
  const locals = vec([
    [6, I32],
    [11, V128],
  ]);
  const fn = [...locals, ...body];
  return [...uleb(fn.length), ...fn];
}

function moduleBytes(): Uint8Array {
  const type = section(1, vec([[0x60, ...vec(new Array(8).fill([I32])), 0]]));
  const func = section(3, vec([[0]]));
  const memory = section(5, vec([[0x00, 1]])); // at least one page, grown as operands need
  const exports = section(
    7,
    vec([
      [...vec([..."gemm"].map((ch) => [ch.charCodeAt(0)])), 0x00, 0],
      [...vec([..."memory"].map((ch) => [ch.charCodeAt(0)])), 0x02, 0],
    ]),
  );
  const code = section(10, vec([kernel()]));
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0,
    0,
    0,
    ...type,
    ...func,
    ...memory,
    ...exports,
    ...code,
  ]);
}

// The few WebAssembly declarations used here (the project's `lib` has no DOM, where TypeScript keeps them).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: Record<string, unknown> };
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

interface Kernel {
  readonly gemm: (
    a: number,
    b: number,
    c: number,
    m: number,
    n: number,
    k: number,
    ldb: number,
    ldc: number,
  ) => void;
  readonly memory: WasmMemory;
}

// A cache: the module is compiled and instantiated once per process, on the first float32 matmul, and its memory
// reused (grown when a product needs more). Undefined until tried; null where the engine has no SIMD.
let instance: Kernel | null | undefined;

function load(): Kernel | null {
  if (instance !== undefined) return instance;
  try {
    const exports = new wasm!.Instance(new wasm!.Module(moduleBytes())).exports;
    instance = { gemm: exports["gemm"] as Kernel["gemm"], memory: exports["memory"] as WasmMemory };
  } catch {
    instance = null; // no SIMD in this engine: the JavaScript loops serve
  }
  return instance;
}

const up4 = (x: number) => (x + 3) & ~3;
const up8 = (x: number) => (x + 7) & ~7;
const PANEL_BYTES = 128 * 1024;

/**
 * C = op(A)·op(B) in float32, as `gemm` in matmul.ts beside this file (A is [m, k], stored [k, m] when `ta`; B is [k, n], stored
 * [n, k] when `tb`). Returns false when WebAssembly SIMD is not available.
 */
export function simdGemm(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  n: number,
  k: number,
  ta: boolean,
  tb: boolean,
): boolean {
  const w = load();
  if (!w) return false;
  const [m4, n4] = [up4(m), up8(n)];
  const bytes = 4 * (m4 * k + k * n4 + m4 * n4);
  const have = w.memory.buffer.byteLength;
  if (have < bytes) w.memory.grow(Math.ceil((bytes - have) / 65536));
  const heap = new Float32Array(w.memory.buffer);
  const [pa, pb, pc] = [0, m4 * k, m4 * k + k * n4];
  // Pack A as [m4, k] and B as [k, n4]; only the padding rows and columns are zeroed (memory is reused).
  if (!ta) heap.set(a.subarray(0, m * k), pa);
  else transposeInto(a, k, m, heap, pa, k);
  heap.fill(0, pa + m * k, pa + m4 * k);
  if (!tb && n === n4) heap.set(b.subarray(0, k * n), pb);
  else {
    if (!tb) for (let p = 0; p < k; p++) heap.set(b.subarray(p * n, p * n + n), pb + p * n4);
    else transposeInto(b, n, k, heap, pb, n4);
    for (let p = 0; p < k; p++) heap.fill(0, pb + p * n4 + n, pb + (p + 1) * n4);
  }
  // Column panels of B small enough to stay in cache while every block of rows passes over them.
  const panel = Math.max(8, Math.min(n4, ((PANEL_BYTES / (4 * k)) >> 3) << 3));
  for (let j = 0; j < n4; j += panel)
    w.gemm(4 * pa, 4 * (pb + j), 4 * (pc + j), m4, Math.min(panel, n4 - j), k, 4 * n4, 4 * n4);
  if (n === n4) c.set(heap.subarray(pc, pc + m * n));
  else for (let i = 0; i < m; i++) c.set(heap.subarray(pc + i * n4, pc + i * n4 + n), i * n);
  return true;
}

/** dst[at + c·stride + r] = src[r·cols + c] for src [rows, cols], in 32×32 tiles so that both sides stay in cache. */
function transposeInto(
  src: Float32Array,
  rows: number,
  cols: number,
  dst: Float32Array,
  at: number,
  stride: number,
): void {
  for (let r0 = 0; r0 < rows; r0 += 32) {
    const r1 = Math.min(rows, r0 + 32);
    for (let c0 = 0; c0 < cols; c0 += 32) {
      const c1 = Math.min(cols, c0 + 32);
      for (let r = r0; r < r1; r++)
        for (let c = c0; c < c1; c++) dst[at + c * stride + r] = src[r * cols + c];
    }
  }
}

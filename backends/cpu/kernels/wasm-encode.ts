// The WebAssembly the CPU backend emits, byte by byte: opcodes, LEB128 numbers, sections and a one-memory module;
// and whether the engine has relaxed SIMD (a fused multiply-add). The kernels (gemm-simd.ts, elementwise-simd.ts)
// are a few hundred bytes each, emitted here rather than built by a tool.

export const I32 = 0x7f;
export const V128 = 0x7b;
export const op = {
  block: 0x02,
  if: 0x04,
  else: 0x05,
  loop: 0x03,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  f32Load: 0x2a,
  f32Const: 0x43,
  f32Store: 0x38,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32LtS: 0x48,
  i32LtU: 0x49,
  i32GtS: 0x4a,
  i32GtU: 0x4b,
  i32GeS: 0x4e,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Or: 0x72,
  i32Shl: 0x74,
  f32Eq: 0x5b,
  f32Ne: 0x5c,
  f32Gt: 0x5e,
  f32Add: 0x92,
  void: 0x40,
} as const;
export const simd = {
  load: 0x00,
  load32Splat: 0x09,
  i32x4Splat: 0x11,
  store: 0x0b,
  const: 0x0c,
  shuffle: 0x0d,
  and: 0x4e,
  or: 0x50,
  bitselect: 0x52,
  i32x4Eq: 0x37,
  f32Eq: 0x41,
  f32Ne: 0x42,
  f32Lt: 0x43,
  f32Gt: 0x44,
  f32Ge: 0x46,
  abs: 0xe0,
  neg: 0xe1,
  sqrt: 0xe3,
  add: 0xe4,
  sub: 0xe5,
  mul: 0xe6,
  div: 0xe7,
  min: 0xe8,
  max: 0xe9,
  pmin: 0xea,
  pmax: 0xeb,
  relaxedMadd: 0x105,
} as const;

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
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

export const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
export const simdOp = (code: number) => [0xfd, ...uleb(code)];
export const get = (l: number) => [op.localGet, ...uleb(l)];
export const set = (l: number) => [op.localSet, ...uleb(l)];
export const i32 = (v: number) => [op.i32Const, ...sleb(v)];
/** A memory access's alignment (log2 bytes) and constant offset. */
export const memArg = (align: number, offset = 0) => [...uleb(align), ...uleb(offset)];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => vec([...s].map((ch) => [ch.charCodeAt(0)]));

/** A function's code: its locals as [count, type] runs, then its body (without the final `end`). */
export function funcCode(locals: number[][], body: number[]): number[] {
  const fn = [...vec(locals), ...body, op.end];
  return [...uleb(fn.length), ...fn];
}

/**
 * A module of functions that take i32 parameters and return nothing, exported by name, over one memory: its own
 * (exported as "memory", at least one page) or, with `importMemory`, one imported as env.memory.
 */
export function moduleBytes(
  funcs: readonly { readonly name: string; readonly params: number; readonly code: number[] }[],
  importMemory: boolean,
): Uint8Array {
  const arities = [...new Set(funcs.map((f) => f.params))];
  const type = section(1, vec(arities.map((p) => [0x60, ...vec(new Array(p).fill([I32])), 0])));
  const imports = importMemory ? section(2, vec([[...name("env"), ...name("memory"), 0x02, 0x00, 0]])) : [];
  const func = section(3, vec(funcs.map((f) => uleb(arities.indexOf(f.params)))));
  const memory = importMemory ? [] : section(5, vec([[0x00, 1]]));
  const exports = section(
    7,
    vec([
      ...funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]),
      ...(importMemory ? [] : [[...name("memory"), 0x02, 0]]),
    ]),
  );
  const code = section(10, vec(funcs.map((f) => f.code)));
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0, 0, 0],
    ...type,
    ...imports,
    ...func,
    ...memory,
    ...exports,
    ...code,
  ]);
}

// The few WebAssembly declarations used here (the project's `lib` has no DOM, where TypeScript keeps them).
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports?: Record<string, Record<string, unknown>>,
  ) => { readonly exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
}
export const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** A module with one function `() -> ()` whose body is `body` (left empty by it): for probing what validates. */
function probe(body: number[]): Uint8Array {
  return moduleBytes([{ name: "f", params: 0, code: funcCode([], body) }], false);
}
const v128Zero = [...simdOp(simd.const), ...new Array<number>(16).fill(0)];

// A cache: what the engine supports, probed once per process. Undefined until asked.
let support: { simd: boolean; relaxed: boolean } | undefined;

/**
 * Whether the engine runs WebAssembly SIMD, and relaxed SIMD's `relaxed_madd` (an FMA where the CPU has one). Node
 * 20's V8 has relaxed SIMD behind a flag, which applies to modules compiled after it is set; Node 22 has it on and
 * knows no such flag, hence the probe before and after.
 */
export function wasmSupport(): { simd: boolean; relaxed: boolean } {
  if (support) return support;
  if (!wasm) return (support = { simd: false, relaxed: false });
  const simdProbe = probe([...v128Zero, 0x1a]); // drop
  const relaxedProbe = probe([...v128Zero, ...v128Zero, ...v128Zero, ...simdOp(simd.relaxedMadd), 0x1a]);
  const ok = (b: Uint8Array) => {
    try {
      return wasm.validate(b);
    } catch {
      return false;
    }
  };
  let relaxed = ok(relaxedProbe);
  if (!relaxed) {
    type V8 = { setFlagsFromString(flags: string): void };
    type Proc = { getBuiltinModule?: (id: string) => unknown };
    const v8 = (globalThis as { process?: Proc }).process?.getBuiltinModule?.("node:v8") as V8 | undefined;
    try {
      v8?.setFlagsFromString("--experimental-wasm-relaxed-simd");
    } catch {
      // an engine without the flag: plain SIMD serves
    }
    relaxed = ok(relaxedProbe);
  }
  return (support = { simd: ok(simdProbe), relaxed });
}

// Runs a CPU plan: buffers for every value are allocated once, for the largest batch; each call binds the inputs,
// runs the steps in order and returns views of the outputs (valid until the next call). In float32, every buffer,
// the inputs' included, lives in one WebAssembly memory, so that the element-wise chains with a SIMD loop
// (elementwise-simd.ts) run as WebAssembly on byte offsets. The caller's inputs are copied in on each call, except
// those in the executor's resident buffers: arrays in the same memory, past the planned ones, that the caller owns
// (the training backend keeps the weights there, so that a step copies none of them in).

import type { CpuPlan, CpuStep } from "../../backends/cpu/lower.js";
import type { Buffer } from "../../backends/cpu/kernels/kernel.js";
import { elementCount } from "../../compiler/ir/value.js";
import { planBuffers } from "../../compiler/passes/buffers.js";
import { memoryKernels, type MemoryKernels } from "./kernels/memory-kernels.js";
import { moduleBytes, wasm, wasmSupport, type WasmMemory } from "./kernels/wasm-encode.js";

const PAGE = 65536;

export interface CpuExecutorOptions {
  /** Float64Arrays for f32 values: exact enough for finite differences (`nnc gradcheck`). */
  readonly float64?: boolean;
  /** The lengths of the resident arrays the caller wants (`CpuExecutor.resident`). */
  readonly resident?: readonly number[];
}

export class CpuExecutor {
  private readonly buffers = new Map<number, Buffer>();
  /**
   * Float32Arrays of the lengths asked for, the caller's to fill: given as inputs, they are read where they are. In
   * the executor's memory where it has one (else ordinary arrays, copied as any input).
   */
  readonly resident: readonly Float32Array[];
  /** The memory's byte offset where the resident arrays begin; Infinity without a memory. */
  private readonly residentFrom: number;
  private readonly memory: WasmMemory | undefined;
  private readonly inputIds: ReadonlyMap<string, number>;
  /** Per step, what runs it: its JavaScript kernel, or its SIMD loop bound to this executor's memory. */
  private readonly runs: readonly CpuStep["run"][];
  /** Whether the inputs are copied into buffers of this executor's (the WebAssembly memory's) own. */
  private readonly ownInputs: boolean;
  /** The family kernels' WebAssembly over that memory. */
  private readonly simd: MemoryKernels | undefined;

  constructor(
    private readonly plan: CpuPlan,
    private readonly maxBatch: number,
    { float64 = false, resident = [] }: CpuExecutorOptions = {},
  ) {
    this.inputIds = new Map(plan.func.inputs.map((i) => [i.name, i.value.id]));
    // Values whose lifetimes do not overlap share memory. Slots are whole 16-byte vectors: the SIMD loops read and
    // write past a buffer's last element up to the vector's end.
    const width = float64 ? 8 : 4;
    const slots = planBuffers(
      plan.func,
      plan.kernels,
      (t) => Math.ceil((elementCount(t.shape, maxBatch) * width) / 16) * 16,
      plan.aliases,
    );
    const offsets: number[] = [];
    let total = 0;
    for (const b of slots.bytes) total = offsets.push(total) && total + b;
    const residentBytes = resident.map((n) => Math.ceil((n * 4) / 16) * 16);
    const memory = float64 ? undefined : wasmMemory(residentBytes.reduce((a, b) => a + b, total));
    this.memory = memory;
    this.ownInputs = memory !== undefined;
    this.residentFrom = memory ? total : Infinity;
    let at = total;
    this.resident = resident.map((n, i) => {
      if (!memory) return new Float32Array(n);
      const array = new Float32Array(memory.buffer, at, n);
      at += residentBytes[i]!;
      return array;
    });
    const perSlot = new Map<number, ArrayBuffer>();
    for (const [id, t] of plan.types) {
      if (plan.aliases.has(id)) continue; // a view of another value's buffer
      if (!memory && plan.func.inputs.some((i) => i.value.id === id)) continue; // the caller's arrays serve
      const n = elementCount(t.shape, maxBatch);
      const slot = slots.slot.get(id)!;
      const [mem, at] = memory
        ? [memory.buffer, offsets[slot]!]
        : [perSlot.get(slot) ?? perSlot.set(slot, new ArrayBuffer(slots.bytes[slot]!)).get(slot)!, 0];
      this.buffers.set(
        id,
        t.dtype === "i32"
          ? new Int32Array(mem, at, n)
          : float64
            ? new Float64Array(mem, at, n)
            : new Float32Array(mem, at, n),
      );
    }
    this.runs = memory ? bindSimd(plan.steps, memory) : plan.steps.map((s) => s.run);
    this.simd = memory && memoryKernels(memory);
  }

  run(inputs: Readonly<Record<string, Buffer>>, batch: number): Record<string, Buffer> {
    return this.execute(inputs, batch, false) as Record<string, Buffer>;
  }

  /**
   * As `run`, but every input and every kernel's result is scanned as it is made; at the first that holds a NaN or
   * an infinity the run stops and says which value (by id). Slow: a debugging mode (`--check-numerics`).
   */
  runChecked(
    inputs: Readonly<Record<string, Buffer>>,
    batch: number,
  ): { readonly outputs: Record<string, Buffer> } | { readonly nonFinite: number } {
    const r = this.execute(inputs, batch, true);
    return typeof r === "number" ? { nonFinite: r } : { outputs: r };
  }

  private execute(
    inputs: Readonly<Record<string, Buffer>>,
    batch: number,
    check: boolean,
  ): Record<string, Buffer> | number {
    if (batch > this.maxBatch) throw new Error(`batch ${batch} exceeds the planned ${this.maxBatch}`);
    const views = new Map<number, Buffer>();
    for (const [name, id] of this.inputIds) {
      const buf = inputs[name];
      if (!buf) throw new Error(`missing input ${name}`);
      if (!this.ownInputs || (buf.buffer === this.memory!.buffer && buf.byteOffset >= this.residentFrom)) {
        views.set(id, buf);
        continue;
      }
      const own = this.buffers.get(id)!;
      if (buf.length > own.length) throw new Error(`input ${name} holds more than the planned batch`);
      const dst = buf.length === own.length ? own : own.subarray(0, buf.length);
      dst.set(buf);
      views.set(id, dst);
    }
    const view = (id: number): Buffer => {
      const v = views.get(id);
      if (v) return v;
      const source = this.plan.aliases.get(id);
      if (source !== undefined) {
        const shared = view(source); // as many elements, in the same order
        views.set(id, shared);
        return shared;
      }
      const t = this.plan.types.get(id)!;
      const full = this.buffers.get(id)!;
      const n = elementCount(t.shape, batch);
      const sub = n === full.length ? full : full.subarray(0, n);
      views.set(id, sub);
      return sub;
    };
    if (check) for (const [, id] of this.inputIds) if (!allFinite(view(id))) return id;
    const steps = this.plan.steps;
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      if (!this.plan.aliases.has(step.result))
        this.runs[s]!(step.args.map(view), view(step.result), batch, this.simd);
      if (check && !allFinite(view(step.result))) return step.result;
    }
    const out: Record<string, Buffer> = {};
    for (const o of this.plan.func.outputs) out[o.name] = view(o.value.id);
    return out;
  }
}

function allFinite(b: Buffer): boolean {
  if (b instanceof Int32Array) return true;
  for (let i = 0; i < b.length; i++) if (!Number.isFinite(b[i]!)) return false;
  return true;
}

/** A WebAssembly memory of at least `bytes`, or undefined where the engine lacks SIMD (or that much memory). */
function wasmMemory(bytes: number): WasmMemory | undefined {
  if (!wasm || !wasmSupport().simd) return undefined;
  try {
    return new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
  } catch {
    return undefined;
  }
}

/** Each step's run, its SIMD loop where it has one: one module per plan, over the executor's memory. */
function bindSimd(steps: readonly CpuStep[], memory: WasmMemory): CpuStep["run"][] {
  const funcs = steps.flatMap((s, n) => (s.simd ? [{ name: `k${n}`, ...s.simd }] : []));
  if (!funcs.length) return steps.map((s) => s.run);
  const exports = new wasm!.Instance(new wasm!.Module(moduleBytes(funcs, true)), { env: { memory } }).exports;
  return steps.map((s, n) => {
    if (!s.simd) return s.run;
    const loop = exports[`k${n}`] as (bytes: number, out: number, ...leaves: number[]) => void;
    // Every buffer is a view of `memory`, so its byte offset is its address there.
    return (inputs, output) =>
      loop((output.length * 4 + 15) & ~15, output.byteOffset, ...inputs.map((b) => b.byteOffset));
  });
}

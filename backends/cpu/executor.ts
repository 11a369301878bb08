// Runs a CPU plan: buffers for every value are allocated once, for the largest batch; each call binds the inputs,
// runs the steps in order and returns views of the outputs (valid until the next call).

import type { CpuPlan } from "../../backends/cpu/lower.js";
import type { Buffer } from "../../backends/cpu/kernels/kernel.js";
import { elementCount } from "../../compiler/ir/value.js";
import { planBuffers } from "../../compiler/passes/buffers.js";

export class CpuExecutor {
  private readonly buffers = new Map<number, Buffer>();
  private readonly inputIds: ReadonlyMap<string, number>;

  constructor(
    private readonly plan: CpuPlan,
    private readonly maxBatch: number,
    /** Float64Arrays for f32 values: exact enough for finite differences (`nnc gradcheck`). */
    float64 = false,
  ) {
    this.inputIds = new Map(plan.func.inputs.map((i) => [i.name, i.value.id]));
    // Values whose lifetimes do not overlap share memory (the caller's arrays stand for the inputs).
    const width = float64 ? 8 : 4;
    const plan_ = planBuffers(plan.func, plan.kernels, (t) => elementCount(t.shape, maxBatch) * width);
    const memory = new Map<number, ArrayBuffer>();
    for (const [id, t] of plan.types) {
      if (plan.func.inputs.some((i) => i.value.id === id)) continue;
      const n = elementCount(t.shape, maxBatch);
      const slot = plan_.slot.get(id)!;
      const mem = memory.get(slot) ?? memory.set(slot, new ArrayBuffer(plan_.bytes[slot]!)).get(slot)!;
      this.buffers.set(
        id,
        t.dtype === "i32"
          ? new Int32Array(mem, 0, n)
          : float64
            ? new Float64Array(mem, 0, n)
            : new Float32Array(mem, 0, n),
      );
    }
  }

  run(inputs: Readonly<Record<string, Buffer>>, batch: number): Record<string, Buffer> {
    if (batch > this.maxBatch) throw new Error(`batch ${batch} exceeds the planned ${this.maxBatch}`);
    const views = new Map<number, Buffer>();
    for (const [name, id] of this.inputIds) {
      const buf = inputs[name];
      if (!buf) throw new Error(`missing input ${name}`);
      views.set(id, buf);
    }
    const view = (id: number): Buffer => {
      const v = views.get(id);
      if (v) return v;
      const t = this.plan.types.get(id)!;
      const full = this.buffers.get(id)!;
      const n = elementCount(t.shape, batch);
      const sub = n === full.length ? full : full.subarray(0, n);
      views.set(id, sub);
      return sub;
    };
    for (const step of this.plan.steps) {
      step.run(step.args.map(view), view(step.result), batch);
    }
    const out: Record<string, Buffer> = {};
    for (const o of this.plan.func.outputs) out[o.name] = view(o.value.id);
    return out;
  }
}

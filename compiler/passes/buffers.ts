// Buffer planning: values whose lifetimes do not overlap share one buffer. A value lives from the kernel that
// makes it to its last use; inputs and outputs keep buffers of their own (the caller binds and reads them). A
// result never shares with its own kernel's arguments, since they are freed only after that kernel.

import type { Func } from "../ir/types.js";
import type { TensorType, Value } from "../ir/value.js";
import type { Kernel } from "./fuse.js";

export interface BufferPlan {
  /** Value id → buffer slot, for the inputs and every kernel's result. */
  readonly slot: ReadonlyMap<number, number>;
  /** Bytes of each slot. */
  readonly bytes: readonly number[];
}

export function planBuffers(
  f: Func,
  kernels: readonly Kernel[],
  bytesOf: (t: TensorType) => number,
): BufferPlan {
  const lastUse = new Map<number, number>();
  kernels.forEach((k, n) => k.args.forEach((a) => lastUse.set(a.id, n)));
  const pinned = new Set([...f.inputs.map((i) => i.value.id), ...f.outputs.map((o) => o.value.id)]);
  const slot = new Map<number, number>();
  const bytes: number[] = [];
  const free: number[] = [];
  const fresh = (size: number): number => bytes.push(size) - 1;
  // Best fit among the free slots; a slot keeps the size it was made with.
  const take = (size: number): number => {
    let best = -1;
    for (let k = 0; k < free.length; k++) {
      const s = free[k]!;
      if (bytes[s]! >= size && (best < 0 || bytes[s]! < bytes[free[best]!]!)) best = k;
    }
    return best >= 0 ? free.splice(best, 1)[0]! : fresh(size);
  };
  const release = (v: Value) => {
    if (!pinned.has(v.id)) free.push(slot.get(v.id)!);
  };
  for (const i of f.inputs) slot.set(i.value.id, fresh(bytesOf(i.value.type)));
  kernels.forEach((k, n) => {
    const r = k.result;
    if (!slot.has(r.id)) slot.set(r.id, pinned.has(r.id) ? fresh(bytesOf(r.type)) : take(bytesOf(r.type)));
    for (const a of k.args) if (lastUse.get(a.id) === n) release(a);
    // A result nobody reads is dead after its own kernel.
    if (!lastUse.has(r.id)) release(r);
  });
  return { slot, bytes };
}

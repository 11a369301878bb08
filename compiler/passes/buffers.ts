// Buffer planning: values whose lifetimes do not overlap share one buffer. A value lives from the instruction
// that makes it to its last use; inputs and outputs keep buffers of their own (the caller binds and reads them).
// A result never shares with its own instruction's arguments, since it is freed only after that instruction.

import type { Func, TensorType } from "../ir/types.js";

export interface BufferPlan {
  /** Value id → buffer slot. */
  readonly slot: ReadonlyMap<number, number>;
  /** Bytes of each slot. */
  readonly bytes: readonly number[];
}

export function planBuffers(f: Func, bytesOf: (t: TensorType) => number): BufferPlan {
  const lastUse = new Map<number, number>();
  f.body.forEach((ins, n) => ins.args.forEach((a) => lastUse.set(a.id, n)));
  const pinned = new Set([...f.inputs.map((i) => i.value.id), ...f.outputs.map((o) => o.value.id)]);
  const slot = new Map<number, number>();
  const bytes: number[] = [];
  const free: number[] = [];
  const take = (size: number): number => {
    // Best fit among the free slots, growing none: a slot keeps the size it was made with.
    let best = -1;
    for (let k = 0; k < free.length; k++) {
      const s = free[k]!;
      if (bytes[s]! >= size && (best < 0 || bytes[s]! < bytes[free[best]!]!)) best = k;
    }
    if (best >= 0) return free.splice(best, 1)[0]!;
    bytes.push(size);
    return bytes.length - 1;
  };
  for (const i of f.inputs) slot.set(i.value.id, take(bytesOf(i.value.type)));
  f.body.forEach((ins, n) => {
    const id = ins.result.id;
    if (!slot.has(id))
      slot.set(
        id,
        pinned.has(id)
          ? (bytes.push(bytesOf(ins.result.type)), bytes.length - 1)
          : take(bytesOf(ins.result.type)),
      );
    for (const a of new Set(ins.args.map((x) => x.id))) {
      if (lastUse.get(a) === n && !pinned.has(a)) free.push(slot.get(a)!);
    }
    // A result nobody reads is dead after its own instruction.
    if (!lastUse.has(id) && !pinned.has(id)) free.push(slot.get(id)!);
  });
  return { slot, bytes };
}

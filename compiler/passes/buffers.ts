// Buffer planning: values whose lifetimes do not overlap share one buffer. A value lives from the kernel that
// makes it to its last use; inputs and outputs keep buffers of their own (the caller binds and reads them). A
// result never shares with its own kernel's arguments, since they are freed only after that kernel. A backend may
// name results that are views of an argument (`aliases`): they take its buffer, which lives until their last use.

import type { Func } from "../ir/types.js";
import type { TensorType } from "../ir/value.js";
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
  /** Result id → the id of the argument whose buffer it views (its kernel then runs nothing). */
  aliases: ReadonlyMap<number, number> = new Map(),
): BufferPlan {
  // A view's uses are uses of the value that owns its buffer.
  const owner = (id: number): number => {
    for (let a = aliases.get(id); a !== undefined; a = aliases.get(id)) id = a;
    return id;
  };
  const lastUse = new Map<number, number>();
  kernels.forEach((k, n) => k.args.forEach((a) => lastUse.set(owner(a.id), n)));
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
  const release = (id: number) => {
    if (!pinned.has(id)) free.push(slot.get(id)!);
  };
  for (const i of f.inputs) slot.set(i.value.id, fresh(bytesOf(i.value.type)));
  kernels.forEach((k, n) => {
    const r = k.result;
    const view = aliases.get(r.id);
    if (view !== undefined) slot.set(r.id, slot.get(owner(view))!);
    else if (!slot.has(r.id))
      slot.set(r.id, pinned.has(r.id) ? fresh(bytesOf(r.type)) : take(bytesOf(r.type)));
    for (const id of new Set(k.args.map((a) => owner(a.id)))) if (lastUse.get(id) === n) release(id);
    // A result nobody reads is dead after its own kernel.
    if (view === undefined && !lastUse.has(r.id)) release(r.id);
  });
  return { slot, bytes };
}

// NumPy broadcasting of two shapes, as plain arithmetic over dimensions: the front end's per-example shapes
// (numbers) and the IR's (numbers and the batch symbol N) use the same rule. It says why shapes do not broadcast
// and leaves the wording to its caller: a diagnostic with spans in the front end, a compiler bug in an op's type.

import type { Dim } from "../ir/value.js";

/** Two dimensions that cannot be broadcast, the `axis`-th from the right (1 is the last). */
export interface BroadcastMismatch<D extends Dim> {
  readonly ok: false;
  readonly axis: number;
  readonly a: D;
  readonly b: D;
}

export type Broadcast<D extends Dim> = { readonly ok: true; readonly shape: D[] } | BroadcastMismatch<D>;

/**
 * Shapes are aligned from the right; a missing dimension counts as 1, and a 1 stretches to the other side's
 * dimension. N meets only N or 1: it is a symbol, never known to equal a number. Numbers in, numbers out.
 */
export function broadcast(a: readonly number[], b: readonly number[]): Broadcast<number>;
export function broadcast(a: readonly Dim[], b: readonly Dim[]): Broadcast<Dim>;
export function broadcast(a: readonly Dim[], b: readonly Dim[]): Broadcast<Dim> {
  const n = Math.max(a.length, b.length);
  const shape: Dim[] = [];
  for (let axis = 1; axis <= n; axis++) {
    const x = a.at(-axis) ?? 1;
    const y = b.at(-axis) ?? 1;
    if (x === y || y === 1) shape.unshift(x);
    else if (x === 1) shape.unshift(y);
    else return { ok: false, axis, a: x, b: y };
  }
  return { ok: true, shape };
}

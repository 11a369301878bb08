/** transpose(x) by the permutation `perm`: output axis i is input axis perm[i]. */
import { family, type FamilyOp } from "./op-def.js";

export const transpose: FamilyOp<1, { perm: "ints" }, "layout"> = {
  doc: "axes permuted",
  arity: 1,
  attrs: { perm: "ints" },
  type([x], { perm }) {
    const rank = x.shape.length;
    if (perm.length !== rank || [...perm].sort().some((p, i) => p !== i)) return `bad permutation [${perm}]`;
    const shape = perm.map((p) => x.shape[p]);
    return shape.every((d) => d !== undefined) ? { dtype: x.dtype, shape } : `bad permutation [${perm}]`;
  },
  vjp: (b, _x, _y, dy, { perm }) => [
    b.transpose(
      dy,
      perm.map((_, i) => perm.indexOf(i)),
    ),
  ],
  kernel: family("layout"),
};

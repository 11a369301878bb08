/**
 * concat(a, b) along `axis`: a's elements, then b's, along that axis; every other dimension agrees. `concat(a, b,
 * c)` in the DSL is two of these (torch.cat(dim=1) on [N, c, h, w]).
 */
import { family, type FamilyOp } from "./op-def.js";

export const concat: FamilyOp<2, { axis: "int" }, "layout"> = {
  doc: "two tensors joined along an axis",
  arity: 2,
  attrs: { axis: "int" },
  type([a, b], { axis }) {
    if (a.dtype !== b.dtype) return `joins ${a.dtype} and ${b.dtype}`;
    if (a.shape.length !== b.shape.length || axis < 0 || axis >= a.shape.length)
      return `cannot join [${a.shape}] and [${b.shape}] along axis ${axis}`;
    const [x, y] = [a.shape[axis], b.shape[axis]];
    if (typeof x !== "number" || typeof y !== "number") return "joins along N";
    if (a.shape.some((d, i) => i !== axis && d !== b.shape[i]))
      return `cannot join [${a.shape}] and [${b.shape}] along axis ${axis}`;
    return { dtype: a.dtype, shape: a.shape.map((d, i) => (i === axis ? x + y : d)) };
  },
  // Each input's elements went to their own part of the output: its gradient is that part of dy.
  vjp: (b, [x0, x1], _y, dy, { axis }) => {
    const size = (v: typeof x0) => v.type.shape[axis] as number;
    return [b.slice(dy, axis, 0, size(x0)), b.slice(dy, axis, size(x0), size(x1))];
  },
  kernel: family("layout"),
};

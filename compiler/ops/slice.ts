/** slice(x): `size` elements along `axis` from `start`, every other axis whole (the gradient of concat). */
import { family, type FamilyOp } from "./op-def.js";

export const slice: FamilyOp<1, { axis: "int"; start: "int"; size: "int" }, "layout"> = {
  doc: "a run of elements along an axis",
  arity: 1,
  attrs: { axis: "int", start: "int", size: "int" },
  type([x], { axis, start, size }) {
    const d = x.shape[axis];
    if (typeof d !== "number" || start < 0 || size < 1 || start + size > d)
      return `cannot take ${size} from ${start} along axis ${axis} of [${x.shape}]`;
    return { dtype: x.dtype, shape: x.shape.map((e, i) => (i === axis ? size : e)) };
  },
  // The slice's gradient goes back to where it was taken; zeros elsewhere.
  vjp: (b, [x], _y, dy, { axis, start, size }) => {
    const total = x.type.shape[axis] as number;
    const zeros = (n: number) =>
      b.broadcast(
        b.scalar(0),
        dy.type.shape.map((d, i) => (i === axis ? n : d)),
      );
    let g = dy;
    if (start > 0) g = b.concat(zeros(start), g, axis);
    if (start + size < total) g = b.concat(g, zeros(total - start - size), axis);
    return [g];
  },
  kernel: family("layout"),
};

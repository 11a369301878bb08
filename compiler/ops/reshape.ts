/** reshape(x) to `shape` (which may hold N): the same values in row-major order. */
import type { IrShape } from "../ir/value.js";
import { family, type FamilyOp } from "./op-def.js";

/** Two shapes hold the same number of elements for every N. */
export function sameCount(a: IrShape, b: IrShape): boolean {
  const count = (s: IrShape) => [
    s.filter((d) => d === "N").length,
    s.reduce<number>((p, d) => p * (d === "N" ? 1 : d), 1),
  ];
  const [na, ka] = count(a);
  const [nb, kb] = count(b);
  return na === nb && ka === kb;
}

export const reshape: FamilyOp<1, { shape: "dims" }, "layout"> = {
  doc: "the same values in another shape",
  arity: 1,
  attrs: { shape: "dims" },
  type([x], { shape }) {
    if (!sameCount(x.shape, shape)) return `cannot reshape [${x.shape}] to [${shape}]`;
    return { dtype: x.dtype, shape };
  },
  vjp: (b, [x], _y, dy) => [b.reshape(dy, x.type.shape)],
  kernel: family("layout"),
};

// The values of the IR: tensor types with the symbolic batch dimension N, and SSA values. The op table
// (compiler/ops/) and the instructions (types.ts) are both written over these.

export type DType = "f32" | "i32";
export type Dim = number | "N";
export type IrShape = readonly Dim[];

export interface TensorType {
  readonly dtype: DType;
  readonly shape: IrShape;
}

/** An SSA value: a function input or the result of one instruction. */
export interface Value {
  readonly id: number;
  readonly type: TensorType;
}

/** What an attribute holds, whatever its op (the printer's and parser's view). */
export type AttrValue = number | boolean | readonly number[] | readonly Dim[];

export function tensor(dtype: DType, shape: IrShape): TensorType {
  return { dtype, shape };
}

export function fmtType(t: TensorType): string {
  return `${t.dtype}[${t.shape.join(",")}]`;
}

export function sameType(a: TensorType, b: TensorType): boolean {
  return (
    a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i])
  );
}

/** The number of elements for a given batch size. */
export function elementCount(shape: IrShape, batch: number): number {
  let n = 1;
  for (const d of shape) n *= d === "N" ? batch : d;
  return n;
}

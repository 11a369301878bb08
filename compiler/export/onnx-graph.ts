// An ONNX graph as the exporter builds it: nodes in order, the weights as initializers, small constants (shapes,
// axes, scalars) as Constant nodes, and names that never collide with the model's own (its input and parameter
// names). At the end, nodes whose outputs nothing reads are dropped (a constant made and not used), and so is an
// initializer that no kept node reads.

import type { onnx } from "onnx-proto";
import type { Dim } from "../ir/value.js";

/** ONNX's element types (TensorProto.DataType) and attribute types (AttributeProto.AttributeType) used here. */
export const FLOAT = 1;
export const INT32 = 6;
export const INT64 = 7;
const ATTR = { float: 1, int: 2, tensor: 4, ints: 7 } as const;

export type AttrSpec =
  | { readonly float: number }
  | { readonly int: number }
  | { readonly ints: readonly number[] }
  | { readonly tensor: onnx.ITensorProto };

export class OnnxGraph {
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private readonly used = new Set<string>();
  private batch: string | undefined;

  /** `reserved`: the names the model gives its input, parameters and outputs. */
  constructor(
    reserved: Iterable<string>,
    /** The graph input whose axis 0 is the batch, for ops that need N at run time. */
    private readonly batchInput: string,
  ) {
    for (const name of reserved) this.used.add(name);
  }

  /** A name no value of the graph has yet, from `base`. */
  fresh(base: string): string {
    let name = base;
    for (let i = 1; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    return name;
  }

  /** Adds a node; returns its (first) output, which is `out` when given, else a fresh name. */
  node(
    opType: string,
    inputs: readonly string[],
    attrs: Record<string, AttrSpec> = {},
    out?: string,
  ): string {
    const output = out ?? this.fresh(opType.toLowerCase());
    this.used.add(output);
    const attribute = Object.entries(attrs).map(([name, a]) => attribute_(name, a));
    this.nodes.push({ opType, input: [...inputs], output: [output], attribute });
    return output;
  }

  /** A float32 initializer (a weight, named by its checkpoint key, or an exporter-made tensor). */
  initializer(name: string, dims: readonly number[], data: Float32Array): string {
    this.used.add(name);
    this.initializers.push({ ...floatTensor(dims, data), name });
    return name;
  }

  /** A float32 scalar. */
  scalar(value: number): string {
    return this.node("Constant", [], { value: { tensor: floatTensor([], Float32Array.of(value)) } });
  }

  /** A 1-D int64 tensor: a shape, axes, or indices. */
  int64s(values: readonly number[]): string {
    return this.node("Constant", [], { value: { tensor: int64Tensor(values) } });
  }

  /** N as a 1-D int64 tensor of one element, taken from the batch input's shape (computed once). */
  batchDim(): string {
    // Shape's start and end attributes came in opset 15: Gather takes axis 0 from the whole shape.
    this.batch ??= this.node("Gather", [this.node("Shape", [this.batchInput]), this.int64s([0])]);
    return this.batch;
  }

  /** An IR shape as a 1-D int64 tensor, N read from the batch input at run time. */
  shapeOf(dims: readonly Dim[]): string {
    if (!dims.includes("N")) return this.int64s(dims as number[]);
    const parts = dims.map((d) => (d === "N" ? this.batchDim() : this.int64s([d])));
    return this.node("Concat", parts, { axis: { int: 0 } });
  }

  /** The graph's nodes and initializers that the outputs read, in order (unread ones dropped). */
  live(outputs: readonly string[]): { node: onnx.INodeProto[]; initializer: onnx.ITensorProto[] } {
    const read = new Set(outputs);
    const kept: onnx.INodeProto[] = [];
    for (const n of [...this.nodes].reverse()) {
      if (!n.output!.some((o) => read.has(o))) continue;
      kept.push(n);
      for (const i of n.input ?? []) read.add(i);
    }
    return { node: kept.reverse(), initializer: this.initializers.filter((t) => read.has(t.name!)) };
  }
}

function attribute_(name: string, a: AttrSpec): onnx.IAttributeProto {
  if ("float" in a) return { name, type: ATTR.float, f: a.float };
  if ("int" in a) return { name, type: ATTR.int, i: a.int };
  if ("ints" in a) return { name, type: ATTR.ints, ints: [...a.ints] };
  return { name, type: ATTR.tensor, t: a.tensor };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** float32 values as raw little-endian bytes: a view on little-endian hosts, a swapped copy otherwise. */
export function floatTensor(dims: readonly number[], data: Float32Array): onnx.ITensorProto {
  let rawData = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (!LITTLE_ENDIAN) {
    rawData = new Uint8Array(data.byteLength);
    const view = new DataView(rawData.buffer);
    data.forEach((v, i) => view.setFloat32(4 * i, v, true));
  }
  return { dims: [...dims], dataType: FLOAT, rawData };
}

/** int64 values as raw little-endian bytes (ONNX's raw_data is little-endian whatever the host). */
function int64Tensor(values: readonly number[]): onnx.ITensorProto {
  const bytes = new Uint8Array(8 * values.length);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigInt64(8 * i, BigInt(v), true));
  return { dims: [values.length], dataType: INT64, rawData: bytes };
}

// A compiled model's forward program (evaluation mode: dropout the identity, batchnorm on its running statistics)
// as an ONNX model, opset 13: the input named as the model's, its batch axis the symbol N, the output `scores`, and
// the weights as initializers under their checkpoint names (LANGUAGE §6). Each instruction becomes the ONNX node of
// a recognised layer (onnx-patterns.ts) or its op's generic translation (onnx-ops.ts). The protobuf is written with
// onnx-proto's generated code for ONNX's own onnx.proto.

import onnxProto, { type onnx } from "onnx-proto";
import { bug } from "../diagnostics.js";
import type { Func, Instr } from "../ir/types.js";
import type { IrShape, Value } from "../ir/value.js";
import type { CompiledModel } from "../pipeline.js";
import { FLOAT, INT32, OnnxGraph } from "./onnx-graph.js";
import { lowerGeneric, type EmitCtx } from "./onnx-ops.js";
import { matchPattern, type Replacement } from "./onnx-patterns.js";

export const ONNX_OPSET = 13;
/** The IR version that opset 13 came with (ONNX 1.8). */
const IR_VERSION = 7;
/** The batch axis's name in the model's input and output types. */
export const BATCH_DIM = "N";

/**
 * The model's forward program as ONNX protobuf bytes. `weights` holds every parameter and buffer of the model, by
 * checkpoint name, with its element count (the caller checks: runtime/onnx-file.ts).
 */
export function onnxModelBytes(model: CompiledModel, weights: ReadonlyMap<string, Float32Array>): Uint8Array {
  const f = model.programs.forward;
  const params = model.params.map((p) => ({
    name: p.name,
    shape: p.shape,
    data: weights.get(p.name) ?? bug(`no weights for ${p.name}`),
  }));
  return encodeOnnx(f, model.name, params);
}

/** A tensor that the model carries: an input of the function that becomes an initializer. */
export interface OnnxInitializer {
  readonly name: string;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/**
 * Function `f` as ONNX protobuf bytes: the inputs named in `initializers` are initializers, the others graph
 * inputs (the first one's axis 0 is N); its outputs are the graph's.
 */
export function encodeOnnx(f: Func, name: string, initializers: readonly OnnxInitializer[]): Uint8Array {
  const proto = onnxProto.onnx;
  return proto.ModelProto.encode(proto.ModelProto.create(onnxModel(f, name, initializers))).finish();
}

function onnxModel(f: Func, name: string, initializers: readonly OnnxInitializer[]): onnx.IModelProto {
  const carried = new Set(initializers.map((i) => i.name));
  const inputs = f.inputs.filter((i) => !carried.has(i.name));
  const g = new OnnxGraph(
    [...f.inputs.map((i) => i.name), ...f.outputs.map((o) => o.name)],
    inputs[0]?.name ?? "",
  );
  const names = new Map<number, string>();
  for (const i of f.inputs) names.set(i.value.id, i.name);
  const outputNames = new Map(f.outputs.map((o) => [o.value.id, o.name]));
  const c: EmitCtx = { g, name: (v) => names.get(v.id) ?? bug(`value ${v.id} read before it is made`) };
  for (const i of initializers) g.initializer(i.name, i.shape, i.data);

  const defs = new Map<number, Instr>();
  const plans = f.body.map((ins) => {
    const plan = matchPattern((v) => defs.get(v.id), ins) ?? generic(ins);
    defs.set(ins.result.id, ins);
    return plan;
  });
  // Only what the outputs read: the instructions a recognised layer was made of are emitted only when something
  // else reads them too (a convolution's im2col alone would be a large one-hot kernel).
  const needed = new Set(f.outputs.map((o) => o.value.id));
  for (let i = f.body.length - 1; i >= 0; i--)
    if (needed.has(f.body[i]!.result.id)) for (const v of plans[i]!.reads) needed.add(v.id);
  f.body.forEach((ins, i) => {
    if (!needed.has(ins.result.id)) return;
    const out = outputNames.get(ins.result.id) ?? g.fresh(`t${ins.result.id}`);
    names.set(ins.result.id, out);
    plans[i]!.emit(c, out);
  });
  // An output that is not made by an instruction (a network that is the identity) is copied under its name.
  for (const o of f.outputs)
    if (names.get(o.value.id) !== o.name) g.node("Identity", [c.name(o.value)], {}, o.name);

  const { node, initializer } = g.live(f.outputs.map((o) => o.name));
  const graph: onnx.IGraphProto = {
    name,
    node,
    initializer,
    input: inputs.map((i) => valueInfo(i.name, i.value)),
    output: f.outputs.map((o) => valueInfo(o.name, o.value)),
  };
  return {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: "", version: ONNX_OPSET }],
    producerName: "nnc",
    graph,
  };
}

/** An instruction by its op's translation. */
function generic(ins: Instr): Replacement {
  return { reads: ins.args, emit: (c, out) => lowerGeneric(c, ins, out) };
}

function valueInfo(name: string, v: Value): onnx.IValueInfoProto {
  const elemType = v.type.dtype === "f32" ? FLOAT : INT32;
  return { name, type: { tensorType: { elemType, shape: { dim: dims(v.type.shape) } } } };
}

function dims(shape: IrShape): onnx.TensorShapeProto.IDimension[] {
  return shape.map((d) => (d === "N" ? { dimParam: BATCH_DIM } : { dimValue: d }));
}

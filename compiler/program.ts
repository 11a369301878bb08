// The checked program: what resolution and shape checking produce from the AST, and what later phases (IR
// building, training) consume. Every user layer is expanded, every name resolved, every shape known.

import type { BinaryOp } from "./frontend/ast.js";
import type { Shape } from "./shape.js";
import type { SourceFile, Span } from "./source.js";
import type { InitRule, ParamRole, StandardLayerName } from "../stdlib/index.js";
import type {
  DataSource,
  LossSpec,
  OptimizerSpec,
  RegularizerSpec,
  TrainSpec,
  TargetSpec,
} from "./frontend/model-specs.js";

export type NodeId = number;

/** The network as a graph of standard layers and arithmetic, in evaluation order; the last node is the output. */
export type NetNode = InputNode | LayerNode | BinaryNode | NegNode | ConstNode | ConcatNode;

interface NodeBase {
  readonly id: NodeId;
  /** Per example; N leads implicitly. Constants have shape [] and no batch dimension. */
  readonly shape: Shape;
  readonly span: Span;
}

export interface InputNode extends NodeBase {
  readonly kind: "input";
  readonly name: string;
}

export interface LayerNode extends NodeBase {
  readonly kind: "layer";
  readonly layer: StandardLayerName;
  /** The arguments, converted and with defaults filled in, as the layer's signature describes them. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly input: NodeId;
  /** The full stage name: `linear1`, `residual1.conv2d2`. Parameter names are `${stage}.${param}`. */
  readonly stage: string;
}

export interface BinaryNode extends NodeBase {
  readonly kind: "binary";
  readonly op: BinaryOp;
  readonly lhs: NodeId;
  readonly rhs: NodeId;
}

export interface NegNode extends NodeBase {
  readonly kind: "neg";
  readonly operand: NodeId;
}

/** `concat(a, b, …)`: the inputs joined along their first per-example dimension. */
export interface ConcatNode extends NodeBase {
  readonly kind: "concat";
  readonly inputs: readonly NodeId[];
}

export interface ConstNode extends NodeBase {
  readonly kind: "const";
  readonly value: number;
}

export interface ParamInfo {
  /** `fc1.weight`: the checkpoint key (LANGUAGE §6, §10). */
  readonly name: string;
  readonly stage: string;
  readonly shape: Shape;
  readonly role: ParamRole;
  /** How its first values are drawn, as its layer declared. */
  readonly init: InitRule;
  /** A layer's own `regularize=`, which replaces the model-wide regularizers for this weight. */
  readonly regularizers?: readonly RegularizerSpec[];
}

/**
 * An application of a user layer: its stage (`residual1`), the layer's name, and the nodes it expanded to (ids from
 * `first` up to, not including, `end`; nested applications lie inside). `output` is its result, which is the node
 * it was applied to when its body only returns `in`.
 */
export interface LayerUse {
  readonly stage: string;
  readonly layer: string;
  /** The call as written, arguments substituted: `residual(16)`. */
  readonly text: string;
  readonly first: NodeId;
  readonly end: NodeId;
  readonly output: NodeId;
}

/** One row of `nnc check`'s table; user layers nest their stages one level deeper. */
export interface SummaryRow {
  readonly depth: number;
  readonly name: string;
  readonly layer: string;
  readonly shape: Shape;
  readonly params: number;
  /** The network nodes (`CheckedModel.nodes` ids) the row covers, `[first, end)`: one, or a user layer's. */
  readonly nodes: readonly [number, number];
  /** Where the row's stage, expression or input is written (in a user layer's body for the stages inside it). */
  readonly span: Span;
}

export interface CheckedModel {
  readonly name: string;
  readonly span: Span;
  readonly input: { readonly name: string; readonly shape: Shape };
  readonly target: TargetSpec;
  readonly nodes: readonly NetNode[];
  readonly params: readonly ParamInfo[];
  readonly rows: readonly SummaryRow[];
  /** The user layers applied, outer ones before the ones they contain (what `nnc export` writes as modules). */
  readonly uses: readonly LayerUse[];
  /** Trainable parameters, as PyTorch counts them (buffers excluded). */
  readonly parameterCount: number;
  readonly loss: LossSpec;
  readonly regularizers: readonly RegularizerSpec[];
  readonly optimizer: OptimizerSpec;
  /** Undefined when the model has no `train` block: it can be checked, not trained. */
  readonly train: TrainSpec | undefined;
}

export interface CheckedProgram {
  /** The file compiled, then every file it imports. */
  readonly files: readonly SourceFile[];
  readonly models: readonly CheckedModel[];
}

export type { DataSource, InitRule, LossSpec, OptimizerSpec, RegularizerSpec, TrainSpec, TargetSpec };

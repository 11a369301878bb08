// The expanded network: a model's network with every user layer expanded in place, every stage named and every
// name resolved, but no shapes yet. `expandNetwork` makes it; the shape, parameter and summary phases read it.
// Node ids are positions in evaluation order, which the checked model keeps.

import type * as A from "./ast.js";
import type { Bound, Sig } from "./args.js";
import type { NodeId } from "../program.js";
import type { Span } from "../source.js";
import type { StandardLayerName } from "../../stdlib/index.js";

/** An application of a user layer that a node was expanded through. */
export interface Use {
  readonly layer: string;
  /** The call, where the layer was applied. */
  readonly span: Span;
}

interface NodeBase {
  readonly id: NodeId;
  readonly span: Span;
  /** The user layers this node was expanded through, innermost first: its shape depends on each of them. */
  readonly uses: readonly Use[];
}

export type ExpandedNode =
  ExpandedInput | ExpandedLayer | ExpandedBinary | ExpandedNeg | ExpandedConst | ExpandedConcat;

export interface ExpandedInput extends NodeBase {
  readonly kind: "input";
  readonly name: string;
}

export interface ExpandedLayer extends NodeBase {
  readonly kind: "layer";
  readonly layer: StandardLayerName;
  /** The call with the enclosing user layers' arguments substituted, and its arguments bound to the signature. */
  readonly call: A.CallValue;
  readonly bound: Bound<Sig>;
  readonly input: NodeId;
  /** The expression or stage that produced the input, for "this has shape" labels. */
  readonly inputSpan: Span;
  /** The full stage name: `linear1`, `residual1.conv2d2`. */
  readonly stage: string;
}

export interface ExpandedBinary extends NodeBase {
  readonly kind: "binary";
  readonly op: A.BinaryOp;
  readonly lhs: NodeId;
  readonly rhs: NodeId;
  readonly lhsSpan: Span;
  readonly rhsSpan: Span;
}

export interface ExpandedNeg extends NodeBase {
  readonly kind: "neg";
  readonly operand: NodeId;
}

/** `concat(a, b, …)`: joined along the first per-example dimension. */
export interface ExpandedConcat extends NodeBase {
  readonly kind: "concat";
  readonly inputs: readonly NodeId[];
  /** Each operand as written, for "this has shape" labels. */
  readonly inputSpans: readonly Span[];
}

export interface ExpandedConst extends NodeBase {
  readonly kind: "const";
  readonly value: number;
}

/** A row of `nnc check`'s table, in order: a node's, or a user layer's, which covers the nodes it expanded to. */
export type RowPlan =
  | { readonly kind: "node"; readonly node: NodeId; readonly depth: number }
  | {
      readonly kind: "use";
      readonly depth: number;
      readonly stage: string;
      /** The user layer's name. */
      readonly layer: string;
      /** The call as written, arguments substituted: `residual(16)`. */
      readonly text: string;
      /** Where the call is written. */
      readonly span: Span;
      /** Its nodes: ids from `first` up to, not including, `end`. */
      readonly first: NodeId;
      readonly end: NodeId;
      readonly output: NodeId | undefined;
    };

/** The lines of one graph-form body as expanded, for the lint of lines never used. */
export interface BodyLines {
  readonly unused: readonly A.Binding[];
  /** The nodes its lines expanded to: ids from `first` up to, not including, `end`. */
  readonly first: NodeId;
  readonly end: NodeId;
  /** Whether expanding its lines (not naming its stages) raised an error. */
  readonly failed: boolean;
}

export interface ExpandedNetwork {
  readonly nodes: readonly ExpandedNode[];
  /** The network's result, or undefined when an error left it unknown. */
  readonly output: NodeId | undefined;
  readonly rows: readonly RowPlan[];
  /** Every graph-form body expanded, inner ones before the body that uses them. */
  readonly bodies: readonly BodyLines[];
  /** The user layers expanded at least once. */
  readonly used: ReadonlySet<A.LayerDecl>;
}

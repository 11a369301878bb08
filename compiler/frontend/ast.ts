// The AST: plain, typed, immutable objects, each with the span of source it came from. Built from the CST by
// `cst-to-ast.ts`; read by resolution and shape checking; printed by `ast-print.ts` (`nnc compile --emit ast`).

import { type Span } from "../source.js";

export interface Ident {
  readonly name: string;
  readonly span: Span;
}

// Values: the arguments of calls, the right-hand sides of model statements and of constants. A bare name (a
// `CallValue` without parentheses) may name a constant; arithmetic over values is folded before they are checked
// (constants.ts), so the phases after it see numbers.
export type Value = NumberValue | StringValue | BoolValue | ListValue | CallValue | BinaryValue | NegValue;

export interface NumberValue {
  readonly kind: "number";
  readonly value: number;
  /** As written (`1e-3`), so that printing keeps the user's spelling. */
  readonly text: string;
  /** Set when folding computed this number from arithmetic or a constant: what was written, for messages. */
  readonly from?: Value;
  readonly span: Span;
}

export interface StringValue {
  readonly kind: "string";
  readonly value: string;
  readonly span: Span;
}

export interface BoolValue {
  readonly kind: "bool";
  readonly value: boolean;
  readonly span: Span;
}

export interface ListValue {
  readonly kind: "list";
  readonly items: readonly Value[];
  readonly span: Span;
}

/** `linear(512)`, `same`, `l2(1e-4)`: a bare name is a call without parentheses. */
export interface CallValue {
  readonly kind: "call";
  readonly callee: Ident;
  readonly args: readonly Arg[];
  /** Whether `(...)` was written: `relu` and `relu()` mean the same, but `same()` is not a padding. */
  readonly parens: boolean;
  /** Set when folding found no constant of this bare name but one near it, for a "did you mean". */
  readonly nearConstant?: string;
  readonly span: Span;
}

export type ValueOp = "+" | "-" | "*" | "/" | "//" | "%" | "**";

/** `width * 2`: arithmetic in a value (LANGUAGE §4a). Parentheses leave no node; the operand's span covers them. */
export interface BinaryValue {
  readonly kind: "binary";
  readonly op: ValueOp;
  readonly lhs: Value;
  readonly rhs: Value;
  readonly opSpan: Span;
  readonly span: Span;
}

/** `-width`. A minus written right before a number literal is part of the number (`-1`). */
export interface NegValue {
  readonly kind: "neg";
  readonly operand: Value;
  readonly span: Span;
}

export interface Arg {
  readonly name?: Ident;
  readonly value: Value;
  readonly span: Span;
}

// Expressions of graph form.
export type Expr = RefExpr | NumberExpr | BinaryExpr | NegExpr | ApplyExpr | CallExpr;

export interface RefExpr {
  readonly kind: "ref";
  readonly name: Ident;
  readonly span: Span;
}

export interface NumberExpr {
  readonly kind: "num";
  readonly value: NumberValue;
  readonly span: Span;
}

export type BinaryOp = "+" | "-" | "*" | "/";

export interface BinaryExpr {
  readonly kind: "binary";
  readonly op: BinaryOp;
  readonly lhs: Expr;
  readonly rhs: Expr;
  readonly opSpan: Span;
  readonly span: Span;
}

export interface NegExpr {
  readonly kind: "neg";
  readonly operand: Expr;
  readonly span: Span;
}

/** `x -> layer(...)`, or with the stage named, `x -> fc1: linear(10)`. */
export interface ApplyExpr {
  readonly kind: "apply";
  readonly input: Expr;
  /** The stage's name, as `fc1:` in sequential form. */
  readonly name?: Ident;
  readonly layer: CallValue;
  readonly span: Span;
}

/** `concat(a, b)`: a function of tensors. `concat` is the only one; expansion says so of any other name. */
export interface CallExpr {
  readonly kind: "call";
  readonly callee: Ident;
  readonly args: readonly Expr[];
  readonly span: Span;
}

// Network bodies: either a sequence of stages, or bindings and a `return`.
export type Body = SequentialBody | GraphBody;

export interface SequentialBody {
  readonly kind: "sequential";
  readonly stages: readonly Stage[];
  readonly span: Span;
}

export interface Stage {
  readonly name?: Ident;
  readonly layer: CallValue;
  readonly span: Span;
}

export interface GraphBody {
  readonly kind: "graph";
  readonly bindings: readonly Binding[];
  readonly result: Expr;
  readonly span: Span;
}

export interface Binding {
  readonly name: Ident;
  readonly expr: Expr;
  readonly span: Span;
}

export interface LayerParam {
  readonly name: Ident;
  readonly default?: Value;
  readonly span: Span;
}

export interface LayerDecl {
  readonly kind: "layer";
  readonly name: Ident;
  readonly params: readonly LayerParam[];
  readonly body: Body;
  readonly span: Span;
}

/** `const width = 32`, at file level or as a model statement (LANGUAGE §4a). */
export interface ConstDecl {
  readonly kind: "const";
  readonly name: Ident;
  readonly value: Value;
  readonly span: Span;
}

// Model statements, in source order; the resolver checks which are present and how often.
export type ModelStmt =
  ConstDecl | InputStmt | TargetStmt | NetworkStmt | LossStmt | RegularizeStmt | OptimizerStmt | TrainStmt;

export interface InputStmt {
  readonly kind: "input";
  readonly name: Ident;
  readonly shape: Value;
  readonly span: Span;
}

export interface TargetStmt {
  readonly kind: "target";
  readonly name: Ident;
  readonly type: Value;
  readonly span: Span;
}

export interface NetworkStmt {
  readonly kind: "network";
  readonly body: Body;
  readonly span: Span;
}

export interface LossStmt {
  readonly kind: "loss";
  readonly loss: Value;
  readonly span: Span;
}

export interface RegularizeStmt {
  readonly kind: "regularize";
  readonly terms: readonly Value[];
  readonly span: Span;
}

export interface OptimizerStmt {
  readonly kind: "optimizer";
  readonly optimizer: Value;
  readonly span: Span;
}

export interface TrainStmt {
  readonly kind: "train";
  readonly settings: readonly Setting[];
  readonly span: Span;
}

/** `batch 64`: a name and its arguments. */
export interface Setting {
  readonly name: Ident;
  readonly args: readonly Arg[];
  readonly span: Span;
}

export interface ModelDecl {
  readonly kind: "model";
  readonly name: Ident;
  readonly statements: readonly ModelStmt[];
  readonly span: Span;
}

export interface ImportDecl {
  readonly kind: "import";
  readonly path: StringValue;
  readonly span: Span;
}

export interface FileAst {
  readonly imports: readonly ImportDecl[];
  /** File-level constants, in source order. */
  readonly consts: readonly ConstDecl[];
  readonly layers: readonly LayerDecl[];
  readonly models: readonly ModelDecl[];
  readonly span: Span;
}

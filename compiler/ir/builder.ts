// Builds IR functions: every instruction is typed by its op's rule as it is added, so a Builder can only make
// well-typed IR. The layer lowerings, the losses, autodiff and the optimizers all build through it.

import type { Emitter } from "../ops/emitter.js";
import type { SizedWindowAttrs, WindowAttrs } from "../ops/window.js";
import { bug } from "../diagnostics.js";
import { operandProblem, typeRule, type ArgsOf, type AttrsOfOp, type OpKind } from "../ops/index.js";
import { typesOf } from "../ops/op-def.js";
import type { Origin } from "./origin.js";
import { type Func, type Instr, type InstrOf, type NamedValue } from "./types.js";
import { type AttrValue, type Dim, type IrShape, type TensorType, type Value } from "./value.js";

export class Builder implements Emitter {
  private nextId = 0;
  private readonly inputs: NamedValue[] = [];
  private readonly body: Instr[] = [];
  private readonly outputs: NamedValue[] = [];
  private readonly names = new Map<number, string>();
  private readonly origins = new Map<number, Origin>();
  /** The origin of the instructions added now (`within`). */
  private origin: Origin | undefined;

  constructor(readonly name: string) {}

  /** A builder that continues `f`: its inputs, body and outputs, with room for more. */
  static extend(f: Func, name = f.name): Builder {
    const b = new Builder(name);
    for (const item of f.inputs) b.inputs.push(item);
    for (const item of f.body) b.body.push(item);
    for (const item of f.outputs) b.outputs.push(item);
    for (const [id, n] of f.names) b.names.set(id, n);
    for (const [id, o] of f.origins ?? []) b.origins.set(id, o);
    const ids = [...f.inputs.map((i) => i.value.id), ...f.body.map((i) => i.result.id)];
    b.nextId = ids.length ? ids.reduce((a, c) => Math.max(a, c), 0) + 1 : 0;
    return b;
  }

  input(name: string, type: TensorType): Value {
    if (this.inputs.some((i) => i.name === name)) bug(`input ${name} declared twice`);
    const value = { id: this.nextId++, type };
    this.inputs.push({ name, value });
    return value;
  }

  output(name: string, value: Value): void {
    this.outputs.push({ name, value });
  }

  /** Gives a value of the body a name for printing (`d.linear1.weight`); inputs keep theirs. */
  nameValue(value: Value, name: string): void {
    if (!this.inputs.some((i) => i.value.id === value.id)) this.names.set(value.id, name);
  }

  /** Adds an instruction of op `kind`, typed by its op's rule. */
  op<K extends OpKind>(kind: K, args: ArgsOf<K>, attrs: AttrsOfOp<K>): Value {
    const type = typeRule(kind, typesOf(args), attrs);
    if (typeof type === "string") bug(`${kind}: ${type}`);
    const result = { id: this.nextId++, type };
    if (this.origin) this.origins.set(result.id, this.origin);
    const ins: InstrOf<K> = { op: kind, args, attrs, result };
    // An InstrOf<K> is the union's member for K; TypeScript does not relate a generic K to that member.
    this.body.push(ins as Instr);
    return result;
  }

  /**
   * Adds an instruction whose op is known only at run time (the IR parser, the op tests): its arguments and
   * attributes are checked against the op's declaration first.
   */
  checkedOp(kind: OpKind, args: readonly Value[], attrs: Readonly<Record<string, AttrValue>>): Value {
    const problem = operandProblem(kind, args, attrs);
    if (problem) bug(`${kind} ${problem}`);
    // Checked just above: the count of arguments and each attribute fit the op.
    return this.op(kind, args as ArgsOf<OpKind>, attrs as AttrsOfOp<OpKind>);
  }

  /** Runs `build`, recording `origin` as where the instructions it adds come from (the innermost call's wins). */
  within<T>(origin: Origin | undefined, build: () => T): T {
    const outer = this.origin;
    this.origin = origin ?? outer;
    try {
      return build();
    } finally {
      this.origin = outer;
    }
  }

  finish(): Func {
    return {
      name: this.name,
      inputs: [...this.inputs],
      body: [...this.body],
      outputs: [...this.outputs],
      names: new Map(this.names),
      origins: new Map(this.origins),
    };
  }

  // Sugar for the ops that lowerings and gradients use most.

  add = (a: Value, b: Value): Value => this.op("add", [a, b], {});
  sub = (a: Value, b: Value): Value => this.op("sub", [a, b], {});
  mul = (a: Value, b: Value): Value => this.op("mul", [a, b], {});
  div = (a: Value, b: Value): Value => this.op("div", [a, b], {});
  neg = (x: Value): Value => this.op("neg", [x], {});
  exp = (x: Value): Value => this.op("exp", [x], {});
  log = (x: Value): Value => this.op("log", [x], {});
  sqrt = (x: Value): Value => this.op("sqrt", [x], {});
  step = (x: Value): Value => this.op("step", [x], {});
  sign = (x: Value): Value => this.op("sign", [x], {});
  relu = (x: Value): Value => this.op("relu", [x], {});
  pow = (a: Value, b: Value): Value => this.op("pow", [a, b], {});
  equal = (a: Value, b: Value): Value => this.op("equal", [a, b], {});
  greaterEqual = (a: Value, b: Value): Value => this.op("greater_equal", [a, b], {});
  transpose = (x: Value, perm: readonly number[]): Value => this.op("transpose", [x], { perm });
  concat = (a: Value, b: Value, axis: number): Value => this.op("concat", [a, b], { axis });
  slice = (x: Value, axis: number, start: number, size: number): Value =>
    this.op("slice", [x], { axis, start, size });
  im2col = (x: Value, attrs: WindowAttrs): Value => this.op("im2col", [x], attrs);
  col2im = (cols: Value, attrs: SizedWindowAttrs): Value => this.op("col2im", [cols], attrs);
  avgpool = (x: Value, attrs: WindowAttrs): Value => this.op("avgpool", [x], attrs);
  avgpoolBackward = (dy: Value, attrs: SizedWindowAttrs): Value => this.op("avgpool_backward", [dy], attrs);
  maxpoolBackward = (x: Value, dy: Value, attrs: WindowAttrs): Value =>
    this.op("maxpool_backward", [x, dy], attrs);

  scalar(value: number): Value {
    return this.op("constant", [], { value });
  }

  sum(x: Value, axes: readonly number[], keepdims = false): Value {
    return this.op("reduce_sum", [x], { axes, keepdims });
  }

  reshape(x: Value, shape: IrShape): Value {
    return this.op("reshape", [x], { shape });
  }

  broadcast(x: Value, shape: IrShape): Value {
    return this.op("broadcast", [x], { shape });
  }

  matmul(a: Value, b: Value, opts: { transposeA?: boolean; transposeB?: boolean } = {}): Value {
    return this.op("matmul", [a, b], { transpose_a: !!opts.transposeA, transpose_b: !!opts.transposeB });
  }

  /**
   * Sums a gradient that was broadcast from `shape` back down to it: over the leading axes `shape` lacks, and over
   * the axes where it is 1.
   */
  sumTo(dy: Value, shape: IrShape): Value {
    const out = dy.type.shape;
    if (out.length === shape.length && out.every((d, i) => d === shape[i])) return dy;
    const lead = out.length - shape.length;
    const axes: number[] = [];
    for (let i = 0; i < out.length; i++) {
      if (i < lead || (shape[i - lead] === 1 && out[i] !== 1)) axes.push(i);
    }
    const summed = axes.length ? this.sum(dy, axes, true) : dy;
    return this.reshape(summed, shape as Dim[]);
  }
}

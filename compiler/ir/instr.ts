// Instructions read through their op's declaration: attributes in declared order, the type rule, the gradient.
// The passes, the printer and the verifier use these; none of them tests an op's name.

import { attrSchema, typeRule, vjpRule } from "../ops/index.js";
import type { Emitter } from "../ops/emitter.js";
import { typesOf } from "../ops/op-def.js";
import type { Instr } from "./types.js";
import type { AttrValue, TensorType, Value } from "./value.js";

/** An instruction's attributes as name → value, in its op's declared order (printing, hashing). */
export function attrEntries(ins: Instr): [string, AttrValue][] {
  const values: Readonly<Record<string, AttrValue>> = ins.attrs;
  return Object.keys(attrSchema(ins.op)).flatMap((k) => {
    const v = values[k];
    const entry: [string, AttrValue] = [k, v ?? false];
    return v === undefined ? [] : [entry];
  });
}

/** An instruction's type by its op's rule, or why it has none: the IR verifier's check. */
export function instrType(ins: Instr): TensorType | string {
  return typeRule(ins.op, typesOf(ins.args), ins.attrs);
}

/** The gradients of an instruction's arguments given its result's gradient `dy`. */
export function instrVjp(b: Emitter, ins: Instr, dy: Value): readonly (Value | undefined)[] {
  return vjpRule(b, ins.op, ins.args, ins.result, dy, ins.attrs);
}

// Common subexpression elimination: two instructions with the same op, arguments and attributes compute the
// same value (ops are pure), so the later one is dropped and its uses take the earlier one. Also folds the
// identities that autodiff leaves behind: a multiplication by the constant 1, and a reshape or broadcast to the
// shape the value already has.

import type { Func, Instr } from "../ir/types.js";
import type { Value } from "../ir/value.js";
import { mapArgs } from "../ir/types.js";
import { sameType } from "../ir/value.js";

export function eliminateCommonSubexpressions(f: Func): Func {
  const replace = new Map<number, Value>();
  const seen = new Map<string, Value>();
  const constants = new Map<number, number>();
  const sub = (v: Value): Value => replace.get(v.id) ?? v;
  const body: Instr[] = [];
  for (const ins of f.body) {
    const substituted = mapArgs(ins, sub);
    const identity = identityOf(substituted, constants);
    if (identity) {
      replace.set(ins.result.id, identity);
      continue;
    }
    const key = `${ins.op}(${substituted.args.map((a) => a.id).join(",")})${JSON.stringify(ins.attrs)}`;
    const prev = seen.get(key);
    if (prev) {
      replace.set(ins.result.id, prev);
      continue;
    }
    seen.set(key, ins.result);
    if (substituted.op === "constant") constants.set(ins.result.id, substituted.attrs.value);
    body.push(substituted);
  }
  // A named value that was replaced lends its name to the value that replaced it, unless that one has its own.
  const names = new Map(f.names);
  for (const [id, v] of replace) {
    const n = names.get(id);
    if (n !== undefined && !names.has(v.id)) names.set(v.id, n);
    names.delete(id);
  }
  return {
    ...f,
    body,
    outputs: f.outputs.map((o) => ({ name: o.name, value: sub(o.value) })),
    names,
  };
}

/** The argument an instruction returns unchanged, if it does. */
function identityOf(ins: Instr, constants: ReadonlyMap<number, number>): Value | undefined {
  if ((ins.op === "reshape" || ins.op === "broadcast") && sameType(ins.args[0].type, ins.result.type))
    return ins.args[0];
  if (ins.op === "mul") {
    const [a, b] = ins.args;
    if (constants.get(b.id) === 1 && sameType(a.type, ins.result.type)) return a;
    if (constants.get(a.id) === 1 && sameType(b.type, ins.result.type)) return b;
  }
  return undefined;
}

// Common subexpression elimination: two instructions with the same op, arguments and attributes compute the
// same value (ops are pure), so the later one is dropped and its uses take the earlier one. Also folds the
// identities that autodiff leaves behind: a multiplication by the constant 1, and a reshape or broadcast to the
// shape the value already has.

import type { Func, Instr, Value } from "../ir/types.js";
import { sameType } from "../ir/types.js";

export function eliminateCommonSubexpressions(f: Func): Func {
  const replace = new Map<number, Value>();
  const seen = new Map<string, Value>();
  const constants = new Map<number, number>();
  const sub = (v: Value): Value => replace.get(v.id) ?? v;
  const body: Instr[] = [];
  for (const ins of f.body) {
    const args = ins.args.map(sub);
    const identity = identityOf(ins, args, constants);
    if (identity) {
      replace.set(ins.result.id, identity);
      continue;
    }
    const key = `${ins.op}(${args.map((a) => a.id).join(",")})${JSON.stringify(ins.attrs)}`;
    const prev = seen.get(key);
    if (prev) {
      replace.set(ins.result.id, prev);
      continue;
    }
    seen.set(key, ins.result);
    if (ins.op === "constant") constants.set(ins.result.id, ins.attrs["value"] as number);
    body.push({ ...ins, args });
  }
  return {
    ...f,
    body,
    outputs: f.outputs.map((o) => ({ name: o.name, value: sub(o.value) })),
  };
}

/** The argument an instruction returns unchanged, if it does. */
function identityOf(
  ins: Instr,
  args: readonly Value[],
  constants: ReadonlyMap<number, number>,
): Value | undefined {
  if ((ins.op === "reshape" || ins.op === "broadcast") && sameType(args[0]!.type, ins.result.type))
    return args[0];
  if (ins.op === "mul") {
    const [a, b] = args;
    if (constants.get(b!.id) === 1 && sameType(a!.type, ins.result.type)) return a;
    if (constants.get(a!.id) === 1 && sameType(b!.type, ins.result.type)) return b;
  }
  return undefined;
}

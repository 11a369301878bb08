// The IR verifier, run after every pass in the tests: each value is defined once, before its uses; every
// instruction's type is what its op's rule computes; outputs are defined values.

import { attrSchema, opDef } from "../ops/index.js";
import { instrType } from "./instr.js";
import type { Func } from "./types.js";
import { fmtType, sameType } from "./value.js";

/** The problems found; empty for a well-formed function. */
export function verifyFunc(f: Func): string[] {
  const problems: string[] = [];
  const defined = new Set<number>();
  const define = (id: number, what: string) => {
    if (defined.has(id)) problems.push(`${what}: value ${id} defined twice`);
    defined.add(id);
  };
  f.inputs.forEach((i) => define(i.value.id, `input ${i.name}`));
  f.body.forEach((ins, n) => {
    const where = `instruction ${n} (${ins.op})`;
    for (const a of ins.args)
      if (!defined.has(a.id)) problems.push(`${where}: uses value ${a.id} before it is defined`);
    const arity = opDef(ins.op).arity;
    if (ins.args.length !== arity) problems.push(`${where}: ${ins.args.length} arguments, expects ${arity}`);
    const schema = attrSchema(ins.op);
    for (const k of Object.keys(ins.attrs))
      if (!Object.hasOwn(schema, k)) problems.push(`${where}: unknown attribute ${k}`);
    const t = instrType(ins);
    if (typeof t === "string") problems.push(`${where}: ${t}`);
    else if (!sameType(t, ins.result.type))
      problems.push(`${where}: typed ${fmtType(ins.result.type)}, rule says ${fmtType(t)}`);
    define(ins.result.id, where);
  });
  for (const o of f.outputs) if (!defined.has(o.value.id)) problems.push(`output ${o.name} is not defined`);
  return problems;
}

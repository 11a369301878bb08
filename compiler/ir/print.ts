// IR as text (`nnc compile --emit ir|grad`): one instruction per line, values numbered in print order, the result
// type after the colon. `parse.ts` reads it back: printing then parsing gives the same function.

import { attrEntries } from "./instr.js";
import type { Func } from "./types.js";
import type { AttrValue, Value } from "./value.js";
import { fmtType } from "./value.js";

export function printFunc(f: Func): string {
  const names = new Map<number, string>();
  for (const i of f.inputs) names.set(i.value.id, `%${i.name}`);
  let n = 0;
  for (const ins of f.body) names.set(ins.result.id, `%${f.names.get(ins.result.id) ?? n++}`);
  const ref = (v: Value) => names.get(v.id) ?? `%?${v.id}`;
  const params = f.inputs.map((i) => `%${i.name}: ${fmtType(i.value.type)}`).join(", ");
  const results = f.outputs.map((o) => `${o.name}: ${fmtType(o.value.type)}`).join(", ");
  const lines = [`func @${f.name}(${params}) -> (${results}) {`];
  for (const ins of f.body) {
    const entries = attrEntries(ins);
    const attrs = entries.length ? ` {${entries.map(([k, v]) => `${k}=${fmtAttr(v)}`).join(", ")}}` : "";
    const args = ins.args.length ? " " + ins.args.map(ref).join(", ") : "";
    lines.push(`  ${ref(ins.result)} = ${ins.op}${args}${attrs} : ${fmtType(ins.result.type)}`);
  }
  lines.push(`  return ${f.outputs.map((o) => ref(o.value)).join(", ")}`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

export function fmtAttr(v: AttrValue): string {
  if (typeof v === "object") return `[${v.join(",")}]`;
  // String() of a number is the shortest text that reads back as the same value.
  return String(v);
}

// IR as text (`nnc compile --emit ir|grad`): one instruction per line, values numbered in print order, the result
// type after the colon. `parse.ts` reads it back: printing then parsing gives the same function.

import { attrEntries } from "./instr.js";
import type { Func, Instr } from "./types.js";
import type { AttrValue, Value } from "./value.js";
import { fmtType } from "./value.js";

export function printFunc(f: Func): string {
  const ref = refs(f);
  const params = f.inputs.map((i) => `%${i.name}: ${fmtType(i.value.type)}`).join(", ");
  const results = f.outputs.map((o) => `${o.name}: ${fmtType(o.value.type)}`).join(", ");
  const lines = [`func @${f.name}(${params}) -> (${results}) {`];
  for (const ins of f.body) lines.push(`  ${instrLine(ins, ref)}`);
  lines.push(`  return ${f.outputs.map((o) => ref(o.value)).join(", ")}`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** One instruction of `f` as `printFunc` prints it, with the same value numbers. */
export function printInstr(f: Func, ins: Instr): string {
  return instrLine(ins, refs(f));
}

function refs(f: Func): (v: Value) => string {
  const names = new Map<number, string>();
  for (const i of f.inputs) names.set(i.value.id, `%${i.name}`);
  let n = 0;
  for (const ins of f.body) names.set(ins.result.id, `%${f.names.get(ins.result.id) ?? n++}`);
  return (v: Value) => names.get(v.id) ?? `%?${v.id}`;
}

function instrLine(ins: Instr, ref: (v: Value) => string): string {
  const entries = attrEntries(ins);
  const attrs = entries.length ? ` {${entries.map(([k, v]) => `${k}=${fmtAttr(v)}`).join(", ")}}` : "";
  const args = ins.args.length ? " " + ins.args.map(ref).join(", ") : "";
  return `${ref(ins.result)} = ${ins.op}${args}${attrs} : ${fmtType(ins.result.type)}`;
}

export function fmtAttr(v: AttrValue): string {
  if (typeof v === "object") return `[${v.join(",")}]`;
  // String() of a number is the shortest text that reads back as the same value.
  return String(v);
}

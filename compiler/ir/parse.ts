// Reads the IR text that `print.ts` writes, rebuilding each instruction through the Builder, so that a parsed
// function is typed by the same rules; a printed type that disagrees is an error.

import { Builder } from "./builder.js";
import { isOpKind, operandProblem } from "../ops/index.js";
import type { Func } from "./types.js";
import type { AttrValue, Dim, DType, TensorType, Value } from "./value.js";
import { fmtType, sameType } from "./value.js";

export class IrParseError extends Error {}

export function parseFunc(text: string): Func {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("//"));
  const head = /^func @([\w.]+)\((.*)\) -> \((.*)\) \{$/.exec(lines[0] ?? "");
  if (!head) throw new IrParseError(`expected a func header, got: ${lines[0]}`);
  const b = new Builder(head[1]!);
  const values = new Map<string, Value>();
  for (const p of splitTop(head[2]!)) {
    const m = /^%([\w.]+): (.+)$/.exec(p);
    if (!m) throw new IrParseError(`bad parameter: ${p}`);
    values.set(m[1]!, b.input(m[1]!, parseType(m[2]!)));
  }
  const outNames = splitTop(head[3]!).map((r) => {
    const m = /^([\w.]+): (.+)$/.exec(r);
    if (!m) throw new IrParseError(`bad result: ${r}`);
    return { name: m[1]!, type: parseType(m[2]!) };
  });
  for (const line of lines.slice(1, -1)) {
    if (line.startsWith("return")) {
      const refs = line
        .slice("return".length)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (refs.length !== outNames.length)
        throw new IrParseError(`return has ${refs.length} values, header ${outNames.length}`);
      refs.forEach((r, i) => {
        const v = lookup(values, r);
        if (!sameType(v.type, outNames[i]!.type))
          throw new IrParseError(`result ${outNames[i]!.name} has type ${fmtType(v.type)}`);
        b.output(outNames[i]!.name, v);
      });
      continue;
    }
    const m = /^%([\w.]+) = (\w+)(.*?)(?: \{(.*)\})? : (\S+)$/.exec(line);
    if (!m) throw new IrParseError(`bad instruction: ${line}`);
    const [, id, op, argText, attrText, typeText] = m;
    if (!isOpKind(op!)) throw new IrParseError(`unknown op ${op}`);
    const args = argText!
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((r) => lookup(values, r));
    const attrs: Record<string, AttrValue> = {};
    for (const kv of attrText ? splitTop(attrText) : []) {
      const eq = kv.indexOf("=");
      attrs[kv.slice(0, eq).trim()] = parseAttr(kv.slice(eq + 1).trim());
    }
    const problem = operandProblem(op, args, attrs);
    if (problem) throw new IrParseError(`%${id}: ${op} ${problem}`);
    const v = b.checkedOp(op, args, attrs);
    if (!sameType(v.type, parseType(typeText!)))
      throw new IrParseError(`%${id}: printed ${typeText}, computed ${fmtType(v.type)}`);
    if (values.has(id!)) throw new IrParseError(`%${id} is defined twice`);
    if (!/^\d+$/.test(id!)) b.nameValue(v, id!);
    values.set(id!, v);
  }
  return b.finish();
}

function lookup(values: Map<string, Value>, ref: string): Value {
  const v = values.get(ref.replace(/^%/, ""));
  if (!v) throw new IrParseError(`undefined value ${ref}`);
  return v;
}

function parseType(t: string): TensorType {
  const m = /^(f32|i32)\[(.*)\]$/.exec(t.trim());
  if (!m) throw new IrParseError(`bad type ${t}`);
  const shape: Dim[] = m[2] ? m[2].split(",").map((d) => (d === "N" ? "N" : Number(d))) : [];
  return { dtype: m[1] as DType, shape };
}

function parseAttr(s: string): AttrValue {
  if (s === "true" || s === "false") return s === "true";
  if (s.startsWith("[")) {
    const inner = s.slice(1, -1).trim();
    return inner ? inner.split(",").map((d): Dim => (d.trim() === "N" ? "N" : Number(d))) : [];
  }
  return Number(s);
}

/** Splits on commas outside brackets. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (ch === "[" || ch === "(" || ch === "{") depth++;
    if (ch === "]" || ch === ")" || ch === "}") depth--;
    if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

// A value as `.nn` writes it, for messages and summaries: `conv2d(16, 3, padding=same)`, `width * 2`, with the
// parentheses that precedence needs and no others.

import type * as A from "./ast.js";

export function valueText(v: A.Value): string {
  switch (v.kind) {
    case "number":
      return v.text;
    case "string":
      return JSON.stringify(v.value);
    case "bool":
      return String(v.value);
    case "list":
      return `[${v.items.map(valueText).join(", ")}]`;
    case "call":
      return v.parens || v.args.length
        ? `${v.callee.name}(${v.args.map(argText).join(", ")})`
        : v.callee.name;
    case "neg":
      return `-${operandText(v.operand, PRECEDENCE.neg)}`;
    case "binary": {
      const p = precedence(v);
      // `**` groups to the right and the others to the left: the other side needs parentheses at equal precedence.
      const right = v.op === "**";
      return `${operandText(v.lhs, right ? p + 1 : p)} ${v.op} ${operandText(v.rhs, right ? PRECEDENCE.neg : p + 1)}`;
    }
  }
}

const PRECEDENCE = { sum: 1, product: 2, neg: 3, power: 4, atom: 5 } as const;

function precedence(v: A.Value): number {
  if (v.kind === "neg" || (v.kind === "number" && v.text.startsWith("-"))) return PRECEDENCE.neg;
  if (v.kind !== "binary") return PRECEDENCE.atom;
  if (v.op === "+" || v.op === "-") return PRECEDENCE.sum;
  return v.op === "**" ? PRECEDENCE.power : PRECEDENCE.product;
}

/** `v` as an operand of an operator that binds `min` tightly: in parentheses when it binds less. */
function operandText(v: A.Value, min: number): string {
  return precedence(v) < min ? `(${valueText(v)})` : valueText(v);
}

export function argText(a: A.Arg): string {
  return a.name ? `${a.name.name}=${valueText(a.value)}` : valueText(a.value);
}

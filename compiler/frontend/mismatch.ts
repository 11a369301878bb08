// What a value of the wrong kind is told: "must be an integer, not a string" (E2006), a fraction that arithmetic made
// where an integer is needed, with the arithmetic (E3009), or a bare name near a constant (E2019).

import type * as A from "./ast.js";
import { fmtNumber, sourceText } from "./constants.js";
import { valueText } from "./value-text.js";
import { error, primary, secondary, type Diagnostic } from "../diagnostics.js";
import type { Span } from "../source.js";

function kindWord(v: A.Value): string {
  switch (v.kind) {
    case "number":
      return Number.isInteger(v.value) ? "an integer" : "a number";
    case "string":
      return "a string";
    case "bool":
      return "a boolean";
    case "list":
      return "a list";
    case "call":
      return v.parens ? `a call of \`${v.callee.name}\`` : `the name \`${v.callee.name}\``;
    case "binary":
    case "neg":
      return "arithmetic";
  }
}

export function typeMismatch(v: A.Value, expected: string, what: string): Diagnostic {
  if (/integer/.test(expected)) {
    const fraction = computedFraction(v);
    if (fraction) return notWhole(fraction, what);
  }
  if (v.kind === "call" && v.nearConstant && /integer|number/.test(expected))
    return error("E2019", `unknown name \`${v.callee.name}\``, [
      primary(v.callee.span, "not a constant"),
    ]).withHelp(`did you mean \`${v.nearConstant}\`?`);
  // Past 2^53 a double no longer holds every integer, so the literal would not mean what it says.
  if (v.kind === "number" && Number.isInteger(v.value) && !Number.isSafeInteger(v.value))
    return error("E2006", `${what} is too large: integers here are at most 2^53 − 1 (9007199254740991)`, [
      primary(v.span, "too large to be exact"),
    ]);
  return error("E2006", `${what} must be ${expected}, not ${kindWord(v)}`, [
    primary(v.span, `expected ${expected}`),
  ]);
}

/** The first number in `v` that arithmetic or a constant made, and that is not whole. */
function computedFraction(v: A.Value): A.NumberValue | undefined {
  if (v.kind === "number") return v.from && !Number.isInteger(v.value) ? v : undefined;
  if (v.kind === "list") return v.items.map(computedFraction).find((n) => n);
  return undefined;
}

/** E3009: `65 / 2` where an integer is needed, with the arithmetic as the constants' values make it. */
function notWhole(n: A.NumberValue, what: string): Diagnostic {
  const from = n.from!;
  const written = sourceText(from);
  const worked = valueText(from);
  const shown = worked === written || from.kind === "call" ? "" : `${worked} = `;
  const d = error("E3009", `\`${written}\` is ${shown}${fmtNumber(n.value)}, not a whole number`, [
    primary(n.span, `${what} needs an integer`),
  ]);
  const outside = (at: Span) => at.file !== n.span.file || at.start < n.span.start || at.end > n.span.end;
  // Where the numbers came from, when not written here: a constant's definition, a user layer's use.
  const operands = from.kind === "binary" ? [from.lhs, from.rhs] : from.kind === "neg" ? [from.operand] : [];
  const labels = outside(from.span)
    ? [secondary(from.span, "computed here")]
    : operands
        .filter((o) => o.kind === "number" && outside(o.span))
        .map((o) => secondary(o.span, `this is ${valueText(o)}`));
  const divides = from.kind === "binary" && from.op === "/";
  return d
    .withLabels(...labels)
    .withHelp(divides ? "`//` divides and rounds down: `65 // 2` is 32" : "give it a whole number");
}

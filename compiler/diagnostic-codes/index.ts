// The catalogue of diagnostic codes: every code nnc emits, with its title (the README's table), a longer
// explanation, an example that raises it and the fix. In: a code as a user types it; out: the text that
// `nnc explain CODE` prints, as `rustc --explain` does.

import { editDistance } from "../frontend/suggest.js";
import { CONSTANT_NAME_CODES, CONSTANT_VALUE_CODES } from "./constants.js";
import { DECLARATION_CODES } from "./declarations.js";
import type { CodeInfo } from "./entry.js";
import { NAME_CODES } from "./names.js";
import { SHAPE_CODES } from "./shapes.js";
import { SYNTAX_CODES } from "./syntax.js";
import { WARNING_CODES } from "./warnings.js";

export type { CodeInfo } from "./entry.js";

/** Every code by phase, in order: E1xxx syntax, E2xxx names, E3xxx shapes and values, W0xxx warnings. */
export const DIAGNOSTIC_CODES = {
  ...SYNTAX_CODES,
  ...NAME_CODES,
  ...DECLARATION_CODES,
  ...CONSTANT_NAME_CODES,
  ...SHAPE_CODES,
  ...CONSTANT_VALUE_CODES,
  ...WARNING_CODES,
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof DIAGNOSTIC_CODES;

function isCode(code: string): code is Code {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}

/** The long explanation of `code` (any case: `e3002` is `E3002`), or undefined when nnc has no such code. */
export function explainCode(code: string): string | undefined {
  const key = code.trim().toUpperCase();
  return isCode(key) ? renderExplanation(key, DIAGNOSTIC_CODES[key]) : undefined;
}

/** Every code, in the catalogue's order. */
const CODES: readonly Code[] = Object.keys(DIAGNOSTIC_CODES).filter(isCode);

/**
 * The code nearest to one that names none, for a "did you mean": one edit away (`E302`, `e3020`), and of those
 * the closest in number, so that `E3009` suggests `E3008` rather than `E1009`.
 */
export function suggestCode(code: string): Code | undefined {
  const typed = code.trim().toUpperCase();
  const number = (c: string) => Number(c.replace(/^[A-Z]/, ""));
  const gap = (c: Code) => Math.abs(number(c) - number(typed)) || 0;
  const near = CODES.filter((c) => editDistance(typed, c) <= 1);
  return near.sort((a, b) => gap(a) - gap(b))[0];
}

function renderExplanation(code: Code, info: CodeInfo): string {
  const warning = code.startsWith("W");
  const sets = Object.entries(info.set ?? {}).map(([k, v]) => ` \`--set ${k}=${v}\``);
  const checked =
    info.model !== undefined
      ? `, checked with \`--model ${info.model}\``
      : sets.length
        ? `, checked with${sets.join("")}`
        : "";
  const parts = [
    `${warning ? "warning" : "error"}[${code}]: ${info.title}`,
    info.explanation,
    `${warning ? "Example" : "Erroneous code example"}${checked}:`,
    fence(info.example),
    info.fix,
    ...(info.fixed === undefined ? [] : [fence(info.fixed)]),
  ];
  return parts.join("\n\n") + "\n";
}

function fence(program: string): string {
  return "```nn\n" + program + "\n```";
}

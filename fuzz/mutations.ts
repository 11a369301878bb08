// Mutations of real programs (the examples, the golden cases, generated programs): edits at the byte level
// (any character, control characters and odd Unicode included) and at the token level (a token deleted,
// duplicated, swapped or replaced by another of the language), a few at a time.

import fc from "fast-check";

/** Tokens as the mutator sees them: names, numbers, strings, arrows, single symbols, runs of space. */
const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?(?:e-?\d+)?|"[^"\n]*"|->|\s+|./gsu;

/** Pieces worth inserting: the language's tokens, and text that has broken compilers before. */
const PIECES = [
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  ",",
  "=",
  ":",
  ";",
  "\n",
  "->",
  "+",
  "-",
  "*",
  "/",
  "0",
  "-1",
  "1e9",
  "1e999",
  "99999999999999999999",
  "0.5",
  "x",
  "in",
  "h",
  "linear",
  "conv2d(3, 99)",
  "relu",
  "flatten",
  "return",
  "model",
  "layer",
  "import",
  'import "x.nn"',
  "network",
  "loss",
  "train",
  "same",
  "true",
  "class(0)",
  '"',
  "#",
  "\t",
  "\u001b[2J",
  "\u0000",
  "\u202e",
  "\ufeff",
  "é",
  "😀",
  "\r\n",
  "((((((((",
  "a".repeat(100),
];

type Edit =
  | { kind: "delete-bytes"; at: number; length: number }
  | { kind: "insert-bytes"; at: number; text: string }
  | { kind: "replace-byte"; at: number; code: number }
  | { kind: "duplicate-bytes"; at: number; length: number }
  | { kind: "delete-token"; at: number }
  | { kind: "duplicate-token"; at: number; times: number }
  | { kind: "swap-tokens"; at: number; with: number }
  | { kind: "insert-piece"; at: number; piece: string };

// Positions are fractions of the text (or of its tokens), so that one edit means something in any text.
const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete-bytes" as const), at, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant("insert-bytes" as const),
    at,
    text: fc.string({ unit: "binary", maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("replace-byte" as const), at, code: fc.integer({ min: 0, max: 0x7f }) }),
  fc.record({ kind: fc.constant("duplicate-bytes" as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("delete-token" as const), at }),
  fc.record({ kind: fc.constant("duplicate-token" as const), at, times: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant("swap-tokens" as const), at, with: at }),
  fc.record({ kind: fc.constant("insert-piece" as const), at, piece: fc.constantFrom(...PIECES) }),
);

export const edits: fc.Arbitrary<Edit[]> = fc.array(edit, { minLength: 1, maxLength: 4 });

function apply(text: string, e: Edit): string {
  const i = Math.floor(e.at * (text.length + 1));
  switch (e.kind) {
    case "delete-bytes":
      return text.slice(0, i) + text.slice(i + e.length);
    case "insert-bytes":
      return text.slice(0, i) + e.text + text.slice(i);
    case "replace-byte":
      return text.slice(0, i) + String.fromCharCode(e.code) + text.slice(i + 1);
    case "duplicate-bytes":
      return text.slice(0, i + e.length) + text.slice(i, i + e.length) + text.slice(i + e.length);
    default:
      return applyToTokens(text.match(TOKEN) ?? [], e).join("");
  }
}

function applyToTokens(tokens: string[], e: Edit): string[] {
  const t = [...tokens];
  const i = Math.floor(e.at * t.length);
  switch (e.kind) {
    case "delete-token":
      t.splice(i, 1);
      return t;
    case "duplicate-token":
      // Many copies of one token: long chains, deep nesting, thousands of statements.
      if ((t[i] ?? "").length <= 40) t.splice(i, 0, ...Array<string>(e.times).fill(t[i] ?? ""));
      return t;
    case "swap-tokens": {
      const j = Math.floor(e.with * t.length);
      [t[i], t[j]] = [t[j] ?? "", t[i] ?? ""];
      return t;
    }
    case "insert-piece":
      t.splice(i, 0, e.piece);
      return t;
    default:
      return t;
  }
}

/** Longest a mutated source grows: edits compound, and a run of thousands of cases must stay quick. */
const MAX_LENGTH = 200_000;

/** `text` with `list` applied in order. */
export function mutate(text: string, list: readonly Edit[]): string {
  return list.reduce((s, e) => apply(s, e).slice(0, MAX_LENGTH), text);
}

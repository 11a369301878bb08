// Where the cursor is, for completion, read from the text before it: inside a call's parentheses (its argument
// names, or after `init=` an initialiser), after a statement's keyword (`loss `, `optimizer `, `data `), or on a
// line of its own in a block (a network's layers, a model's statements, a train block's settings). Comments are
// blanked first, so a `(` or `{` in one changes nothing.

import { tokenize } from "../grammar/tokens.js";
import type { Family } from "./vocabulary.js";

export type CompletionContext =
  | { readonly kind: "arguments"; readonly callee: string }
  | { readonly kind: "family"; readonly family: Family }
  | { readonly kind: "values"; readonly words: readonly string[] }
  | { readonly kind: "block"; readonly block: "network" | "model" | "train" | "file" };

const STATEMENT_FAMILIES: Readonly<Record<string, Family>> = {
  loss: "loss",
  optimizer: "optimizer",
  regularize: "regularizer",
  data: "data",
};

const ARGUMENT_VALUES: Readonly<Record<string, Family | readonly string[]>> = {
  init: "initialiser",
  lr: "schedule",
  regularize: "regularizer",
  padding: ["same", "valid"],
};

export function completionContext(text: string, offset: number): CompletionContext {
  const before = withoutComments(text.slice(0, offset));
  const open = openParen(before);
  if (open !== undefined) {
    const callee = /([A-Za-z_]\w*)\s*$/.exec(before.slice(0, open))?.[1];
    const arg = /(?:^|[(,])\s*([A-Za-z_]\w*)\s*=\s*[\w.]*$/.exec(before.slice(open))?.[1];
    if (arg !== undefined) {
      const values = ARGUMENT_VALUES[arg];
      if (typeof values === "string") return { kind: "family", family: values };
      if (values) return { kind: "values", words: values };
    }
    if (callee) return { kind: "arguments", callee };
  }
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const words = line.trimStart().split(/\s+/); // `loss ` is two words: the keyword and one begun
  const family = words.length > 1 ? STATEMENT_FAMILIES[words[0]!] : undefined;
  if (family) return { kind: "family", family };
  if (words[0] === "metrics" && words.length > 1) return { kind: "values", words: ["accuracy", "top5"] };
  return { kind: "block", block: enclosingBlock(before) };
}

function withoutComments(text: string): string {
  let out = text;
  for (const c of tokenize(text).comments)
    out =
      out.slice(0, c.startOffset) + " ".repeat(c.image.length) + out.slice(c.startOffset + c.image.length);
  return out;
}

/** The offset of the innermost `(` still open at the end of `text`, within the current block. */
function openParen(text: string): number | undefined {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "{" || c === "}") return undefined;
    if (c === ")") depth++;
    else if (c === "(") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** The kind of the innermost `{` still open: what its line starts with. */
function enclosingBlock(text: string): "network" | "model" | "train" | "file" {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "}") depth++;
    else if (c === "{") {
      if (depth > 0) {
        depth--;
        continue;
      }
      const head = text
        .slice(text.lastIndexOf("\n", i) + 1, i)
        .trim()
        .split(/\s+/)[0];
      if (head === "model") return "model";
      if (head === "train") return "train";
      return "network"; // `network {` and `layer name(...) {` hold layers alike
    }
  }
  return "file";
}

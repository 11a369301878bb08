// Completion items for a context (completion-context.ts): names from the compiler's tables with their signatures,
// the file's own user layers among the standard ones, and `name=` for a call's arguments.

import { CompletionItemKind, type CompletionItem } from "vscode-languageserver/node.js";
import type { Analysis } from "./analysis.js";
import { completionContext } from "./completion-context.js";
import { FAMILIES, findSig, KEYWORD_WORDS, signatureText, type Family } from "./vocabulary.js";

const MODEL_STATEMENTS = ["const", "input", "target", "network", "loss", "regularize", "optimizer", "train"];
const FILE_ITEMS = ["import", "const", "layer", "model"];

export function completions(a: Analysis, offset: number): CompletionItem[] {
  const ctx = completionContext(a.text, offset);
  switch (ctx.kind) {
    case "arguments":
      return argumentItems(a, ctx.callee);
    case "family":
      return familyItems(ctx.family);
    case "values":
      return ctx.words.map((w) => ({ label: w, kind: CompletionItemKind.EnumMember }));
    case "block":
      switch (ctx.block) {
        case "network":
          return [...familyItems("layer"), ...userLayerItems(a), keyword("return")];
        case "train":
          return familyItems("setting");
        case "model":
          return MODEL_STATEMENTS.map(keyword);
        case "file":
          return FILE_ITEMS.map(keyword);
      }
  }
}

const KINDS: Readonly<Record<Family, CompletionItemKind>> = {
  layer: CompletionItemKind.Function,
  loss: CompletionItemKind.Value,
  optimizer: CompletionItemKind.Value,
  schedule: CompletionItemKind.Value,
  regularizer: CompletionItemKind.Value,
  data: CompletionItemKind.Value,
  initialiser: CompletionItemKind.Value,
  setting: CompletionItemKind.Property,
};

function familyItems(family: Family): CompletionItem[] {
  return Object.entries(FAMILIES[family]).map(([name, sig]) => ({
    label: name,
    kind: KINDS[family],
    detail: `${family} ${signatureText(name, sig)}`,
  }));
}

function userLayerItems(a: Analysis): CompletionItem[] {
  return (a.result.ast?.layers ?? []).map((l) => ({
    label: l.name.name,
    kind: CompletionItemKind.Function,
    detail: `layer ${l.name.name}(${l.params.map((p) => p.name.name).join(", ")})`,
  }));
}

/** `units=`, `bias=`: the arguments of a standard call, or of one of the file's layers. */
function argumentItems(a: Analysis, callee: string): CompletionItem[] {
  const found = findSig(callee);
  const names = found
    ? Object.keys(found.sig)
    : (a.result.ast?.layers.find((l) => l.name.name === callee)?.params.map((p) => p.name.name) ?? []);
  return names.map((n) => ({
    label: `${n}=`,
    kind: CompletionItemKind.Field,
    ...(found && { detail: found.sig[n]!.type.describe }),
  }));
}

function keyword(word: string): CompletionItem {
  return {
    label: word,
    kind: KEYWORD_WORDS.includes(word) ? CompletionItemKind.Keyword : CompletionItemKind.Value,
  };
}

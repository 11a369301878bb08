// The playground's colours (compiler/frontend/highlight.ts): the lexer's tokens as keyword, layer, number, string
// and comment stretches; a name is a layer when the standard library or the file's own `layer` declares it.

import { describe, expect, it } from "vitest";
import { highlight } from "../compiler/frontend/highlight.js";

function shown(text: string): [string, string][] {
  return highlight(text).map((h) => [h.kind, text.slice(h.start, h.end)]);
}

describe("highlight", () => {
  it("colours keywords, standard and declared layers, numbers, strings and comments", () => {
    const text = [
      "layer Block(n) {",
      "  linear(n) -> relu  # a comment",
      "}",
      "model M {",
      "  input x: [2]",
      '  train { data csv("a.csv") }',
      "  network { Block(3) -> hidden }",
      "}",
    ].join("\n");
    expect(shown(text)).toEqual([
      ["keyword", "layer"],
      ["layer", "Block"],
      ["layer", "linear"],
      ["layer", "relu"],
      ["comment", "# a comment"],
      ["keyword", "model"],
      ["keyword", "input"],
      ["number", "2"],
      ["keyword", "train"],
      ["string", '"a.csv"'],
      ["keyword", "network"],
      ["layer", "Block"],
      ["number", "3"],
    ]);
  });

  it("keeps one stretch for an unterminated string, and lexes what it cannot as plain", () => {
    expect(shown('data csv("a.csv\n@ 1')).toEqual([
      ["string", '"a.csv'],
      ["number", "1"],
    ]);
  });
});

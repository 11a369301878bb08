// The VS Code extension's TextMate grammar (editors/vscode/) against the lexer (grammar/tokens.ts): every keyword
// token the lexer has is highlighted as a keyword or a language constant, every standard layer as a layer, and
// comments and strings are the lexer's (a `#` in a string is no comment). The grammar is run by a small TextMate
// matcher: at each position the pattern that matches earliest wins, ties going to the first listed, as in VS Code.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KEYWORDS } from "../grammar/tokens.js";
import { STANDARD_LAYERS } from "../stdlib/index.js";

interface Rule {
  include?: string;
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Record<string, { name: string }>;
}

const ROOT = join(import.meta.dirname, "..");
const grammar = JSON.parse(
  readFileSync(join(ROOT, "editors/vscode/syntaxes/nn.tmLanguage.json"), "utf8"),
) as {
  patterns: Rule[];
  repository: Record<string, Rule>;
};
const rules = grammar.patterns.map((p) => grammar.repository[p.include!.slice(1)]!);

/** Each character of `line` with the scope the grammar gives it ("" where none). */
function scopes(line: string): string[] {
  const out = Array<string>(line.length).fill("");
  let at = 0;
  while (at < line.length) {
    let best: { index: number; length: number; rule: Rule; m: RegExpExecArray } | undefined;
    for (const rule of rules) {
      const re = new RegExp(rule.match ?? rule.begin!, "gd");
      re.lastIndex = at;
      const m = re.exec(line);
      if (m && m[0].length && (!best || m.index < best.index))
        best = { index: m.index, length: m[0].length, rule, m };
    }
    if (!best) break;
    let end = best.index + best.length;
    if (best.rule.begin) {
      const close = new RegExp(best.rule.end!, "g");
      close.lastIndex = end;
      const m = close.exec(line)!;
      end = m.index + m[0].length;
    }
    for (let i = best.index; i < end; i++) out[i] = best.rule.name ?? "";
    for (const [group, { name }] of Object.entries(best.rule.captures ?? {})) {
      const range = best.m.indices![Number(group)];
      if (range) for (let i = range[0]; i < range[1]; i++) out[i] = name;
    }
    at = end;
  }
  return out;
}

const scopeAt = (line: string, word: string): string => scopes(line)[line.indexOf(word)]!;

describe("the TextMate grammar", () => {
  it("highlights every keyword token of the lexer", () => {
    const words = KEYWORDS.map((k) => (k.PATTERN as RegExp).source);
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) expect(scopeAt(`${w} x`, w), w).toMatch(/^(keyword|constant\.language)\./);
  });

  it("highlights every standard layer", () => {
    for (const name of Object.keys(STANDARD_LAYERS))
      expect(scopeAt(`    ${name}(3)`, name), name).toMatch(/^support\.function\./);
  });

  it("reads comments and strings as the lexer does", () => {
    const line = 'data csv("a#b.csv")  # the data (and a "quote")';
    expect(scopeAt(line, "#b")).toMatch(/^string\./);
    expect(scopeAt(line, "# the")).toMatch(/^comment\./);
    expect(scopeAt(line, "(and")).toMatch(/^comment\./);
  });

  it("does not take a keyword used as an argument name for a statement", () => {
    expect(scopeAt("linear(4, regularize=l2(1e-3))", "regularize")).toBe("variable.parameter.nn");
    expect(scopeAt("sgd(lr=1e-3)", "1e-3")).toBe("constant.numeric.nn");
  });
});

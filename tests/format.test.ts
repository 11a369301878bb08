// `nnc fmt` (issue 13): the canonical layout never changes what a file means (its AST, spans aside, is the same
// before and after), keeps every comment in order, and is idempotent, over every example and golden case that
// parses and over programs drawn and mutated by the fuzzer; and the layout's rules, one fact each.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSource } from "../compiler/format/format.js";
import { parseFile } from "../compiler/frontend/parse.js";
import { hasErrors } from "../compiler/diagnostics.js";
import { SourceFile } from "../compiler/source.js";
import { tokenize } from "../grammar/tokens.js";
import { readCorpus } from "../fuzz/corpus.js";
import { sources } from "../fuzz/run.js";

const ROOT = join(import.meta.dirname, "..");

function nnFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return nnFiles(path);
    return name.endsWith(".nn") ? [path] : [];
  });
}

/** The AST with every source position dropped. */
function shape(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(shape);
  if (x && typeof x === "object")
    return Object.fromEntries(
      Object.entries(x)
        .filter(([k]) => k !== "span" && k !== "opSpan")
        .map(([k, v]) => [k, shape(v)]),
    );
  return x;
}

function astOf(text: string): unknown {
  const parsed = parseFile(new SourceFile("x.nn", text));
  return parsed.value && !hasErrors(parsed.diagnostics) ? shape(parsed.value) : undefined;
}

const comments = (text: string): string[] => tokenize(text).comments.map((c) => c.image.trimEnd());

/** The three properties, for a source that parses; false when it does not. */
function checkFormat(source: string): boolean {
  const before = astOf(source);
  if (before === undefined) return false;
  const once = formatSource(source).text!;
  expect(astOf(once), "the AST changed").toEqual(before);
  expect(comments(once), "a comment was lost or moved out of order").toEqual(comments(source));
  expect(formatSource(once).text, "formatting twice changed the text").toBe(once);
  return true;
}

const fmt = (text: string): string => formatSource(text).text!;

describe("fmt keeps meaning and comments, and is idempotent", () => {
  const files = [...nnFiles(join(ROOT, "examples")), ...nnFiles(join(ROOT, "tests", "golden"))].sort();

  it("on every example and golden case that parses", () => {
    let parsed = 0;
    for (const f of files) if (checkFormat(readFileSync(f, "utf8"))) parsed++;
    expect(parsed).toBeGreaterThan(60);
  });

  it("leaves the examples as they are (they are formatted)", () => {
    for (const f of nnFiles(join(ROOT, "examples"))) {
      const text = readFileSync(f, "utf8");
      expect(fmt(text), f).toBe(text);
    }
  });

  it("on programs drawn from the grammar and mutated", () => {
    const corpus = readCorpus();
    fc.assert(
      fc.property(sources(corpus), (s) => {
        checkFormat(s);
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});

describe("fmt's layout", () => {
  it("refuses a file with syntax errors, with their diagnostics", () => {
    const r = formatSource("model M {\n  network { linear( }\n}\n");
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toContain("E1001");
  });

  it("puts one statement on a line and indents by two", () => {
    expect(fmt("model M {input x: [2];target   y: class(3)\n}")).toBe(
      "model M {\n  input  x: [2]\n  target y: class(3)\n}\n",
    );
  });

  it("keeps a block written on one line on one line, and joins a call broken over lines", () => {
    const text = "model M {\n  train {data  spiral(classes=3) ; batch 8}\n  loss hinge(\n margin=2)\n}\n";
    expect(fmt(text)).toBe(
      "model M {\n  train { data spiral(classes=3); batch 8 }\n  loss hinge(margin=2)\n}\n",
    );
  });

  it("keeps one blank line where there were several, none at a block's edges", () => {
    expect(fmt("model M {\n\n  loss mse\n\n\n\n  optimizer sgd\n\n}\n")).toBe(
      "model M {\n  loss mse\n\n  optimizer sgd\n}\n",
    );
  });

  it("puts a blank line around a declaration of several lines, not between one-line ones", () => {
    expect(
      fmt('import "a.nn"\nlayer k { relu }\nlayer l { relu }\nmodel M {\n  loss mse\n}\nlayer m { relu }\n'),
    ).toBe(
      'import "a.nn"\nlayer k { relu }\nlayer l { relu }\n\nmodel M {\n  loss mse\n}\n\nlayer m { relu }\n',
    );
  });

  it("writes only the parentheses that precedence needs", () => {
    const text =
      "layer l {\n  a = ((in)) + (in * in)\n  b = (a - (a - a)) -> relu\n  return -(a -> relu) * (-a)\n}\n";
    expect(fmt(text)).toBe(
      "layer l {\n  a = in + in * in\n  b = (a - (a - a)) -> relu\n  return -a -> relu * -a\n}\n",
    );
  });

  it("keeps `relu()` and `relu` apart, and a string's escapes", () => {
    expect(fmt('model M {\n  network { relu(); relu }\n  train { data csv("a\\"b.csv") }\n}\n')).toBe(
      'model M {\n  network { relu(); relu }\n  train { data csv("a\\"b.csv") }\n}\n',
    );
  });

  it("puts each comment back where it was", () => {
    const text = [
      "# file",
      "model M {   # the model",
      "  # the input",
      "  input x: [2]  # one point",
      "  network {",
      "    linear(3)  # scores",
      "    # the end",
      "  }  # network",
      "  train { data spiral(classes=3, # three arms",
      "    points=9) }",
      "}",
      "# trailer",
      "",
    ].join("\n");
    expect(fmt(text)).toBe(
      [
        "# file",
        "model M {  # the model",
        "  # the input",
        "  input x: [2]  # one point",
        "  network {",
        "    linear(3)  # scores",
        "    # the end",
        "  }  # network",
        "  train {",
        "    # three arms",
        "    data spiral(classes=3, points=9)",
        "  }",
        "}",
        "# trailer",
        "",
      ].join("\n"),
    );
  });

  it("lines up keywords, binding names and trailing comments in a run of lines", () => {
    const text = "model M {\n  loss mse # a\n  regularize l2(1) # b\n  optimizer sgd\n}\n";
    expect(fmt(text)).toBe(
      "model M {\n  loss       mse    # a\n  regularize l2(1)  # b\n  optimizer  sgd\n}\n",
    );
  });
});

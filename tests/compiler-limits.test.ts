// The compiler never throws (issue 11): nesting past the limits is E1012, error recovery stops after a bounded
// number of errors, nothing recurses as deep as the file is long, and what a diagnostic prints is bounded and
// free of raw control characters.

import { describe, expect, it } from "vitest";
import { compile, renderAll, renderSummary, SourceFile, type CompileResult } from "../index.js";
import { Diagnostic, error, primary } from "../compiler/diagnostics.js";
import { span } from "../compiler/source.js";
import { run } from "../cli/run.js";

/** A model around `network`'s lines, after `before` (user layers). */
function program(network: string, before = ""): string {
  return `${before}model M {
  input  x: [2]
  target y: class(3)
  network {
${network}
  }
  loss      cross_entropy
  optimizer sgd(lr=0.1)
  train { data spiral; batch 32 }
}
`;
}

const codes = (r: CompileResult) => r.diagnostics.map((d) => d.code);
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("deep nesting is E1012, not a stack overflow", () => {
  it("300 parentheses", () => {
    const r = compile(program(`    h = ${"(".repeat(300)}x${")".repeat(300)}\n    return h -> linear(3)`));
    expect(codes(r)).toEqual(["E1012"]);
    expect(r.diagnostics[0]!.message).toContain("more than 64 levels");
  });

  it("10,000 unary minus signs, and lists and calls nested 300 deep", () => {
    expect(codes(compile(program(`    h = ${"- ".repeat(10_000)}x\n    return h -> linear(3)`)))).toEqual([
      "E1012",
    ]);
    expect(codes(compile(program(`    reshape(${"[".repeat(300)}2${"]".repeat(300)})`)))).toEqual(["E1012"]);
    expect(codes(compile(program(`    linear(${"f(".repeat(300)}2${")".repeat(300)})`)))).toEqual(["E1012"]);
  });

  it("an expression of 50,000 additions or applications", () => {
    for (const chain of [" + x", " -> relu"]) {
      const r = compile(program(`    h = x${chain.repeat(50_000)}\n    return h -> linear(3)`));
      expect(codes(r)).toEqual(["E1012"]);
      expect(r.diagnostics[0]!.message).toContain("more than 256 operations");
    }
  });

  it("2,000 user layers, each using the next", () => {
    const layers = Array.from({ length: 2000 }, (_, i) => `layer L${i} { L${i + 1} }\n`).join("");
    const r = compile(program("    L0\n    linear(3)", `${layers}layer L2000 { relu }\n`));
    expect(codes(r)).toEqual(["E1012"]);
    expect(r.diagnostics[0]!.message).toContain("more than 64 user layers");
  });

  it("but 60 parentheses and 250 operations still compile", () => {
    expect(
      compile(program(`    h = ${"(".repeat(60)}x${")".repeat(60)}\n    return h -> linear(3)`)).ok,
    ).toBe(true);
    expect(compile(program(`    h = x${" -> relu".repeat(250)}\n    return h -> linear(3)`)).ok).toBe(true);
  });
});

describe("error recovery stops", () => {
  it("5,000 bad statements give at most 100 errors and one line saying so", () => {
    const r = compile(program(Array.from({ length: 5000 }, () => "    = = = ;").join("\n")));
    expect(r.diagnostics.length).toBeLessThanOrEqual(101);
    expect(r.diagnostics.at(-1)!.message).toBe(
      "too many errors: the parser gave up after 100 syntax errors and read no further",
    );
  });

  it("20,000 stray characters give 100 errors, then the same line", () => {
    const r = compile(program("    linear(3) " + "$ ".repeat(20_000)));
    expect(r.diagnostics.length).toBe(101);
    expect(r.diagnostics.at(-1)!.message).toContain("too many");
  });

  it("100,000 arguments and 20,000 unknown layers are diagnostics, at most 100 of them", () => {
    const args = compile(program(`    linear(3${", 1".repeat(100_000)})`));
    expect(args.diagnostics.length).toBe(101);
    const stages = compile(program(Array(20_000).fill("    foo").join("\n")));
    expect(stages.diagnostics.length).toBe(101);
    expect(stages.diagnostics.at(-1)!.message).toBe("too many errors: only the first 100 are shown");
    expect(renderAll(stages.diagnostics)).toMatch(/\nerror: 100 errors found\n$/);
  });

  it("renderAll shows at most 100 errors of a longer list", () => {
    const f = new SourceFile("a.nn", "x\n");
    const many = Array.from({ length: 1000 }, () => error("E1002", "bad", [primary(span(f, 0, 1))]));
    expect(renderAll(many).match(/^error\[E1002\]/gm)!.length).toBe(100);
  });
});

describe("nothing recurses as deep as the file is long", () => {
  it("150,000 stages compile and their summary prints", () => {
    const r = compile(program(Array(150_000).fill("    relu").join("\n") + "\n    linear(3)"));
    expect(r.ok).toBe(true);
    expect(renderSummary(r.program!.models[0]!)).toContain("relu150000");
  }, 60_000);
});

describe("diagnostics are safe to print", () => {
  it("escape control characters of the source line", () => {
    const r = compile(program("    linear(3) \u001b[2J\u001b[31mboom \u0007"));
    const out = renderAll(r.diagnostics);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain(String.raw`linear(3) \x1b[2J\x1b[31mboom \x07`);
    expect(out).toContain("unexpected character `\\x1b`");
  });

  it("keep the caret under the escaped character", () => {
    const r = compile(program("    \u001b linear(3)"));
    const lines = renderAll(r.diagnostics).split("\n");
    const excerpt = lines.findIndex((l) => l.includes(String.raw`\x1b linear`));
    expect(lines[excerpt + 1]!.indexOf("^")).toBe(lines[excerpt]!.indexOf("\\"));
  });

  it("shorten a 5 MB name, and print a few lines for it, quickly", () => {
    const start = performance.now();
    const r = compile(program(`    ${"a".repeat(5_000_000)}(3)`));
    const out = renderAll(r.diagnostics);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(out.length).toBeLessThan(3000);
    expect(out).toContain(`unknown layer \`${"a".repeat(40)}…\``);
  });

  it("render a 34 MB name without overflowing a regular expression's stack (found by the fuzzer)", () => {
    const r = compile(program(`    del${"model".repeat(7_000_000)}`));
    expect(renderAll(r.diagnostics)).toContain(`\`del${"model".repeat(7)}mo…\``);
  });

  it("bound a diagnostic's text whatever its message", () => {
    const f = new SourceFile("a.nn", "x\n");
    const d = new Diagnostic("error", "E1002", "m".repeat(10) + " " + "z ".repeat(100_000), [
      primary(span(f, 0, 1)),
    ]);
    expect(d.render().length).toBeLessThan(2000);
  });

  it("accept a UTF-8 byte-order mark at the start of a file, and only there", () => {
    expect(compile("\ufeff" + program("    linear(3)")).ok).toBe(true);
    const inside = compile(program("    \ufefflinear(3)"));
    expect(codes(inside)).toEqual(["E1002"]);
    expect(renderAll(inside.diagnostics)).toContain("`\\u{feff}`");
  });
});

describe("numbers past what nnc can hold", () => {
  it("an overflowing integer literal says it is too large", () => {
    const r = compile(program("    linear(99999999999999999999)"));
    expect(r.diagnostics[0]!.message).toBe(
      "argument `units` is too large: integers here are at most 2^53 − 1 (9007199254740991)",
    );
  });

  it("a seed past 2^32 − 1 in the file is E3008", () => {
    const r = compile(program("    linear(3)").replace("batch 32", "batch 32; seed 4294967296"));
    expect(codes(r)).toEqual(["E3008"]);
    expect(r.diagnostics[0]!.message).toContain("at most 4294967295");
  });

  it("--seed past 2^32 − 1 is bad usage naming the range", async () => {
    let err = "";
    const spiral = new URL("../examples/spiral.nn", import.meta.url).pathname;
    const code = await run(["train", spiral, "--seed", "99999999999999999999"], {
      stdout: () => {},
      stderr: (t) => (err += t),
    });
    expect(code).toBe(2);
    expect(err).toContain("expected an integer from 0 to 4294967295 (2^32 − 1)");
  });
});

// Constants and arithmetic (LANGUAGE §4a), `--set` through the API and the CLI, stage names in graph form and
// `concat` (§5): what each means, stated one fact at a time.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, type CompileOptions, type CompiledModel } from "../index.js";
import { run } from "../cli/run.js";

const FAMILY = `
const classes = 10
const width   = 32

model Family {
  const hidden = width * 4
  input  image: [1, 28, 28]
  target label: class(classes)
  network {
    conv2d(width, 3, padding=same)
    conv2d(width * 2, 3, padding=same)
    flatten
    linear(hidden)
    linear(classes)
  }
  loss      cross_entropy
  optimizer sgd(lr=0.1 / 2, momentum=0.9)
}
`;

function model(source: string, options: CompileOptions = {}): CompiledModel {
  const r = compile(source, options);
  expect(r.diagnostics.map((d) => d.render())).toEqual([]);
  return r.program!.models[0]!;
}

function shapeOf(m: CompiledModel, name: string): readonly number[] | undefined {
  return m.params.find((p) => p.name === name)?.shape;
}

/** The value of `const x = EXPR`, through a layer's units. */
function evaluate(expr: string): number {
  const m = model(`const x = ${expr}
model M { input i: [2]; target t: class(x); network { linear(x) }; loss cross_entropy; optimizer sgd(lr=0.1) }`);
  return shapeOf(m, "linear1.bias")![0]!;
}

describe("constants", () => {
  it("compile LANGUAGE §4a's example as written", () => {
    const m = model(FAMILY);
    expect(shapeOf(m, "conv2d2.weight")).toEqual([64, 32, 3, 3]);
    expect(shapeOf(m, "linear1.weight")).toEqual([128, 64 * 28 * 28]);
    expect(m.optimizer).toMatchObject({ kind: "sgd", lr: 0.05, momentum: 0.9 });
  });

  it("fold arithmetic as Python does: precedence, `//` and `%` toward −∞, `**` to the right", () => {
    expect(evaluate("2 + 3 * 4")).toBe(14);
    expect(evaluate("(2 + 3) * 4")).toBe(20);
    expect(evaluate("2 ** 3 ** 2 // 64")).toBe(8);
    expect(evaluate("-7 // 2 + 10")).toBe(6);
    expect(evaluate("-7 % 3")).toBe(2);
    expect(evaluate("20 - 2 ** 2")).toBe(16);
    expect(evaluate("-2 ** 2 + 7")).toBe(3);
    expect(evaluate("64 / 2")).toBe(32);
  });

  it("let a model's constant hide the file's of the same name", () => {
    const m = model(`const units = 3
model M { const units = 5; input i: [2]; target t: class(units); network { linear(units) }; loss cross_entropy; optimizer sgd(lr=0.1) }`);
    expect(shapeOf(m, "linear1.bias")).toEqual([5]);
  });

  it("let `+` join strings", () => {
    const m = model(`const dir = "data/"
model M { input i: [2]; target t: class(2); network { linear(2) }; loss cross_entropy; optimizer sgd(lr=0.1)
  train { data csv(dir + "x.csv") } }`);
    expect(m.train?.data).toMatchObject({ kind: "csv", path: "data/x.csv" });
  });

  it("let `const` no longer be a name", () => {
    const r = compile(`model M { input const: [2] }`);
    expect(r.diagnostics.map((d) => d.code)).toContain("E1001");
  });

  it("show 65 / 2 where an integer is needed as E3009, with the constants' values", () => {
    const r = compile(
      FAMILY.replace("const width   = 32", "const width   = 65").replace("width * 2", "width / 2"),
    );
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["E3009", "`width / 2` is 65 / 2 = 32.5, not a whole number"],
    ]);
  });
});

describe("`set`", () => {
  it("replaces a file constant before checking, and a dependent constant follows it", () => {
    const m = model(FAMILY, { set: { width: 16 } });
    expect(shapeOf(m, "conv2d1.weight")).toEqual([16, 1, 3, 3]);
    expect(shapeOf(m, "linear1.weight")).toEqual([64, 32 * 28 * 28]);
  });

  it("replaces a model's constant", () => {
    const m = model(FAMILY, { set: { hidden: 7 } });
    expect(shapeOf(m, "linear1.bias")).toEqual([7]);
  });

  it("naming no constant is E2020 with a suggestion", () => {
    const r = compile(FAMILY, { set: { widht: 16 } });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.help])).toEqual([["E2020", ["did you mean `width`?"]]]);
  });

  it("of a fraction where an integer is needed is E3009", () => {
    expect(compile(FAMILY, { set: { width: 6.5 } }).diagnostics.map((d) => d.code)).toContain("E3009");
  });
});

describe("`--set` on the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "nnc-set-"));
  const path = join(dir, "family.nn");
  writeFileSync(path, FAMILY);
  async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { code, out, err };
  }

  it("is repeatable, and numbers are numbers", async () => {
    const r = await nnc("check", path, "--set", "width=8", "--set", "classes=3");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/conv2d1\.weight +\[8, 1, 3, 3\]/);
    expect(r.out).toMatch(/linear2\.bias +\[3\]/);
  });

  it("naming no constant exits 1 with E2020", async () => {
    const r = await nnc("check", path, "--set", "widht=8");
    expect(r.code).toBe(1);
    expect(r.err).toContain("error[E2020]: `--set widht=8` names no constant");
  });

  it("without `=` is bad usage", async () => {
    expect((await nnc("compile", path, "--emit", "ir", "--set", "width")).code).toBe(2);
  });
});

describe("graph form", () => {
  const GRAPH = `
model G {
  input  x: [2, 4, 4]
  target y: class(3)
  network {
    a = x -> conv2d(3, 1)
    b = x -> branch: conv2d(5, 3, padding=same)
    return concat(a, b, x) -> flatten -> fc1: linear(8) -> linear(3)
  }
  loss      cross_entropy
  optimizer sgd(lr=0.1)
}`;

  it("names a stage written `x -> name: layer`, and ranks the unnamed ones after it", () => {
    const m = model(GRAPH);
    expect(m.params.map((p) => p.name)).toEqual([
      "conv2d1.weight",
      "conv2d1.bias",
      "branch.weight",
      "branch.bias",
      "fc1.weight",
      "fc1.bias",
      "linear2.weight",
      "linear2.bias",
    ]);
  });

  it("joins along the channels: concat of [3, 4, 4], [5, 4, 4] and [2, 4, 4] is [10, 4, 4]", () => {
    const m = model(GRAPH);
    expect(m.nodes.find((n) => n.kind === "concat")?.shape).toEqual([10, 4, 4]);
    expect(shapeOf(m, "fc1.weight")).toEqual([8, 160]);
  });

  it("refuses two stages of one name (E2008)", () => {
    const r = compile(GRAPH.replace("branch: conv2d", "fc1: conv2d"));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E2008"]);
  });
});

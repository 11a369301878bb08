// `nnc train --check-numerics` (issue 11, item 8): every instruction of the training step knows where it came from
// (a layer and its source line, the loss, a penalty, an optimizer update, or the backward pass of one of them), and
// a checked run that diverges names the first instruction whose result held a NaN or an infinity.

import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, pickModel } from "../index.js";
import { describeOrigin } from "../compiler/ir/origin.js";
import { run } from "../cli/run.js";

const spiral = join(import.meta.dirname, "..", "examples", "spiral.nn");
const dir = mkdtempSync(join(tmpdir(), "nnc-numerics-"));

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe("the training step's origins", () => {
  const m = pickModel(compile(readFileSync(spiral, "utf8"), { filename: "spiral.nn" }).program!, undefined);
  const f = m.programs.step.train;
  const origins = f.body.map((ins) => f.origins?.get(ins.result.id));
  const described = new Set(origins.map((o) => (o ? describeOrigin(o) : "none")));

  it("name each layer with its source line, the loss, the penalty, the backward pass and the updates", () => {
    expect(described).toContain("layer `scores` at spiral.nn:10:13 (`linear(3)`)");
    expect(described).toContain("layer `hidden` at spiral.nn:8:13 (`linear(100)`)");
    expect(described).toContain("the backward pass of layer `hidden` at spiral.nn:8:13 (`linear(100)`)");
    expect(described).toContain("loss `cross_entropy`");
    expect(described).toContain("the l2 penalty of `hidden.weight`");
    expect(described).toContain("sgd's update of `scores.bias`");
  });

  it("cover every instruction but the step's own bookkeeping", () => {
    const without = f.body.filter((_, i) => !origins[i]).map((ins) => ins.op);
    // The gradient's seed and the accuracy count (argmax, cast, equal, sum) belong to no stage.
    expect(without.length).toBeLessThanOrEqual(8);
  });
});

describe("nnc train --check-numerics", () => {
  const save = join(dir, "Spiral.safetensors");

  it("names the instruction, layer and source line of the first infinity, on the CPU", async () => {
    // lr 1e30: the first step leaves weights of ~1e30, whose product in the second step's last layer overflows.
    const r = await nnc("train", spiral, "--lr", "1e30", "--check-numerics", "--save", save);
    expect(r.code).toBe(1);
    expect(r.err).toContain("check-numerics: the checks run on the CPU backend\n");
    expect(r.err).toMatch(
      /^error: step 2 made a NaN or infinity first in `%\d+ = matmul %\d+, %scores\.weight \{transpose_a=false, transpose_b=true\} : f32\[N,3\]`, in layer `scores` at .*spiral\.nn:10:13 \(`linear\(3\)`\); the last finite weights \(after step 1\) are in .*Spiral\.safetensors$/m,
    );
  });

  it("is suggested when a run without it diverges", async () => {
    const r = await nnc("train", spiral, "--lr", "1e30", "--backend", "cpu", "--save", save);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /NaN or infinite at step \d+ \(--check-numerics names the instruction that made it\); /,
    );
  });

  it("trains as usual where nothing overflows", async () => {
    const r = await nnc("train", spiral, "--epochs", "3", "--check-numerics", "--save", save);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^done after 15 steps/m);
  });
});

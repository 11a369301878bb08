// `nnc check --verbose`: FLOPs per example and activation memory per stage, against values worked out by hand for
// a small convolutional net, and the memory of a training step at the file's batch.

import { describe, expect, it } from "vitest";
import { compile, stageCosts } from "../index.js";
import { run } from "../cli/run.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SOURCE = `model Small {
  input  image: [1, 6, 6]
  target label: class(3)
  network { conv2d(2, 3); relu; maxpool(2); flatten; linear(3) }
  loss      cross_entropy
  optimizer sgd(lr=0.1, momentum=0.9)
  train { data csv("small.csv"); batch 4; epochs 1 }
}
`;

describe("nnc check --verbose", () => {
  const m = compile(SOURCE, { filename: "small.nn" }).program!.models[0]!;

  it("counts FLOPs per stage as a multiply-add of 2, element-wise ops 1 per element", () => {
    const byStage = Object.fromEntries(m.rows.map((r, i) => [r.name, stageCosts(m)[i]!]));
    // conv2d(2, 3) on [1, 6, 6] → [2, 4, 4]: 2·4·4 outputs of 1·3·3 multiply-adds, then a bias per output.
    expect(byStage["conv2d1"]!.flops).toBe(2 * (2 * 4 * 4) * (1 * 3 * 3) + 2 * 4 * 4);
    expect(byStage["relu1"]!.flops).toBe(2 * 4 * 4);
    // maxpool(2) → [2, 2, 2]: each output looks at a 2×2 window.
    expect(byStage["maxpool1"]!.flops).toBe(2 * 2 * 2 * 4);
    expect(byStage["flatten1"]!.flops).toBe(0);
    // linear(3) on 8 features: 8·3 multiply-adds and 3 biases.
    expect(byStage["linear1"]!.flops).toBe(2 * 8 * 3 + 3);
    // Activations: the stage's float32 output for one example.
    expect(byStage["image"]!.activations).toBe(4 * 36);
    expect(byStage["conv2d1"]!.activations).toBe(4 * 32);
    expect(byStage["maxpool1"]!.activations).toBe(4 * 8);
    expect(byStage["linear1"]!.activations).toBe(4 * 3);
  });

  it("prints the table, the total, the convention, and a training step's memory at the file's batch", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nnc-verbose-"));
    writeFileSync(join(dir, "small.nn"), SOURCE);
    let out = "";
    const code = await run(["check", join(dir, "small.nn"), "--verbose"], {
      stdout: (t) => (out += t),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^  conv2d1\s+\[N, 2, 4, 4\]\s+608\s+128 B$/m);
    // 608 + 32 + 32 + 0 + 51 FLOPs; 144 + 128 + 128 + 32 + 32 + 12 bytes.
    expect(out).toMatch(/^  total\s+723\s+476 B$/m);
    expect(out).toContain("a multiply-add counts as 2 FLOPs");
    // Parameters: conv 2·1·3·3 + 2, linear 3·8 + 3 = 47 floats; SGD's momentum keeps one buffer per parameter.
    expect(out).toContain("a training step at batch 4:");
    expect(out).toMatch(/^    parameters\s+188 B$/m);
    expect(out).toMatch(/^    gradients\s+188 B$/m);
    expect(out).toMatch(/^    optimizer state\s+188 B$/m);
    expect(out).toMatch(/^    activations\s+\d/m);
  });

  it("leaves the plain summary as it was without --verbose", async () => {
    let out = "";
    const dir = mkdtempSync(join(tmpdir(), "nnc-verbose-"));
    writeFileSync(join(dir, "small.nn"), SOURCE);
    await run(["check", join(dir, "small.nn")], { stdout: (t) => (out += t), stderr: () => {} });
    expect(out).not.toContain("FLOPs");
  });
});

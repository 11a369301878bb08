// Training on the CPU through the API and the CLI: accuracy on the spiral, determinism, --steps, NaN stops,
// --resume, early stopping, the --log lines and bad checkpoints.

import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile } from "../index.js";
import { train } from "../runtime/train.js";
import { readSafetensors } from "../runtime/checkpoint/index.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-train-"));
const example = (name: string) => join(import.meta.dirname, "..", "examples", name);

function programOf(source: string) {
  const r = compile(source, { filename: "test.nn" });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.render()).join("\n"));
  return r.program!;
}

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const SPIRAL_ADAM = `model S {
  input p: [2]
  target c: class(3)
  network { linear(32); tanh; dropout(0.1); linear(3) }
  loss cross_entropy
  optimizer adam(lr=0.01)
  train { data spiral(classes=3, points=50); batch 32; epochs 4 }
}`;

// A learning rate that overflows float32 within two steps.
const DIVERGES = SPIRAL_ADAM.replace("tanh; dropout(0.1)", "relu").replace("adam(lr=0.01)", "sgd(lr=1e30)");

describe("training on the CPU", () => {
  it("examples/spiral.nn reaches at least 95% training accuracy", async () => {
    const r = compile(readFileSync(example("spiral.nn"), "utf8"), { filename: "spiral.nn" });
    const result = await train(r.program!);
    expect(result.reason).toBe("epochs");
    expect(result.test!.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("gives the same weights, bit for bit, for the same seed, and others for another", async () => {
    const p = programOf(SPIRAL_ADAM);
    const a = await train(p);
    const b = await train(p);
    const c = await train(p, { seed: 1 });
    for (const [k, v] of a.weights) expect(Array.from(b.weights.get(k)!)).toEqual(Array.from(v));
    expect(Array.from(c.weights.get("linear1.weight")!)).not.toEqual(
      Array.from(a.weights.get("linear1.weight")!),
    );
  });

  it("stops after --steps, mid-epoch, and still evaluates", async () => {
    const r = await train(programOf(SPIRAL_ADAM), { steps: 3 });
    expect(r.reason).toBe("steps");
    expect(r.position).toEqual({ epoch: 0, stepInEpoch: 3, step: 3 });
    expect(r.test!.accuracy).not.toBeNull();
  });

  it("resumes exactly where it stopped: 3 steps then the rest equals one run", async () => {
    const p = programOf(SPIRAL_ADAM);
    const whole = await train(p);
    const first = await train(p, { steps: 3 });
    const rest = await train(p, {
      resume: { weights: first.weights, optimizerState: first.optimizerState, position: first.position },
    });
    for (const [k, v] of whole.weights) expect(Array.from(rest.weights.get(k)!)).toEqual(Array.from(v));
  });

  it("stops on a NaN loss with the step number, keeping the last good weights", async () => {
    const p = programOf(DIVERGES);
    const r = await train(p);
    expect(r.reason).toBe("nan");
    expect(r.nanStep).toBeGreaterThan(1);
    for (const v of r.weights.values()) expect(v.every(Number.isFinite)).toBe(true);
  });

  it("stops early when the validation loss stops improving", async () => {
    const p = programOf(
      SPIRAL_ADAM.replace(
        "epochs 4",
        "epochs 50; validation 0.2; early_stop patience=1, min_delta=10",
      ).replace("dropout(0.1); ", ""),
    );
    const r = await train(p);
    expect(r.reason).toBe("early_stop");
    expect(r.epochs.length).toBe(2);
    expect(r.epochs[0]!.val).not.toBeNull();
  });
});

describe("nnc train", () => {
  it("trains the spiral, prints epoch lines, writes the log and the weights", async () => {
    const save = join(dir, "spiral.safetensors");
    const log = join(dir, "spiral.jsonl");
    const r = await nnc("train", example("spiral.nn"), "--save", save, "--log", log, "--epochs", "3");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^epoch 1\/3  train loss \d\.\d{4}  train accuracy \d+\.\d%  \d+\.\ds$/m);
    const lines = readFileSync(log, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l["event"])).toEqual(["epoch", "epoch", "epoch", "end"]);
    expect(Object.keys(lines[0]!)).toEqual(
      expect.arrayContaining([
        "epoch",
        "steps",
        "train_loss",
        "train_accuracy",
        "test_loss",
        "test_accuracy",
        "val_loss",
        "val_accuracy",
        "lr",
        "seconds",
        "samples_per_second",
      ]),
    );
    expect(lines[3]).toMatchObject({ event: "end", reason: "epochs", parameters: 603, backend: "cpu" });
    const ckpt = readSafetensors(save);
    expect([...ckpt.tensors.keys()]).toEqual([
      "hidden.weight",
      "hidden.bias",
      "scores.weight",
      "scores.bias",
    ]);
    expect(ckpt.tensors.get("hidden.weight")!.shape).toEqual([100, 2]);
  });

  it("--init starts from saved weights; a checkpoint that does not fit is one line and exit 1", async () => {
    const save = join(dir, "init.safetensors");
    expect((await nnc("train", example("spiral.nn"), "--save", save, "--steps", "1", "--quiet")).code).toBe(
      0,
    );
    const ok = await nnc(
      "train",
      example("spiral.nn"),
      "--init",
      save,
      "--steps",
      "1",
      "--save",
      join(dir, "b.safetensors"),
    );
    expect(ok.code).toBe(0);
    const other = join(dir, "other.nn");
    writeFileSync(other, readFileSync(example("spiral.nn"), "utf8").replace("linear(100)", "linear(50)"));
    const bad = await nnc(
      "train",
      other,
      "--init",
      save,
      "--steps",
      "1",
      "--save",
      join(dir, "c.safetensors"),
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/error: .*hidden\.weight.*\[100, 2\].*\[50, 2\]/);
    expect(existsSync(join(dir, "c.safetensors"))).toBe(false);
    const corrupt = join(dir, "corrupt.safetensors");
    writeFileSync(corrupt, "not a checkpoint at all");
    const broken = await nnc("train", example("spiral.nn"), "--init", corrupt, "--steps", "1");
    expect(broken.code).toBe(1);
    expect(broken.err.trim().split("\n")).toHaveLength(1);
  });

  it("--resume continues a run cut short by --steps to the weights of an uninterrupted one", async () => {
    const model = join(dir, "resume.nn");
    writeFileSync(model, SPIRAL_ADAM);
    const whole = join(dir, "whole.safetensors");
    const part = join(dir, "part.safetensors");
    const rest = join(dir, "rest.safetensors");
    expect((await nnc("train", model, "--save", whole, "--quiet")).code).toBe(0);
    expect((await nnc("train", model, "--save", part, "--steps", "7", "--quiet")).code).toBe(0);
    expect((await nnc("train", model, "--resume", part, "--save", rest, "--quiet")).code).toBe(0);
    const a = readSafetensors(whole).tensors;
    const b = readSafetensors(rest).tensors;
    for (const [k, v] of a) expect(Array.from(b.get(k)!.data), k).toEqual(Array.from(v.data));
  });

  it("exits 1 with the step number when the loss becomes NaN", async () => {
    const bad = join(dir, "diverge.nn");
    writeFileSync(bad, DIVERGES);
    const r = await nnc("train", bad, "--save", join(dir, "diverge.safetensors"), "--quiet");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/NaN or infinite at step \d+/);
  });

  it("nnc eval reports metrics of saved weights; nnc gradcheck passes on the spiral", async () => {
    const save = join(dir, "eval.safetensors");
    await nnc("train", example("spiral.nn"), "--save", save, "--quiet");
    const e = await nnc("eval", example("spiral.nn"), "--weights", save);
    expect(e.code).toBe(0);
    expect(e.out).toMatch(/^train examples 300  accuracy 9\d\.\d%  loss 0\.\d{4}$/m);
    const g = await nnc("gradcheck", example("spiral.nn"));
    expect(g.code).toBe(0);
    expect(g.out).toContain("all 4 tensors within tolerance");
  });
});

describe("nnc train on bad data", () => {
  it("names the file, the line and the column of a bad CSV cell, and exits 1", async () => {
    const model = join(dir, "csv.nn");
    writeFileSync(
      model,
      `model C {\n  input x: [2]\n  target y: class(2)\n  network { linear(2) }\n  loss cross_entropy\n  optimizer sgd(lr=0.1)\n  train { data csv("bad.csv", label="y") }\n}\n`,
    );
    writeFileSync(join(dir, "bad.csv"), "a,b,y\n1,2,0\n3,oops,1\n");
    const r = await nnc("train", model, "--save", join(dir, "csv.safetensors"));
    expect(r.code).toBe(1);
    const errors = r.err.split("\n").filter((l) => l.startsWith("error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/bad\.csv.*(line )?3/);
    expect(existsSync(join(dir, "csv.safetensors"))).toBe(false);
  });

  it("refuses labels outside class(K)", async () => {
    const model = join(dir, "labels.nn");
    writeFileSync(
      model,
      `model C {\n  input x: [2]\n  target y: class(2)\n  network { linear(2) }\n  loss cross_entropy\n  optimizer sgd(lr=0.1)\n  train { data csv("labels.csv", label="y") }\n}\n`,
    );
    writeFileSync(join(dir, "labels.csv"), "a,b,y\n1,2,0\n3,4,7\n");
    const r = await nnc("train", model, "--save", join(dir, "labels.safetensors"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error: .*labels\.csv.*7/);
  });
});

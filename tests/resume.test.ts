// `--resume` means resume (issue 11): a run stopped anywhere (--steps, an interrupt, mid-epoch or at an epoch's end)
// and resumed from its files ends with the bits of an uninterrupted run, early stopping, schedules and validation
// splits included; early stopping keeps the best epoch's weights; the two checkpoint files are one unit; --resume
// with --init, and resuming a finished run, are refused or said.

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile, loadResume, saveCheckpoint, type CompiledProgram, type Weights } from "../index.js";
import { readSafetensors } from "../runtime/checkpoint/index.js";
import { train } from "../runtime/train.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-resume-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

// Early stopping that triggers at epoch 5 with the best validation loss at epoch 2 (seed 0), dropout (its seeds
// per step), Adam (its t), a schedule (per epoch) and a validation split (from the seed).
const EARLY = `model S {
  input p: [2]
  target c: class(3)
  network { linear(32); tanh; dropout(0.1); linear(3) }
  loss cross_entropy
  optimizer adam(lr=step(0.05, every=2, gamma=0.5))
  train { data spiral(classes=3, points=50); batch 16; epochs 200; validation 0.3; early_stop patience=3 }
}`;

function programOf(source: string): CompiledProgram {
  const r = compile(source, { filename: "test.nn" });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.render()).join("\n"));
  return r.program!;
}

function expectSameBits(a: Weights, b: Weights): void {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [k, v] of a) expect(Array.from(b.get(k)!), k).toEqual(Array.from(v));
}

describe("resuming through the checkpoint files", () => {
  const p = programOf(EARLY);
  const m = p.models[0]!;

  /** Stops the run after `at` steps with an interrupt, writes its checkpoint and resumes from the files. */
  async function interruptAndResume(at: number) {
    const stop = new AbortController();
    const path = join(dir, `cut-${at}.safetensors`);
    const first = await train(p, {
      signal: stop.signal,
      onStep: (s) => s.step === at && stop.abort(),
      onCheckpoint: (c) => saveCheckpoint(path, m, c),
    });
    expect(first.reason).toBe("interrupt");
    expect(first.position.step).toBe(at);
    return train(p, { resume: loadResume(path, m, m.programs.step.states) });
  }

  it("early stopping keeps the best epoch's weights and says which", async () => {
    const whole = await train(p);
    expect(whole.reason).toBe("early_stop");
    expect(whole.position.step).toBe(35);
    expect(whole.restored?.epoch).toBe(2);
    expect(whole.restored?.valLoss).toBe(whole.epochs[1]!.val!.loss);
    // The weights returned are the ones epoch 2 ended with, and they are what the final metrics measure.
    const two = await train(p, { epochs: 2 });
    expectSameBits(two.weights, whole.weights);
    expect(whole.test).toEqual(two.test);
  });

  for (const at of [3, 7, 14, 20]) {
    it(`an interrupt after step ${at} (of 7 an epoch), then --resume, ends as an uninterrupted run`, async () => {
      const whole = await train(p);
      const rest = await interruptAndResume(at);
      expect(rest.reason).toBe("early_stop");
      expect(rest.position.step).toBe(whole.position.step);
      expect(rest.restored).toEqual(whole.restored);
      expectSameBits(whole.weights, rest.weights);
      expectSameBits(whole.optimizerState, rest.optimizerState);
      // A resumed epoch reports the whole epoch's train loss, as the uninterrupted run printed it.
      const last = whole.epochs.at(-1)!;
      expect(rest.epochs.at(-1)!.trainLoss).toBe(last.trainLoss);
    });
  }

  it("a second interrupt skips the evaluation; the checkpoint resumes with the epoch evaluated first", async () => {
    const stop = new AbortController();
    const skip = new AbortController();
    const path = join(dir, "skipped.safetensors");
    const first = await train(p, {
      signal: stop.signal,
      skipEvaluation: skip.signal,
      onStep: (s) => {
        if (s.step === 7) (stop.abort(), skip.abort());
      },
      onCheckpoint: (c) => saveCheckpoint(path, m, c),
    });
    expect(first.reason).toBe("interrupt");
    expect(first.test).toBeNull();
    // Stopped after the epoch's last step and before its evaluation: the position says so.
    expect(first.position).toEqual({ epoch: 0, stepInEpoch: 7, step: 7 });
    const rest = await train(p, { resume: loadResume(path, m, m.programs.step.states) });
    expectSameBits((await train(p)).weights, rest.weights);
  });
});

describe("nnc train --resume", () => {
  const model = join(dir, "early.nn");
  writeFileSync(model, EARLY);
  const path = (name: string) => join(dir, name);

  it("continues a run with early stopping cut short by --steps to the uninterrupted one's weights", async () => {
    expect((await nnc("train", model, "--save", path("whole.safetensors"), "--quiet")).code).toBe(0);
    expect((await nnc("train", model, "--save", path("part.safetensors"), "--steps", "20")).code).toBe(0);
    const rest = await nnc(
      "train",
      model,
      "--resume",
      path("part.safetensors"),
      "--save",
      path("rest.safetensors"),
    );
    expect(rest.code).toBe(0);
    expect(rest.out).toMatch(
      /^stopped \(early stop\) after 35 steps; restored the weights of epoch 2, the best \(val loss \d\.\d{4}\)$/m,
    );
    expect(rest.out).toMatch(
      /^final weights re-evaluated on the training set \(no test split\): accuracy \d+\.\d%  loss \d\.\d{4}$/m,
    );
    expect(rest.out).toContain("running means");
    const a = readSafetensors(path("whole.safetensors")).tensors;
    const b = readSafetensors(path("rest.safetensors")).tensors;
    for (const [k, v] of a) expect(Array.from(b.get(k)!.data), k).toEqual(Array.from(v.data));
  });

  it("says that a finished run has nothing left to train, and exits 0 without training", async () => {
    const r = await nnc(
      "train",
      model,
      "--resume",
      path("whole.safetensors"),
      "--save",
      path("again.safetensors"),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^nothing left to train: early stopping ended this run after epoch 5 \(its best: epoch 2\)$/m,
    );
    expect(r.out).not.toMatch(/^epoch /m);
    const spiral = join(dir, "plain.nn");
    writeFileSync(
      spiral,
      EARLY.replace("; validation 0.3; early_stop patience=3", "").replace("epochs 200", "epochs 2"),
    );
    expect((await nnc("train", spiral, "--save", path("plain.safetensors"), "--quiet")).code).toBe(0);
    const done = await nnc(
      "train",
      spiral,
      "--resume",
      path("plain.safetensors"),
      "--save",
      path("plain2.safetensors"),
    );
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^nothing left to train: the run has trained its 2 epochs \(20 steps\)/m);
    // More epochs train on.
    const more = await nnc(
      "train",
      spiral,
      "--resume",
      path("plain.safetensors"),
      "--epochs",
      "3",
      "--quiet",
    );
    expect(more.code).toBe(0);
    expect(more.out).toMatch(/^done after 30 steps$/m);
  });

  it("refuses --resume with --init as bad usage (exit 2)", async () => {
    const r = await nnc(
      "train",
      model,
      "--resume",
      path("part.safetensors"),
      "--init",
      path("part.safetensors"),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --resume and --init cannot be used together/);
  });

  it("refuses weights and optimizer files of two runs, or of two steps of one run", async () => {
    expect(
      (await nnc("train", model, "--save", path("a.safetensors"), "--steps", "10", "--quiet")).code,
    ).toBe(0);
    expect(
      (await nnc("train", model, "--save", path("b.safetensors"), "--steps", "10", "--quiet")).code,
    ).toBe(0);
    copyFileSync(path("b.optimizer.safetensors"), path("a.optimizer.safetensors"));
    const mixed = await nnc(
      "train",
      model,
      "--resume",
      path("a.safetensors"),
      "--save",
      path("x.safetensors"),
    );
    expect(mixed.code).toBe(1);
    expect(mixed.err.trim().split("\n")).toHaveLength(1);
    expect(mixed.err).toMatch(/a\.optimizer\.safetensors: saved by another run than .*a\.safetensors/);
    // One run's files from different steps: the weights of a later save beside an earlier optimizer state.
    expect((await nnc("train", model, "--save", path("c.safetensors"), "--steps", "5", "--quiet")).code).toBe(
      0,
    );
    copyFileSync(path("c.optimizer.safetensors"), path("c5.optimizer.safetensors"));
    const cont = await nnc(
      "train",
      model,
      "--resume",
      path("c.safetensors"),
      "--steps",
      "9",
      "--save",
      path("c.safetensors"),
      "--quiet",
    );
    expect(cont.code).toBe(0);
    copyFileSync(path("c5.optimizer.safetensors"), path("c.optimizer.safetensors"));
    const stale = await nnc(
      "train",
      model,
      "--resume",
      path("c.safetensors"),
      "--save",
      path("y.safetensors"),
    );
    expect(stale.code).toBe(1);
    expect(stale.err).toMatch(
      /c\.optimizer\.safetensors: saved at step 5, but .*c\.safetensors at step 9: they are not one/,
    );
  });

  it("refuses to resume with another seed or batch, naming the flag that restores it", async () => {
    const r = await nnc(
      "train",
      model,
      "--resume",
      path("part.safetensors"),
      "--seed",
      "4",
      "--save",
      path("z.safetensors"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: the checkpoint's run used seed 0, this one 4: resume with `--seed 0`$/m);
    const b = await nnc(
      "train",
      model,
      "--resume",
      path("part.safetensors"),
      "--batch",
      "8",
      "--save",
      path("z.safetensors"),
    );
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/--batch 16/);
  });
});

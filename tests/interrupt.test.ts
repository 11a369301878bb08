// Ctrl-C during `nnc train` (issue 11): a real CPU run sent SIGINT finishes its step, writes a resumable
// checkpoint, says what happens next, logs `interrupt` and exits 130, and `--resume` continues it to the bits of an
// uninterrupted run; a second Ctrl-C skips the final evaluation; WebGPU stops between chunks the same way.

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile, loadResume, saveCheckpoint } from "../index.js";
import { readSafetensors } from "../runtime/checkpoint/index.js";
import { train } from "../runtime/train.js";
import { testDevice } from "./gpu.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-interrupt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(import.meta.dirname, "..", "dist", "nnc.mjs");
const path = (name: string) => join(dir, name);

// About 15,000 steps of a few microseconds: a second or two, long enough to be interrupted in the middle.
const LONG = `model S {
  input p: [2]
  target c: class(3)
  network { linear(16); relu; dropout(0.1); linear(3) }
  loss cross_entropy
  optimizer adam(lr=0.01)
  train { data spiral(classes=3, points=100); batch 64; epochs 3000 }
}`;
const model = path("long.nn");
writeFileSync(model, LONG);

function tensors(file: string): Map<string, number[]> {
  return new Map([...readSafetensors(file).tensors].map(([k, t]) => [k, Array.from(t.data)]));
}

// The kernels a user gets (a system BLAS where one loads): its GEMM runs with the signals held (blas-signals.test.ts).
const CPU = ["--backend", "cpu"];

describe("SIGINT to a real `nnc train` on the CPU", () => {
  it("stops after the step, saves a checkpoint, exits 130; --resume ends bit for bit as an uninterrupted run", async () => {
    const whole = spawnSync(
      process.execPath,
      [bin, "train", model, ...CPU, "--save", path("whole.safetensors"), "--quiet"],
      { encoding: "utf8" },
    );
    expect(whole.status).toBe(0);

    const log = path("cut.jsonl");
    const child = spawn(process.execPath, [
      bin,
      "train",
      model,
      ...CPU,
      "--save",
      path("cut.safetensors"),
      "--log",
      log,
    ]);
    let out = "";
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    // Interrupted once it is training: after its first epoch line.
    child.stdout.on("data", (d: Buffer) => {
      if (!out.includes("epoch 1/") && (out += d.toString()).includes("epoch 1/")) child.kill("SIGINT");
      else out += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code, err).toBe(130);
    const said =
      /^interrupted after step (\d+): saved a checkpoint to (.*); evaluating the training set, Ctrl-C again to skip$/m.exec(
        err,
      );
    expect(said, err).not.toBeNull();
    expect(said![2]).toBe(path("cut.safetensors"));
    const step = Number(said![1]);
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThan(15000);
    expect(out).toMatch(new RegExp(`^stopped \\(interrupt\\) after ${step} steps$`, "m"));
    const end = JSON.parse(readFileSync(log, "utf8").trim().split("\n").at(-1)!) as Record<string, unknown>;
    expect(end).toMatchObject({ event: "end", reason: "interrupt", steps: step });
    expect(end["test_accuracy"]).toEqual(expect.any(Number));
    expect(readSafetensors(path("cut.safetensors")).metadata["step"]).toBe(String(step));

    const rest = spawnSync(
      process.execPath,
      [
        bin,
        "train",
        model,
        ...CPU,
        "--resume",
        path("cut.safetensors"),
        "--save",
        path("rest.safetensors"),
        "--quiet",
      ],
      { encoding: "utf8" },
    );
    expect(rest.status, rest.stderr).toBe(0);
    expect(rest.stdout).toMatch(/^done after 15000 steps$/m);
    expect(tensors(path("rest.safetensors"))).toEqual(tensors(path("whole.safetensors")));
  });
});

describe("Ctrl-C twice", () => {
  it("skips the final evaluation, keeps the checkpoint, and exits 130", async () => {
    let out = "";
    let err = "";
    // The CLI in this process: the signals are emitted to its handlers while the loop lets the event loop run.
    const listeners = process.listenerCount("SIGINT");
    const timer = setTimeout(() => {
      process.emit("SIGINT");
      process.emit("SIGINT");
    }, 200);
    const code = await run(
      ["train", model, ...CPU, "--save", path("twice.safetensors"), "--log", path("twice.jsonl"), "--quiet"],
      {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
      },
    );
    clearTimeout(timer);
    expect(code).toBe(130);
    expect(out).toMatch(/^final evaluation skipped$/m);
    const end = JSON.parse(readFileSync(path("twice.jsonl"), "utf8").trim().split("\n").at(-1)!) as Record<
      string,
      unknown
    >;
    expect(end).toMatchObject({ event: "end", reason: "interrupt", test_accuracy: null, test_loss: null });
    const step = Number(readSafetensors(path("twice.safetensors")).metadata["step"]);
    expect(step).toBeGreaterThan(0);
    expect(err).toContain(
      `interrupted after step ${step}: saved a checkpoint to ${path("twice.safetensors")}`,
    );
    // The handlers are gone afterwards: nothing of the run is left listening.
    expect(process.listenerCount("SIGINT")).toBe(listeners);
  });
});

describe("an interrupt on WebGPU", () => {
  let available = false;
  let why = "";
  beforeAll(async () => {
    const gpu = await testDevice("WebGPU interrupt test");
    gpu.device?.destroy();
    available = !!gpu.device;
    why = gpu.why;
  });

  it("stops between chunks; the checkpoint resumes to the uninterrupted run's weights", async (ctx) => {
    if (!available) return ctx.skip(why);
    const p = compile(LONG.replace("epochs 3000", "epochs 8"), { filename: "gpu.nn" }).program!;
    const m = p.models[0]!;
    const whole = await train(p, { backend: "webgpu" });
    const stop = new AbortController();
    const first = await train(p, {
      backend: "webgpu",
      signal: stop.signal,
      onStep: (s) => s.step === 18 && stop.abort(),
      onCheckpoint: (c) => saveCheckpoint(path("gpu.safetensors"), m, c),
    });
    expect(first.reason).toBe("interrupt");
    // The chunk in flight finishes (here an epoch's 5 steps: chunks stop at an epoch's end).
    expect(first.position.step).toBe(20);
    const rest = await train(p, {
      backend: "webgpu",
      resume: loadResume(path("gpu.safetensors"), m, m.programs.step.states),
    });
    for (const [k, v] of whole.weights) expect(Array.from(rest.weights.get(k)!), k).toEqual(Array.from(v));
  });
});

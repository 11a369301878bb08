// A first run that looks right (issue 11, items 9 and 11): `--version`, a summary of a run of many short epochs, the
// progress bar cleared before the closing line and a line for the final evaluation, progress lines where stderr is
// not a terminal, gradcheck's rows as they come, and no native Dawn output on stderr while an adapter is probed.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { ProgressLines } from "../cli/progress.js";
import { compile, gradcheck, pickModel, type StepMetrics } from "../index.js";

const root = join(import.meta.dirname, "..");
const example = (name: string) => join(root, "examples", name);
const dir = mkdtempSync(join(tmpdir(), "nnc-first-run-"));

/** The CLI in process; `events` keeps both streams in the order they were written. */
async function nnc(argv: string[], stderrIsTTY = false) {
  const events: ["out" | "err", string][] = [];
  const code = await run(argv, {
    stdout: (t) => events.push(["out", t]),
    stderr: (t) => events.push(["err", t]),
    stderrIsTTY,
  });
  const text = (s: "out" | "err") =>
    events
      .filter(([k]) => k === s)
      .map(([, t]) => t)
      .join("");
  return { code, out: text("out"), err: text("err"), events };
}

describe("nnc --version", () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const r = await nnc(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${version}\n`);
  });
});

describe("epoch lines", () => {
  const save = join(dir, "Spiral.safetensors");
  const epochLines = (out: string) => out.split("\n").filter((l) => l.startsWith("epoch "));

  it("summarise the spiral's 300 epochs in about 20 lines, the first and the last among them", async () => {
    const r = await nnc(["train", example("spiral.nn"), "--backend", "cpu", "--save", save]);
    expect(r.code).toBe(0);
    const lines = epochLines(r.out);
    expect(lines.length).toBeLessThanOrEqual(21);
    expect(lines[0]).toMatch(/^epoch 1\/300 /);
    expect(lines.at(-1)).toMatch(/^epoch 300\/300 /);
    expect(r.err).toContain("printing every 15th of 300 epochs and the last (--every 1 prints each)");
  });

  it("are all printed with --every 1, and every 100th with --every 100", async () => {
    const all = await nnc([
      "train",
      example("spiral.nn"),
      "--backend",
      "cpu",
      "--save",
      save,
      "--every",
      "1",
    ]);
    expect(epochLines(all.out)).toHaveLength(300);
    const some = await nnc([
      "train",
      example("spiral.nn"),
      "--backend",
      "cpu",
      "--save",
      save,
      "--every",
      "100",
    ]);
    expect(epochLines(some.out).map((l) => l.split(" ")[1])).toEqual([
      "1/300",
      "100/300",
      "200/300",
      "300/300",
    ]);
  });

  it("end with the last epoch run when the run stops early, then the final evaluation is announced", async () => {
    // 40 epochs print every 2nd; --steps 16 ends 1 step into epoch 4, after epoch 3 (5 steps each) that the period skipped.
    const r = await nnc([
      "train",
      example("spiral.nn"),
      "--backend",
      "cpu",
      "--save",
      save,
      "--epochs",
      "40",
      "--steps",
      "16",
    ]);
    expect(r.code).toBe(0);
    expect(epochLines(r.out).map((l) => l.split(" ")[1])).toEqual(["1/40", "2/40", "3/40"]);
    expect(r.err).toContain("evaluating the training set (300 examples)\n");
    expect(r.out).toMatch(/^stopped \(steps\) after 16 steps/m);
  });
});

describe("the progress bar", () => {
  it("is cleared before the closing line of a run stopped mid-epoch", async () => {
    // The bar draws the epoch's first step (then at most ten times a second); --steps 3 stops two steps later.
    const r = await nnc(
      [
        "train",
        example("spiral.nn"),
        "--backend",
        "cpu",
        "--save",
        join(dir, "S.safetensors"),
        "--epochs",
        "1",
        "--steps",
        "3",
      ],
      true,
    );
    expect(r.code).toBe(0);
    const closing = r.events.findIndex(([k, t]) => k === "out" && t.startsWith("stopped"));
    const lastBar = r.events.findLastIndex(
      ([k, t], i) => i < closing && k === "err" && t.includes("epoch 1 "),
    );
    expect(lastBar).toBeGreaterThan(0);
    const between = r.events.slice(lastBar + 1, closing).filter(([k]) => k === "err");
    expect(between.some(([, t]) => t.startsWith("\r\x1b[2K") && !t.includes("epoch 1 "))).toBe(true);
  });
});

describe("progress where stderr is not a terminal", () => {
  const step = (k: number): StepMetrics => ({
    epoch: 1,
    step: k,
    stepInEpoch: k,
    stepsPerEpoch: 1000,
    loss: 0.5,
    samplesPerSecond: 100,
    secondsLeft: 90,
  });

  it("is one line per period, none for a short epoch", () => {
    let now = 0;
    const out: string[] = [];
    const p = new ProgressLines(
      (s) => out.push(s),
      20_000,
      () => now,
    );
    for (let k = 1; k <= 1000; k++) {
      now = k * 100; // 10 steps a second: 100 s for the epoch
      p.step(step(k));
    }
    expect(out).toHaveLength(4); // at 20, 40, 60 and 80 s; the epoch's end is its epoch line's
    expect(out[0]).toBe("epoch 1: step 200/1000  loss 0.5000  100 samples/s  1m30s left\n");
    p.end();
    out.length = 0;
    for (let k = 1; k <= 100; k++) p.step(step(k)); // the clock stands still: a short epoch
    expect(out).toHaveLength(0);
  });
});

describe("nnc gradcheck", () => {
  it("hands each row over as soon as its tensor is checked, and says first what it checks", async () => {
    const program = compile(readFileSync(example("spiral.nn"), "utf8"), { filename: "spiral.nn" }).program!;
    const seen: string[] = [];
    const rows = gradcheck(pickModel(program, undefined), {
      onRow: (r, done, of) => seen.push(`${r.name} ${done}/${of}`),
    });
    expect(seen).toEqual(rows.map((r, i) => `${r.name} ${i + 1}/${rows.length}`));
    const elements: string[] = [];
    gradcheck(pickModel(program, undefined), {
      onElement: (name, done, of) => elements.push(`${name} ${done}/${of}`),
    });
    // 12 elements of each tensor, the bias of 3 values 3: each reported as it is done.
    expect(elements.filter((e) => e.startsWith("hidden.weight "))).toEqual(
      Array.from({ length: 12 }, (_, k) => `hidden.weight ${k + 1}/12`),
    );
    expect(elements.filter((e) => e.startsWith("scores.bias "))).toEqual([
      "scores.bias 1/3",
      "scores.bias 2/3",
      "scores.bias 3/3",
    ]);
    const cli = await nnc(["gradcheck", example("spiral.nn")]);
    expect(cli.err).toBe(
      "checking 4 parameter tensors against finite differences on a batch of 4 (float64, on the CPU)\n",
    );
    expect(cli.events[1]).toEqual(["out", expect.stringMatching(/^parameter\s+shape/)]);
  });
});

describe("Dawn's native output", () => {
  const bin = join(root, "dist", "nnc.mjs");
  // An ICD manifest whose library does not exist: the Vulkan loader and Dawn warn on fd 2, with a C++ frame.
  const icd = join(dir, "missing_icd.json");
  writeFileSync(
    icd,
    JSON.stringify({
      file_format_version: "1.0.0",
      ICD: { library_path: join(dir, "nope.so"), api_version: "1.1.0" },
    }),
  );
  const nncBin = (args: string[], env: Record<string, string | undefined>) =>
    spawnSync(process.execPath, [bin, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
      cwd: dir,
    });

  it("never reaches stderr while an adapter is probed, --quiet or not", () => {
    for (const quiet of [["--quiet"], []]) {
      const r = nncBin(["train", example("spiral.nn"), "--epochs", "1", ...quiet], { VK_ICD_FILENAMES: icd });
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(/Warning|vkCreateInstance|CheckVkSuccessImpl|\.cpp:/);
      expect(r.stderr).toMatch(/^backend: cpu \(no WebGPU adapter\)$/m);
    }
  });

  it("is quoted, its last warning only, when --backend webgpu finds no adapter", () => {
    const r = nncBin(["train", example("spiral.nn"), "--epochs", "1", "--backend", "webgpu"], {
      VK_ICD_FILENAMES: icd,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^error: no WebGPU adapter: .*; Dawn said: vkCreateInstance failed with VK_ERROR_INCOMPATIBLE_DRIVER\n$/,
    );
  });

  it("without XDG_RUNTIME_DIR, stderr holds nnc's lines only", () => {
    const r = nncBin(["train", example("spiral.nn"), "--epochs", "1", "--quiet"], {
      XDG_RUNTIME_DIR: undefined,
    });
    expect(r.status).toBe(0);
    for (const line of r.stderr.trimEnd().split("\n"))
      expect(line).toMatch(/^(backend:|cpu:|saved|evaluating) /);
  });
});

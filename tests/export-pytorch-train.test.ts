// The exported `train.py` trains as `nnc train` does (issue 12): for each parity fixture (a case of every loss,
// regularizer and optimizer), its data written as IDX files that a copy of its `.nn` names, `nnc train --steps 5
// --no-shuffle --init` (through the API) and `train.py` with the same flags end at weights within 1e-4 relative.
// Two more runs use nnc's own randomness on both sides: a fixture shuffled over three epochs with a validation
// split and early stopping, three with a learning-rate schedule each, and the spiral from its seed's initial weights (the generator, the spiral and the
// batch order ported). Then a real two-process torchrun (gloo) trains the spiral, and `nnc eval` reads its weights.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run as runCli } from "../cli/run.js";
import {
  compile,
  exportPyTorch,
  loadWeights,
  saveWeights,
  train,
  writeFolder,
  type CompiledModel,
} from "../index.js";
import { findNamedSet } from "../runtime/data/index.js";
import type { Weights } from "../runtime/init.js";
import { findTorch, runPython } from "./torch.js";

const ROOT = join(import.meta.dirname, "..");
const FIXTURES = readdirSync(join(ROOT, "tests/parity")).filter((f) => f.endsWith(".json"));
const torch = findTorch("PyTorch export's training tests");
const FASHION = findNamedSet("fashion_mnist") !== undefined;
if (!FASHION) {
  if (process.env["CI"]) throw new Error("CI needs Fashion-MNIST (Debian: dataset-fashion-mnist)");
  console.warn("skipping train.py on Fashion-MNIST: the data set is not on this machine");
}

interface Fixture {
  model: string;
  x: number[][];
  y: number[] | number[][];
  init: Record<string, number[]>;
}

/** An IDX file: float32 (type 0x0D) or, for class labels, unsigned bytes (0x08), big-endian. */
function idxBytes(dims: number[], values: number[], bytes: boolean): Uint8Array {
  const head = 4 + 4 * dims.length;
  const out = new Uint8Array(head + values.length * (bytes ? 1 : 4));
  const view = new DataView(out.buffer);
  view.setUint32(0, (bytes ? 0x08 : 0x0d) * 256 + dims.length);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  values.forEach((v, i) => (bytes ? view.setUint8(head + i, v) : view.setFloat32(head + 4 * i, v)));
  return out;
}

interface Job {
  readonly name: string;
  readonly m: CompiledModel;
  readonly nnc: Weights;
  readonly out: string;
}

/** A fixture's case folder: its data as IDX, its `.nn` reading them (with `edit` applied), compiled. */
function fixtureCase(tmp: string, file: string, name: string, edit: (src: string) => string) {
  const f = JSON.parse(readFileSync(join(ROOT, "tests/parity", file), "utf8")) as Fixture;
  const dir = join(tmp, name);
  mkdirSync(dir);
  const classes = !Array.isArray(f.y[0]);
  const x = f.x;
  writeFileSync(join(dir, "x.idx"), idxBytes([x.length, x[0]!.length], x.flat(), false));
  const y = f.y as number[] & number[][];
  const yDims = classes ? [y.length] : [y.length, (y[0] as unknown as number[]).length];
  writeFileSync(join(dir, "y.idx"), idxBytes(yDims, classes ? y : y.flat(), classes));
  const source = edit(
    readFileSync(join(ROOT, "tests/parity", f.model), "utf8").replace(
      /data csv\("unused.csv", label="y"\)/,
      'data idx(images="x.idx", labels="y.idx")',
    ),
  );
  const path = join(dir, f.model);
  writeFileSync(path, source);
  const r = compile(source, { filename: path });
  expect(r.ok, r.diagnostics.map((d) => d.render()).join("\n")).toBe(true);
  const init = new Map(Object.entries(f.init).map(([k, v]) => [k, Float32Array.from(v)]));
  return { dir, program: r.program!, m: r.program!.models[0]!, init };
}

describe.skipIf(!torch.python)("the exported train.py trains as nnc train does", () => {
  const tmp = mkdtempSync(join(tmpdir(), "nnc-export-train-"));
  const jobs: Job[] = [];

  beforeAll(async () => {
    const pyJobs: { dir: string; args: string[] }[] = [];
    const add = async (
      name: string,
      c: ReturnType<typeof fixtureCase>,
      opts: { steps?: number; shuffle: boolean; init: boolean },
    ) => {
      const nnc = await train(c.program, {
        backend: "cpu",
        baseDir: c.dir,
        ...(opts.init && { init: c.init }),
        ...(opts.steps !== undefined && { steps: opts.steps }),
        ...(!opts.shuffle && { shuffle: false }),
      });
      const py = join(c.dir, "py");
      writeFolder(py, exportPyTorch(c.m, { dataBase: ".." }), "-o");
      const out = join(c.dir, "torch.safetensors");
      const args = ["--save", out, "--quiet"];
      if (opts.steps !== undefined) args.push("--steps", String(opts.steps));
      if (!opts.shuffle) args.push("--no-shuffle");
      if (opts.init) {
        saveWeights(join(c.dir, "init.safetensors"), c.m, c.init);
        args.push("--init", join(c.dir, "init.safetensors"));
      }
      pyJobs.push({ dir: py, args });
      jobs.push({ name, m: c.m, nnc: nnc.weights, out });
    };
    for (const file of FIXTURES) {
      const name = file.replace(".json", "");
      await add(
        name,
        fixtureCase(tmp, file, name, (s) => s),
        { steps: 5, shuffle: false, init: true },
      );
    }
    // nnc's permutation, validation split and early stopping, on both sides.
    const shuffled = fixtureCase(tmp, "ce_sgd_momentum_l2.json", "shuffled_validation", (s) =>
      s.replace("shuffle false", "shuffle true; seed 7; epochs 3; validation 0.2; early_stop patience=1"),
    );
    await add("shuffled_validation", shuffled, { shuffle: true, init: true });
    // The schedules, stepped per epoch over three epochs.
    const schedules = {
      ce_sgd: "step($1, every=1, gamma=0.5)",
      mse_adam: "cosine($1)",
      hinge_sgd: "exponential($1, gamma=0.7)",
    };
    for (const [fixture, schedule] of Object.entries(schedules)) {
      const c = fixtureCase(tmp, `${fixture}.json`, `${fixture}_schedule`, (src) =>
        src.replace(/lr=([0-9.e-]+)/, `lr=${schedule}`).replace("shuffle false", "shuffle false; epochs 3"),
      );
      await add(`${fixture}_schedule`, c, { shuffle: false, init: true });
    }
    // nnc's initial weights and spiral from the seed alone.
    const spiralDir = join(tmp, "spiral");
    mkdirSync(spiralDir);
    copyFileSync(join(ROOT, "examples/spiral.nn"), join(spiralDir, "spiral.nn"));
    const src = readFileSync(join(spiralDir, "spiral.nn"), "utf8").replace("epochs 300", "epochs 2");
    writeFileSync(join(spiralDir, "spiral.nn"), src);
    const r = compile(src, { filename: join(spiralDir, "spiral.nn") });
    const spiral = { dir: spiralDir, program: r.program!, m: r.program!.models[0]!, init: new Map() };
    await add("spiral", spiral, { shuffle: true, init: false });

    // A named data set read from where nnc reads it (Debian's dataset-fashion-mnist, which CI installs), five
    // shuffled steps from the seed's initial weights.
    if (FASHION) {
      const fashionDir = join(tmp, "fashion");
      mkdirSync(fashionDir);
      const nn = join(ROOT, "examples/fashion_mnist_mlp.nn");
      const rf = compile(readFileSync(nn, "utf8"), { filename: nn });
      const fashion = { dir: fashionDir, program: rf.program!, m: rf.program!.models[0]!, init: new Map() };
      await add("fashion_mnist_mlp", fashion, { steps: 5, shuffle: true, init: false });
    }
    writeFileSync(join(tmp, "jobs.json"), JSON.stringify(pyJobs));
    const t0 = performance.now();
    const p = runPython(torch.python!, [join(ROOT, "tests/pytorch/train.py"), join(tmp, "jobs.json")], tmp);
    console.log(`train.py: ${((performance.now() - t0) / 1000).toFixed(1)} s for ${pyJobs.length} runs`);
    expect(p.status, p.stderr).toBe(0);
  }, 600_000);

  const names = [...FIXTURES.map((f) => f.replace(".json", "")), "shuffled_validation", "spiral"];
  names.push("ce_sgd_schedule", "mse_adam_schedule", "hinge_sgd_schedule");
  it.each(FASHION ? [...names, "fashion_mnist_mlp"] : names)("%s", (name) => {
    const job = jobs.find((j) => j.name === name)!;
    const got = loadWeights(job.out, job.m);
    let worst = 0;
    for (const [key, want] of job.nnc) {
      const have = got.get(key)!;
      const scale = want.reduce((a, w) => Math.max(a, Math.abs(w)), 1e-6);
      want.forEach((w, i) => (worst = Math.max(worst, Math.abs(w - have[i]!) / scale)));
      const past = [...want.keys()].filter((i) => Math.abs(want[i]! - have[i]!) > 1e-4 * scale);
      const i = past[0] ?? 0;
      expect(past.length, `${key}[${i}]: nnc ${want[i]}, PyTorch ${have[i]}`).toBe(0);
    }
    console.log(`${name}: largest weight difference ${worst.toExponential(2)} of the tensor's largest value`);
  });

  it.skipIf(!torch.torchrun)(
    "trains with torchrun --nproc_per_node 2 (gloo), and nnc eval reads the weights",
    async () => {
      const dir = join(tmp, "ddp");
      mkdirSync(dir);
      const nn = join(ROOT, "examples/spiral.nn");
      const out: string[] = [];
      const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t) };
      expect(await runCli(["export", nn, "--to", "pytorch", "-o", join(dir, "py")], io)).toBe(0);
      const save = join(dir, "Spiral.safetensors");
      const t0 = performance.now();
      // Debian's torch 1.13 under Python 3.11: torchrun's default --redirects 0 --tee 0 crash; 2 and 2 work.
      const args = ["--redirects", "2", "--tee", "2", "--nproc_per_node", "2", "train.py", "--steps", "6"];
      const r = runPython(
        torch.torchrun!,
        [...args, "--save", save, "--log", join(dir, "log.jsonl")],
        join(dir, "py"),
      );
      console.log(
        `torchrun ${args.join(" ")} (${((performance.now() - t0) / 1000).toFixed(1)} s):\n${r.stdout}${r.stderr}`,
      );
      expect(r.status, r.stderr).toBe(0);
      const end = JSON.parse(readFileSync(join(dir, "log.jsonl"), "utf8").trim().split("\n").at(-1)!);
      expect(end).toMatchObject({ event: "end", reason: "steps", steps: 6, backend: "pytorch-cpu-ddp2" });
      out.length = 0;
      expect(await runCli(["eval", nn, "--weights", save], io), out.join("")).toBe(0);
      expect(out.join("")).toMatch(/train examples 300 {2}accuracy/);
      console.log(`nnc eval ${nn} --weights ${save}: ${out.join("").trim()}`);
      // Each process took half of each of nnc's batches; DDP's average of their gradients is the whole batch's.
      const r1 = compile(readFileSync(nn, "utf8"), { filename: nn });
      const m = r1.program!.models[0]!;
      const nnc = await train(r1.program!, { backend: "cpu", steps: 6 });
      const ddp = loadWeights(save, m);
      let worst = 0;
      for (const [key, want] of nnc.weights) {
        const scale = want.reduce((a, w) => Math.max(a, Math.abs(w)), 0);
        want.forEach((w, i) => (worst = Math.max(worst, Math.abs(w - ddp.get(key)![i]!) / scale)));
      }
      console.log(
        `torchrun (2 processes) against nnc train --steps 6: largest weight difference ${worst.toExponential(2)}`,
      );
      expect(worst).toBeLessThanOrEqual(1e-4);
    },
    300_000,
  );
});

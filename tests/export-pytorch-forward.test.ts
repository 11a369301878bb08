// `nnc export --to pytorch`'s module computes nnc's scores (issue 12): for every example, and for every parity
// fixture's model after five steps of nnc's training (their batchnorm statistics moved), the exported nn.Module
// loads nnc's weights with strict=True and gives the CPU forward program's scores within 1e-5 relative, on random
// inputs; its state_dict() written back loads into nnc. The spiral trains first (its data needs no download); the
// others take random weights from nnc's initialisation. One Python process runs every module (tests/pytorch/).

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  compile,
  exportPyTorch,
  loadCheckpoint,
  loadWeights,
  saveWeights,
  train,
  writeFolder,
  writeSafetensors,
  type CompiledModel,
} from "../index.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { initialise, type Weights } from "../runtime/init.js";
import { Rng } from "../runtime/rng.js";
import { findTorch, runPython } from "./torch.js";

const ROOT = join(import.meta.dirname, "..");
const EXAMPLES = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".nn"));
const FIXTURES = readdirSync(join(ROOT, "tests/parity")).filter((f) => f.endsWith(".json"));
// Graph form with constants, `concat` and named stages (LANGUAGE §4a, §5), which no example uses.
const OTHERS = ["tests/golden/language/constants.nn"];
const torch = findTorch("PyTorch export's forward tests");

interface Case {
  readonly name: string;
  readonly m: CompiledModel;
  readonly weights: Weights;
  readonly dir: string;
  readonly nnc: Float32Array;
}

async function weightsFor(file: string, m: CompiledModel, program: Parameters<typeof train>[0]) {
  if (!file.startsWith("tests/parity/")) {
    if (m.train?.data.kind !== "spiral") return initialise(m, 1);
    return (await train(program, { backend: "cpu", epochs: 20 })).weights;
  }
  const f = JSON.parse(readFileSync(join(ROOT, file.replace(/\.nn$/, ".json")), "utf8")) as {
    x: number[][];
    y: number[] | number[][];
    init: Record<string, number[]>;
  };
  const classes = m.target.kind === "class";
  const y = classes ? Int32Array.from(f.y as number[]) : Float32Array.from((f.y as number[][]).flat());
  const run = await train(program, {
    data: { train: { x: Float32Array.from(f.x.flat()), y, count: f.x.length, exampleShape: m.input.shape } },
    init: new Map(Object.entries(f.init).map(([k, v]) => [k, Float32Array.from(v)])),
    backend: "cpu",
    shuffle: false,
    steps: 5,
  });
  return run.weights;
}

describe.skipIf(!torch.python)("the exported PyTorch module gives nnc's scores", () => {
  const tmp = mkdtempSync(join(tmpdir(), "nnc-export-forward-"));
  const cases: Case[] = [];
  const scores = new Map<string, Float32Array>();

  beforeAll(async () => {
    const files = [
      ...EXAMPLES.map((f) => `examples/${f}`),
      ...FIXTURES.map((f) => `tests/parity/${f.replace(".json", ".nn")}`),
      ...OTHERS,
    ];
    const jobs = [];
    for (const file of files) {
      const r = compile(readFileSync(join(ROOT, file), "utf8"), { filename: join(ROOT, file) });
      expect(r.ok, file).toBe(true);
      const m = r.program!.models[0]!;
      const name = file.replace(/^.*\//, "").replace(".nn", "");
      const dir = join(tmp, name);
      mkdirSync(dir);
      writeFolder(dir, exportPyTorch(m), "-o");
      const weights = await weightsFor(file, m, r.program!);
      saveWeights(join(dir, "weights.safetensors"), m, weights);
      const n = m.parameterCount > 1e7 ? 2 : 5;
      const size = m.input.shape.reduce((a, b) => a * b, 1);
      const rng = new Rng(7);
      const x = Float32Array.from({ length: n * size }, () => rng.uniform(-1, 1));
      writeSafetensors(join(dir, "x.safetensors"), [{ name: "x", shape: [n, ...m.input.shape], data: x }]);
      const inputs = Object.fromEntries([...weights, [m.input.name, x]]);
      const nnc = Float32Array.from(
        new CpuExecutor(lowerToCpu(m.programs.forward), n).run(inputs, n)["scores"]!,
      );
      cases.push({ name, m, weights, dir, nnc });
      jobs.push({
        dir,
        model: m.name,
        weights: join(dir, "weights.safetensors"),
        input: join(dir, "x.safetensors"),
        scores: join(dir, "scores.safetensors"),
        state: join(dir, "state.safetensors"),
      });
    }
    writeFileSync(join(tmp, "jobs.json"), JSON.stringify(jobs));
    const t0 = performance.now();
    const r = runPython(torch.python!, [join(ROOT, "tests/pytorch/forward.py"), join(tmp, "jobs.json")], tmp);
    console.log(`forward.py: ${((performance.now() - t0) / 1000).toFixed(1)} s for ${jobs.length} modules`);
    expect(r.status, r.stderr).toBe(0);
    for (const c of cases)
      scores.set(c.name, loadCheckpoint(join(c.dir, "scores.safetensors")).tensors.get("scores")!.data);
  }, 600_000);

  it("covers every example and fixture", () => {
    expect(cases.length).toBe(EXAMPLES.length + FIXTURES.length + OTHERS.length);
  });

  it.each(
    [...EXAMPLES, ...FIXTURES, ...OTHERS].map((f) => f.replace(/^.*\//, "").replace(/\.(nn|json)$/, "")),
  )("%s", (name) => {
    const c = cases.find((k) => k.name === name)!;
    const got = scores.get(name)!;
    expect(got.length).toBe(c.nnc.length);
    let diff = 0;
    let scale = 0;
    c.nnc.forEach((v, i) => {
      diff = Math.max(diff, Math.abs(v - got[i]!));
      scale = Math.max(scale, Math.abs(v));
    });
    console.log(
      `${name}: largest score difference ${diff.toExponential(2)} (relative ${(diff / scale).toExponential(2)})`,
    );
    expect(diff).toBeLessThanOrEqual(1e-5 * scale);
    // And back: the module's state_dict() is a checkpoint nnc loads, with the same values.
    const back = loadWeights(join(c.dir, "state.safetensors"), c.m);
    for (const [k, v] of c.weights) {
      const b = back.get(k)!;
      // a loop, not toEqual: AlexNet's tensors hold tens of millions of values
      let differ = 0;
      for (let i = 0; i < v.length; i++) if (b[i] !== v[i]) differ++;
      expect(differ, k).toBe(0);
    }
  });
});

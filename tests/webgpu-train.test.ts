// Training on WebGPU (SwiftShader in CI): PyTorch parity as on the CPU, the same run as the CPU backend, a NaN
// stop that keeps the last good weights, and `--backend webgpu` without an adapter. In CI a missing adapter
// fails; elsewhere these tests are skipped with a message.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../index.js";
import { testDevice } from "./gpu.js";
import { train } from "../runtime/train.js";
import { tooLarge } from "../backends/webgpu/backend.js";

let available = false;
let why = "";
beforeAll(async () => {
  const gpu = await testDevice("WebGPU training tests");
  gpu.device?.destroy();
  available = !!gpu.device;
  why = gpu.why;
});

const PARITY = join(import.meta.dirname, "parity");

interface Fixture {
  model: string;
  batch: number;
  steps: number;
  x: number[][];
  y: number[] | number[][];
  init: Record<string, number[]>;
  expected: Record<string, number[]>;
}

// Each fixture with the kernels of both targets: the hardware ones (workgroup-memory matmul tiles, tree reductions)
// run on SwiftShader too, slowly but exactly.
describe.each(["software", "hardware"] as const)("PyTorch parity on WebGPU, %s kernels", (target) => {
  for (const c of readdirSync(PARITY).filter((f) => f.endsWith(".json"))) {
    it(c.replace(".json", ""), async (ctx) => {
      if (!available) return ctx.skip(why);
      const f = JSON.parse(readFileSync(join(PARITY, c), "utf8")) as Fixture;
      const r = compile(readFileSync(join(PARITY, f.model), "utf8"), { filename: f.model });
      const m = r.program!.models[0]!;
      const classes = m.target.kind === "class";
      const run = await train(r.program!, {
        backend: "webgpu",
        wgslTarget: target,
        data: {
          train: {
            x: Float32Array.from(f.x.flat()),
            y: classes ? Int32Array.from(f.y as number[]) : Float32Array.from((f.y as number[][]).flat()),
            count: f.x.length,
            exampleShape: m.input.shape,
          },
        },
        init: new Map(Object.entries(f.init).map(([k, v]) => [k, Float32Array.from(v)])),
        batch: f.batch,
        shuffle: false,
        steps: f.steps,
      });
      expect(run.backend).toBe("webgpu");
      for (const [name, expected] of Object.entries(f.expected)) {
        const got = run.weights.get(name)!;
        expected.forEach((e, i) =>
          expect(Math.abs(got[i]! - e), `${name}[${i}]: nnc ${got[i]}, PyTorch ${e}`).toBeLessThanOrEqual(
            1e-4 * Math.abs(e) + 1e-6,
          ),
        );
      }
    });
  }
});

describe("WebGPU and CPU", () => {
  const SPIRAL = `model S {
    input p: [2]
    target c: class(3)
    network { linear(32); tanh; dropout(0.2); linear(3) }
    loss cross_entropy
    optimizer adam(lr=0.01)
    train { data spiral(classes=3, points=50); batch 32; epochs 3 }
  }`;

  it("train the same model, with dropout and a short last batch, to the same weights", async (ctx) => {
    if (!available) return ctx.skip(why);
    const p = compile(SPIRAL, { filename: "s.nn" }).program!;
    const cpu = await train(p, { backend: "cpu" });
    const gpu = await train(p, { backend: "webgpu" });
    expect(gpu.position).toEqual(cpu.position);
    for (const [k, v] of cpu.weights) {
      const g = gpu.weights.get(k)!;
      v.forEach((x, i) =>
        expect(Math.abs(g[i]! - x), `${k}[${i}]`).toBeLessThanOrEqual(1e-4 + 1e-3 * Math.abs(x)),
      );
    }
    expect(Math.abs(gpu.test!.accuracy! - cpu.test!.accuracy!)).toBeLessThanOrEqual(0.01);
  });

  it("stop at the same NaN step and keep the same last good weights", async (ctx) => {
    if (!available) return ctx.skip(why);
    const p = compile(SPIRAL.replace("tanh; dropout(0.2)", "relu").replace("adam(lr=0.01)", "sgd(lr=1e30)"), {
      filename: "d.nn",
    }).program!;
    const cpu = await train(p, { backend: "cpu" });
    const gpu = await train(p, { backend: "webgpu" });
    expect(cpu.reason).toBe("nan");
    expect(gpu.reason).toBe("nan");
    expect(gpu.nanStep).toBe(cpu.nanStep);
    for (const v of gpu.weights.values()) expect(v.every(Number.isFinite)).toBe(true);
  });

  it("refuse a data set above the adapter's buffer limit, naming the limit", () => {
    const split = { x: new Float32Array(3 * 2 ** 18), y: new Int32Array(3), count: 3 };
    expect(tooLarge(split, { maxStorageBufferBindingSize: 2 ** 20 })).toBe(
      "the data set needs a 3 MiB buffer, above this adapter's maxStorageBufferBindingSize of 1 MiB: use --backend cpu",
    );
    expect(tooLarge(split, { maxStorageBufferBindingSize: 3 * 2 ** 20 })).toBeUndefined();
  });

  it("--backend webgpu without an adapter is one line and exit 1", () => {
    const bin = join(import.meta.dirname, "..", "dist", "nnc.mjs");
    const example = join(import.meta.dirname, "..", "examples", "spiral.nn");
    const r = spawnSync(process.execPath, [bin, "train", example, "--backend", "webgpu", "--steps", "1"], {
      encoding: "utf8",
      env: { ...process.env, VK_ICD_FILENAMES: "/nonexistent/icd.json" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: no WebGPU adapter: VK_ICD_FILENAMES names \/nonexistent\/icd.json/);
  });
});

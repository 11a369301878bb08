// Every op's WGSL kernel against its CPU kernel on the same inputs, forward and backward (the differentiated
// function), at batch sizes that are not multiples of the workgroup size. Needs a WebGPU adapter: in CI (which
// installs SwiftShader) a missing one fails loudly; elsewhere these tests are skipped with a message.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { differentiate } from "../compiler/autodiff.js";
import { Builder } from "../compiler/ir/builder.js";
import type { Func } from "../compiler/ir/types.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { lowerToWgsl } from "../backends/webgpu/lower.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { WebGpuExecutor } from "../backends/webgpu/executor.js";
import { Rng } from "../runtime/rng.js";
import { CASES, draw } from "./op-cases.js";
import { testDevice } from "./gpu.js";

let device: GPUDevice | undefined;
let why = "";
beforeAll(async () => {
  ({ device, why } = await testDevice("WGSL tests"));
});

/**
 * Runs `f` on the CPU and on WebGPU with the same inputs, the kernels generated for both targets (hardware
 * kernels run on SwiftShader too, if slowly); the outputs must agree to float32 rounding.
 */
async function compare(
  f: Func,
  inputs: Record<string, Float32Array | Int32Array>,
  batch: number,
): Promise<void> {
  const cpu = new CpuExecutor(lowerToCpu(f), batch).run(inputs, batch);
  for (const target of ["hardware", "software"] as const) {
    const gpu = await (
      await WebGpuExecutor.create(device!, lowerToWgsl(f, target), batch)
    ).run(inputs, batch);
    for (const o of f.outputs) {
      const a = Array.from(cpu[o.name]!);
      const b = Array.from(gpu[o.name]!);
      expect(b.length, o.name).toBe(a.length);
      a.forEach((x, i) => {
        const tol = 1e-5 + 1e-4 * Math.abs(x);
        expect(Math.abs(b[i]! - x), `${target} ${o.name}[${i}]: cpu ${x}, wgsl ${b[i]}`).toBeLessThanOrEqual(
          tol,
        );
      });
    }
  }
}

describe("WGSL against CPU", () => {
  CASES.forEach((c, n) => {
    const name = `${c.op} ${c.inputs.map((t) => `${t.dtype}[${t.shape}]`).join(", ")}`;
    for (const batch of [1, 5, 67]) {
      it(`${name} at batch ${batch}: forward and backward`, async (ctx) => {
        if (!device) return ctx.skip(why);
        const rng = new Rng(2000 + n);
        const next = () => rng.next();
        const inputs = c.inputs.map((t) => draw(t, c.range, next, batch));
        const b = new Builder(c.op);
        const xs = c.inputs.map((t, i) => b.input(`x${i}`, t));
        const y = b.checkedOp(c.op, xs, c.attrs ?? {});
        b.output("y", y);
        const feed = Object.fromEntries(inputs.map((x, i) => [`x${i}`, x]));
        await compare(b.finish(), feed, batch);
        // Backward: the gradient of Σ y·r with respect to every float input.
        const wrt = c.inputs.map((t, i) => (t.dtype === "f32" ? `x${i}` : "")).filter(Boolean);
        if (y.type.dtype !== "f32" || wrt.length === 0 || c.firstOrderOnly) return;
        const g = new Builder("grad");
        const gx = c.inputs.map((t, i) => g.input(`x${i}`, t));
        const gy = g.checkedOp(c.op, gx, c.attrs ?? {});
        const r = g.input("r", gy.type);
        g.output(
          "loss",
          g.sum(
            g.mul(gy, r),
            gy.type.shape.map((_, i) => i),
          ),
        );
        const { func: f } = differentiate(g.finish(), "loss", wrt);
        await compare(f, { ...feed, r: draw(gy.type, "any", next, batch) as Float32Array }, batch);
      });
    }
  });
});

describe("golden WGSL", () => {
  it("every kernel of every golden .wgsl file compiles without errors", async (ctx) => {
    if (!device) return ctx.skip(why);
    const root = join(import.meta.dirname, "golden");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".wgsl"));
    expect(files.length).toBeGreaterThan(0);
    const kernels = new Set<string>();
    for (const f of files) {
      for (const part of readFileSync(join(root, f), "utf8")
        .split(/^\/\/ ---- .*$/m)
        .slice(1))
        kernels.add(part);
    }
    for (const code of kernels) {
      const info = await device!.createShaderModule({ code }).getCompilationInfo();
      const errors = info.messages
        .filter((m) => m.type === "error")
        .map((m) => `${m.lineNum}:${m.linePos} ${m.message}`);
      expect(errors, code).toEqual([]);
    }
  });
});

// reshape and stop_gradient on the CPU as views (backends/cpu/lower.ts, compiler/passes/buffers.ts): no copy, and
// the viewed buffer stays live until the view's last use. And the executor's resident arrays, inputs read in place.

import { describe, expect, it } from "vitest";
import { Builder } from "../compiler/ir/builder.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { planBuffers } from "../compiler/passes/buffers.js";
import { elementCount } from "../compiler/ir/value.js";

describe("CPU views", () => {
  it("shares the argument's buffer and keeps it from reuse while the view is read", () => {
    const b = new Builder("views");
    const x = b.input("x", { dtype: "f32", shape: ["N", 6] });
    const a = b.mul(x, b.scalar(2)); // made into a buffer of its own
    const v = b.reshape(a, ["N", 2, 3]);
    const e = b.reshape(b.exp(x), ["N", 2, 3]); // a new buffer while `a` is only reachable through `v`
    b.output("y", b.add(v, e));
    const f = b.finish();
    const plan = lowerToCpu(f);
    expect([...plan.aliases.values()]).toContain(a.id);
    const slots = planBuffers(f, plan.kernels, (t) => elementCount(t.shape, 2) * 4, plan.aliases);
    expect(slots.slot.get(v.id)).toBe(slots.slot.get(a.id));
    const xs = Float32Array.from({ length: 12 }, (_, i) => i / 4 - 1);
    for (const float64 of [false, true]) {
      const y = new CpuExecutor(plan, 2, { float64 }).run({ x: xs }, 2).y!;
      Array.from(y).forEach((got, i) => expect(got).toBeCloseTo(2 * xs[i]! + Math.exp(xs[i]!), 5));
    }
  });

  it("reads resident inputs in place, and no value of the plan overwrites them", () => {
    const b = new Builder("resident");
    const x = b.input("x", { dtype: "f32", shape: ["N", 8] });
    const w = b.input("w", { dtype: "f32", shape: [8] });
    // Values made after x and w are last read, in kernels of their own: the planned buffers they are given (the
    // inputs' own among them, once dead) must not reach the resident arrays.
    const h = b.exp(b.mul(x, w));
    const s = b.sum(b.mul(h, h), [1], true);
    b.output("y", b.add(b.mul(h, b.scalar(3)), b.mul(h, b.sub(s, s))));
    const plan = lowerToCpu(b.finish());
    const exec = new CpuExecutor(plan, 2, { resident: [16, 8] });
    const [xs, ws] = exec.resident as [Float32Array, Float32Array];
    xs.set(Array.from({ length: 16 }, (_, i) => i / 8 - 1));
    ws.set(Array.from({ length: 8 }, (_, i) => i / 4));
    const before = [Array.from(xs), Array.from(ws)];
    const y = exec.run({ x: xs, w: ws }, 2).y!;
    expect([Array.from(xs), Array.from(ws)]).toEqual(before);
    Array.from(y).forEach((got, i) => expect(got).toBeCloseTo(3 * Math.exp(xs[i]! * ws[i % 8]!), 4));
    ws[0] = 2; // read where it is: the next run sees the change
    expect(exec.run({ x: xs, w: ws }, 2).y![8]).toBeCloseTo(3 * Math.exp(xs[8]! * 2), 4);
  });
});

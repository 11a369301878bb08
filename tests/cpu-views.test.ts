// reshape and stop_gradient on the CPU as views (backends/cpu/lower.ts, compiler/passes/buffers.ts): no copy, and
// the viewed buffer stays live until the view's last use.

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
      const y = new CpuExecutor(plan, 2, float64).run({ x: xs }, 2).y!;
      Array.from(y).forEach((got, i) => expect(got).toBeCloseTo(2 * xs[i]! + Math.exp(xs[i]!), 5));
    }
  });
});

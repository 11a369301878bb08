// A native GEMM runs with SIGINT and SIGTERM held on its thread (backends/cpu/blas/signals.ts): Ctrl-C inside
// oneDNN's sgemm corrupted the heap. The thread's mask is read from /proc while the call runs.

import { readFileSync } from "node:fs";
import { platform } from "node:os";
import { describe, expect, it } from "vitest";
import { loadKoffi } from "../backends/cpu/blas/koffi.js";
import { holdingSignals } from "../backends/cpu/blas/signals.js";

/** The signals blocked on the calling thread, from its SigBlk line (a hexadecimal mask, signal s at bit s − 1). */
function blocked(): Set<number> {
  const line = /^SigBlk:\s*([0-9a-f]+)$/m.exec(readFileSync("/proc/thread-self/status", "utf8"))![1]!;
  const mask = BigInt(`0x${line}`);
  return new Set([2, 15].filter((s) => (mask >> BigInt(s - 1)) & 1n));
}

describe.runIf(platform() === "linux")("signals during a native GEMM", () => {
  it("holds SIGINT and SIGTERM during the call and restores the mask after, also when it throws", () => {
    const koffi = loadKoffi();
    expect(koffi).toBeDefined();
    const held = holdingSignals(koffi!);
    expect(blocked()).toEqual(new Set());
    expect(held(() => blocked())).toEqual(new Set([2, 15]));
    expect(blocked()).toEqual(new Set());
    expect(() =>
      held(() => {
        throw new Error("inside");
      }),
    ).toThrow("inside");
    expect(blocked()).toEqual(new Set());
  });
});

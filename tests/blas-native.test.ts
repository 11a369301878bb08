// What calling a native BLAS from Node needs: its GEMM runs with SIGINT and SIGTERM held on its thread
// (backends/cpu/blas/signals.ts: Ctrl-C inside oneDNN's sgemm corrupted the heap; the thread's mask is read from
// /proc while the call runs), and the library stays loaded to the end (blas/pin.ts: unloaded under its OpenMP
// threads at a natural exit, the process died of SIGSEGV).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { platform } from "node:os";
import { describe, expect, it } from "vitest";
import { loadKoffi } from "../backends/cpu/blas/koffi.js";
import { holdingSignals } from "../backends/cpu/blas/signals.js";
import { findBlas } from "../backends/cpu/blas/index.js";

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

describe.runIf(findBlas())("a process that ran a BLAS", () => {
  it("exits cleanly at its natural end, with the library's threads alive (three exits)", () => {
    const blas = join(import.meta.dirname, "..", "dist", "backends", "cpu", "blas", "index.js");
    const script = `
      const { findBlas } = await import(${JSON.stringify(blas)});
      const b = findBlas();
      const a = new Float32Array(256 * 256).fill(1), c = new Float32Array(256 * 256);
      for (let i = 0; i < 4; i++) b.sgemm(false, false, 256, 256, 256, a, a, c);
      console.log(b.name, b.threads, c[0]);`;
    for (let i = 0; i < 3; i++) {
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect({ status: r.status, signal: r.signal }, r.stderr).toEqual({ status: 0, signal: null });
      expect(r.stdout).toMatch(/ 256\n$/);
    }
  });
});

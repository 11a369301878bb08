// The playground's samples/s: measured over windows of at least 250 ms, never per epoch or step, whose lengths a
// coarse timer decides (an epoch of the spiral on the CPU lasted under a tick and read as a round 1,000,000).

import { describe, expect, it } from "vitest";
import { Throughput, WINDOW_MS } from "../playground/src/throughput.js";

describe("playground throughput", () => {
  it("reports nothing until a window of WINDOW_MS has passed, then samples over the window's time", () => {
    const t = new Throughput();
    t.restart(0, 1000);
    // 300-example epochs with a 0.1 ms timer: each epoch reads as 0 or 0.1 ms.
    let ms = 1000;
    for (let e = 1; e <= 100; e++) {
      ms += e % 3 === 0 ? 0.1 : 0;
      expect(t.update(300 * e, ms)).toBeUndefined();
    }
    expect(t.update(300 * 1000, 1000 + WINDOW_MS * 2)).toBeCloseTo((300_000 * 1000) / (WINDOW_MS * 2), 6);
  });

  it("keeps the last window's rate until the next closes, and a restart leaves the pause out", () => {
    const t = new Throughput();
    t.update(0, 0);
    expect(t.update(600, 300)).toBe(2000);
    expect(t.update(900, 400)).toBe(2000);
    t.restart(900, 10_000);
    expect(t.update(1200, 10_300)).toBe(1000);
  });

  it("gives a run shorter than a window its rate over the whole run when it stops", () => {
    const t = new Throughput();
    t.restart(0, 50);
    expect(t.update(3000, 100)).toBeUndefined();
    expect(t.finish(3000, 150)).toBe(30_000);
    // A run that closed a window keeps that window's rate.
    const u = new Throughput();
    u.restart(0, 0);
    u.update(1000, 500);
    expect(u.finish(1100, 600)).toBe(2000);
  });
});

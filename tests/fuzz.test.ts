// The fuzzer (fuzz/) in CI: a fixed seed, so a failure here is the same failure everywhere. `npm run fuzz` runs
// longer from any seed.

import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fuzz } from "../fuzz/run.js";

describe("fuzzing the compiler", () => {
  it("compiles thousands of generated and mutated programs to diagnostics or verified IR", () => {
    const details = fuzz({ runs: 4000, seed: 11 });
    // The report without the source, which can be long: the shrunk source goes to a file instead.
    if (details.failed) writeFileSync("fuzz-failure.nn", details.counterexample?.[0] ?? "");
    expect(details.failed ? `${String(details.errorInstance)} (the source: fuzz-failure.nn)` : "").toBe("");
    expect(details.numRuns).toBe(4000);
  }, 120_000);
});

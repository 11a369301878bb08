// `npm run fuzz -- --runs N [--seed S]`: a longer run of the fuzzer than `npm test`'s. On a failure it prints
// fast-check's report and writes the shrunk source to `fuzz-failure.nn`, to be made a golden case.

import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { fuzz } from "./run.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20000" },
    seed: { type: "string", default: String(Date.now()) },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
  console.error("usage: npm run fuzz -- [--runs N] [--seed S]");
  process.exit(2);
}
const started = performance.now();
const details = fuzz({ runs, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (details.failed) {
  writeFileSync("fuzz-failure.nn", details.counterexample?.[0] ?? "");
  console.error(fc.defaultReportMessage(details));
  console.error(details.errorInstance);
  console.error(`the failing source is in fuzz-failure.nn (seed ${seed}, ${seconds} s)`);
  process.exit(1);
}
console.log(`${details.numRuns} cases passed (seed ${seed}, ${seconds} s)`);

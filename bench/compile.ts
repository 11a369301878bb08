// `npm run bench`: how long `nnc check` takes to compile the examples. Prints the first compile in a fresh
// process (Chevrotain's grammar analysis included), the median of warm compiles, and the wall time of the
// whole `nnc check` command (Node's start included; the CLI is bundled into dist/nnc.mjs so that it loads in one read).

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compile, renderSummary } from "../index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FILES = ["alexnet.nn", "fashion_mnist_mlp.nn", "residual.nn"];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const first = (() => {
  const path = join(ROOT, "examples", FILES[0]!);
  const t0 = performance.now();
  const r = compile(readFileSync(path, "utf8"), { filename: path });
  if (!r.ok) throw new Error(`${path} does not compile`);
  renderSummary(r.program!.models[0]!);
  return performance.now() - t0;
})();
console.log(`first compile in this process (alexnet.nn, grammar analysis included): ${first.toFixed(1)} ms`);

for (const f of FILES) {
  const path = join(ROOT, "examples", f);
  const source = readFileSync(path, "utf8");
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    const r = compile(source, { filename: path });
    renderSummary(r.program!.models[0]!);
    times.push(performance.now() - t0);
  }
  console.log(`warm compile + summary, ${f}: median ${median(times).toFixed(2)} ms over 50`);
}

const cli = join(ROOT, "dist", "nnc.mjs");
const walls: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, "check", join(ROOT, "examples", "alexnet.nn")], { stdio: "ignore" });
  walls.push(performance.now() - t0);
}
console.log(
  `\`nnc check examples/alexnet.nn\` wall time (node start included): median ${median(walls).toFixed(0)} ms over 5`,
);

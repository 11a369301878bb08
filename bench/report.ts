// The benchmark's summary (bench/main.ts): each (workload, system)'s runs reduced to a row — the median with its
// min–max, samples/s, GFLOP/s, peak RSS, accuracy and nnc's time ratio to each peer —, printed as one table with
// its notes, then issue 10's targets checked against the same run. Returns what bench/results.json holds.

import type { ChildResult } from "./protocol.js";

/** One (workload, system) pair: the command that runs it once and prints a ChildResult. */
export interface Job {
  readonly workload: string;
  readonly system: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Fewer runs than the others (a row timed on a few steps that take long). */
  readonly runs?: number;
}

export type Run =
  | { readonly result: ChildResult; readonly error?: undefined }
  | { readonly error: string; readonly result?: undefined };

export interface Row {
  readonly workload: string;
  readonly system: string;
  readonly runs: number;
  /** Median seconds per epoch or per call, and the range over the runs. */
  readonly seconds?: number;
  readonly min?: number;
  readonly max?: number;
  readonly samplesPerSecond?: number;
  readonly gflops?: number;
  /** The largest peak RSS of the runs, MiB. */
  readonly rssMiB?: number;
  readonly accuracy?: number;
  readonly coldSeconds?: number;
  readonly extrapolated?: boolean;
  readonly note?: string;
  /** nnc's rows: their time over PyTorch's, and over the fastest TF.js backend's. */
  readonly vsPyTorch?: number;
  readonly vsTfjs?: number;
  readonly error?: string;
}

export interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function summarise(job: Job, runs: readonly Run[]): Row {
  const base = { workload: job.workload, system: job.system, runs: runs.length };
  const failed = runs.find((r) => r.error !== undefined);
  if (failed?.error !== undefined) return { ...base, error: failed.error };
  const rs = runs.map((r) => r.result!);
  const seconds = median(rs.map((r) => r.seconds));
  const at = rs.find((r) => r.seconds === seconds)!;
  return {
    ...base,
    seconds,
    min: Math.min(...rs.map((r) => r.seconds)),
    max: Math.max(...rs.map((r) => r.seconds)),
    ...(at.samplesPerSecond !== undefined && { samplesPerSecond: at.samplesPerSecond }),
    ...(at.gflops !== undefined && { gflops: at.gflops }),
    rssMiB: Math.max(...rs.map((r) => r.rssMiB)),
    ...(at.accuracy !== undefined && { accuracy: median(rs.map((r) => r.accuracy!)) }),
    ...(at.coldSeconds !== undefined && { coldSeconds: median(rs.map((r) => r.coldSeconds!)) }),
    ...(at.extrapolated && { extrapolated: true }),
    ...(at.note !== undefined && { note: at.note }),
  };
}

/** nnc's rows with their ratios to the peers of the same workload. */
function withRatios(rows: readonly Row[]): Row[] {
  return rows.map((r) => {
    if (!r.system.startsWith("nnc") || r.seconds === undefined) return r;
    const peers = rows.filter((p) => p.workload === r.workload && p.seconds !== undefined);
    // A GPU row compares with PyTorch on CUDA where there is one, a CPU row with PyTorch on the CPU.
    const cuda = r.system.includes("webgpu") ? peers.find((p) => p.system === "PyTorch cuda") : undefined;
    const torch = cuda ?? peers.find((p) => p.system === "PyTorch");
    const tfjs = peers.filter((p) => p.system.startsWith("TF.js")).map((p) => p.seconds!);
    return {
      ...r,
      ...(torch && { vsPyTorch: r.seconds / torch.seconds! }),
      ...(tfjs.length && { vsTfjs: r.seconds / Math.min(...tfjs) }),
    };
  });
}

function targets(rows: readonly Row[]): Target[] {
  const out: Target[] = [];
  const find = (w: string, s: string) =>
    rows.find((r) => r.workload === w && r.system === s && r.seconds !== undefined);
  const cpu = rows.filter((r) => r.system.startsWith("nnc cpu") && r.seconds !== undefined);
  for (const r of cpu) {
    const torch = find(r.workload, "PyTorch");
    const limit = { W1: 1.5, W2: 2.5 }[r.workload];
    if (limit !== undefined && r.vsPyTorch !== undefined)
      out.push({
        target: `${r.workload} ${r.system} ≤ ${limit}× PyTorch's time`,
        measured: `${r.vsPyTorch.toFixed(2)}×`,
        met: r.vsPyTorch <= limit,
      });
    if ((r.workload === "W1" || r.workload === "W2") && r.vsTfjs !== undefined)
      out.push({
        target: `${r.workload} ${r.system} ≥ 10× faster than TF.js's best`,
        measured: `${(1 / r.vsTfjs).toFixed(1)}× faster`,
        met: r.vsTfjs <= 0.1,
      });
    if (r.workload === "W1" && torch?.rssMiB !== undefined)
      out.push({
        target: `W1 ${r.system} peak RSS ≤ PyTorch's`,
        measured: `${r.rssMiB!.toFixed(0)} vs ${torch.rssMiB.toFixed(0)} MiB`,
        met: r.rssMiB! <= torch.rssMiB,
      });
  }
  for (const r of rows.filter((x) => x.system.startsWith("nnc") && x.accuracy !== undefined)) {
    const torch = find(r.workload, "PyTorch");
    if (torch?.accuracy === undefined) continue;
    const gap = 100 * Math.abs(r.accuracy! - torch.accuracy);
    out.push({
      target: `${r.workload} ${r.system} accuracy within 1 point of PyTorch's`,
      measured: `${pct(r.accuracy)} vs ${pct(torch.accuracy)}`,
      met: gap <= 1,
    });
  }
  const alex = find("W4 alexnet.nn", "nnc");
  if (alex)
    out.push({
      target: "W4 alexnet.nn compiles (source to both backends' kernels) in under 300 ms",
      measured: `${ms(alex.seconds)} warm, ${ms(alex.coldSeconds)} the first in a process`,
      met: alex.seconds! < 0.3,
    });
  return out;
}

const pct = (x: number | undefined) => (x === undefined ? "" : `${(100 * x).toFixed(1)}%`);
const ms = (x: number | undefined) => (x === undefined ? "" : `${(1000 * x).toFixed(1)} ms`);
const secs = (x: number) => (x < 0.1 ? ms(x) : `${x.toFixed(x < 10 ? 2 : 1)} s`);
const ratio = (x: number | undefined) => (x === undefined ? "" : `${x.toFixed(x < 0.1 ? 3 : 2)}×`);

/** Prints the table, its notes, the skipped systems and the targets; returns the rows and targets for the JSON. */
export function printReport(
  measured: readonly Row[],
  skipped: readonly string[],
): { rows: Row[]; targets: Target[] } {
  const rows = withRatios(measured);
  const notes: string[] = [];
  const noteRef = (n: string | undefined) => {
    if (n === undefined) return "";
    if (!notes.includes(n)) notes.push(n);
    return `[${notes.indexOf(n) + 1}]`;
  };
  const header = [
    "workload",
    "system",
    "time (median, min–max)",
    "samples/s",
    "GFLOP/s",
    "peak RSS",
    "test acc",
    "nnc/PyTorch",
    "nnc/TF.js",
    "",
  ];
  const cells = rows.map((r) =>
    r.error !== undefined
      ? [r.workload, r.system, `failed: ${r.error.slice(0, 100)}`, "", "", "", "", "", "", ""]
      : [
          r.workload,
          r.system,
          `${secs(r.seconds!)}${r.runs > 1 ? ` (${secs(r.min!)}–${secs(r.max!)})` : ""}${r.extrapolated ? " extrap." : ""}${r.coldSeconds !== undefined ? `, cold ${ms(r.coldSeconds)}` : ""}`,
          r.samplesPerSecond === undefined ? "" : r.samplesPerSecond.toFixed(0),
          r.gflops === undefined ? "" : r.gflops.toFixed(1),
          `${r.rssMiB!.toFixed(0)} MiB`,
          pct(r.accuracy),
          ratio(r.vsPyTorch),
          ratio(r.vsTfjs),
          noteRef(r.note),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const c of cells) console.log(line(c));
  console.log(
    "\ntime: W1 one epoch and the test evaluation, W2 one epoch and the test evaluation, W3 one call, W4 source to " +
      "kernels; ratios are nnc's time over the peer's (below 1: nnc is faster); nnc webgpu's is over PyTorch " +
      "cuda's where that ran",
  );
  notes.forEach((n, i) => console.log(`[${i + 1}] ${n}`));
  for (const s of skipped) console.log(s);
  const checked = targets(rows);
  if (checked.length) console.log("\ntargets (issue 10), measured in this run:");
  for (const t of checked) console.log(`  ${t.met ? "met    " : "NOT met"}  ${t.target}: ${t.measured}`);
  return { rows, targets: checked };
}

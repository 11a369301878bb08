// `npm run bench` (issue 10): every workload on every system found on this machine, each run in its own child
// process, then one table and bench/results.json (bench/report.ts). `node dist/bench/main.js [--quick] [--runs N]
// [--only W1,W3] [--webgpu]`: `--quick` runs a tenth of each training epoch once; `--webgpu` also times a software
// adapter (SwiftShader), which takes many minutes an epoch.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus as cpusOf, tmpdir } from "node:os";
import { join } from "node:path";
import { compile, findBlas, saveWeights, type TrainOptions } from "../index.js";
import { initialise } from "../runtime/init.js";
import { acquireDevice } from "../backends/webgpu/device.js";
import { W3_SHAPES, type ChildResult } from "./protocol.js";
import { printReport, summarise, type Job, type Run } from "./report.js";

const ROOT = join(import.meta.dirname, "..", "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const forceWebgpu = argv.includes("--webgpu");
const runs = Number(argv[argv.indexOf("--runs") + 1] ?? "") || (quick ? 1 : 3);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1]!.split(",") : undefined;
// `--systems webgpu,PyTorch`: only the systems whose names contain one of these (bench/device.sh's GPU run).
const systems = argv.includes("--systems") ? argv[argv.indexOf("--systems") + 1]!.split(",") : undefined;
const cpus = cpusOf();
// TF.js's cpu backend is slow enough that it is timed on a few steps and the epoch extrapolated: W1 on 20 steps,
// W2 (over a minute a step on the 2-core CI machine) on one, once rather than `runs` times.
const TFJS_STEPS = { W1: 20, W2: 1 } as const;

/**
 * nnc's systems: one per CPU kernel path, and WebGPU when an adapter is found. Each entry's `options` go to train()
 * in the child (bench/nnc-child.ts); a new kernel path is one more line here.
 */
interface NncSystem {
  readonly name: string;
  readonly options: Pick<TrainOptions, "backend" | "wgslTarget" | "cpuKernels">;
  readonly webgpu?: true;
}
const blas = findBlas();
const NNC_SYSTEMS: readonly NncSystem[] = [
  { name: "nnc cpu wasm", options: { backend: "cpu", cpuKernels: "wasm" } },
  ...(blas
    ? [{ name: `nnc cpu ${blas.name}`, options: { backend: "cpu", cpuKernels: "blas" } } as const]
    : []),
  { name: "nnc webgpu", options: { backend: "webgpu" }, webgpu: true },
];

const skipped: string[] = [];
if (!blas) skipped.push("nnc cpu with a BLAS: skipped, none loads (apt-get install libopenblas0-pthread)");
const node = (script: string, args: string[]) => ({
  command: process.execPath,
  args: [join(ROOT, "dist", "bench", script), ...args, ...(quick ? ["--quick"] : [])],
});

/** The adapter nnc would take, or why it is left out (the line goes under the table). */
async function webgpuAdapter(): Promise<string | undefined> {
  let acquired;
  try {
    acquired = await acquireDevice({ env: process.env });
  } catch (e) {
    skipped.push(`nnc webgpu: skipped (${(e as Error).message.split(":")[0]})`);
    return undefined;
  }
  acquired.device.destroy();
  if (acquired.software && !forceWebgpu) {
    skipped.push(
      `nnc webgpu: skipped, the only adapter is software (${acquired.description}): an epoch takes many minutes; ` +
        "--webgpu times it anyway",
    );
    return undefined;
  }
  return acquired.description;
}

/** Debian's python3 with torch (python3-torch), or why PyTorch is left out. */
function torchPython(): { python: string; env: NodeJS.ProcessEnv; cuda: boolean } | undefined {
  const python = ["/usr/bin/python3", "python3"].find(
    (p) => spawnSync(p, ["-c", "import torch, numpy"], { stdio: "ignore" }).status === 0,
  );
  if (!python) {
    skipped.push("PyTorch: skipped, `import torch, numpy` fails in python3 (apt-get install python3-torch)");
    return undefined;
  }
  // The best configuration of Debian's torch: OpenBLAS built with pthreads first on the library path and OpenMP's
  // threads sleeping when idle; otherwise they spin against OpenBLAS's and the epoch takes about 4× longer.
  const multiarch = existsSync("/usr/lib")
    ? readdirSync("/usr/lib").filter((d) => d.endsWith("-linux-gnu"))
    : [];
  const blas = multiarch.map((d) => `/usr/lib/${d}/openblas-pthread`).find((d) => existsSync(d));
  if (!blas)
    skipped.push("PyTorch: libopenblas0-pthread not found; torch runs with the default libblas.so.3");
  const env = {
    ...process.env,
    OMP_WAIT_POLICY: "PASSIVE",
    ...(blas && { LD_LIBRARY_PATH: [blas, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") }),
  };
  const cuda = spawnSync(python, ["-c", "import torch; print(torch.cuda.is_available())"], {
    encoding: "utf8",
  });
  return { python, env, cuda: cuda.stdout.trim() === "True" };
}

/**
 * The initial weights nnc draws for W1 or W2 (its seed, PyTorch's default distribution), written for PyTorch to start
 * from: one epoch's accuracy varies by several points with the draw alone, so the accuracy check compares the same
 * start. TF.js draws its own from the same distribution.
 */
function initialWeights(w: "W1" | "W2"): string {
  const file = join(ROOT, "bench", `${w.toLowerCase()}.nn`);
  const m = compile(readFileSync(file, "utf8"), { filename: file }).program!.models[0]!;
  const path = join(tmpdir(), `nnc-bench-${w}-init.safetensors`);
  saveWeights(path, m, initialise(m, m.train?.seed ?? 0));
  return path;
}

async function jobs(): Promise<Job[]> {
  const adapter = await webgpuAdapter();
  const nnc = NNC_SYSTEMS.filter((s) => !s.webgpu || adapter !== undefined);
  const torch = torchPython();
  const py = (args: string[]) =>
    torch && {
      command: torch.python,
      args: [
        join(ROOT, "bench", "torch_child.py"),
        ...args,
        ...["--threads", String(cpus.length)],
        ...(quick ? ["--quick"] : []),
      ],
      env: torch.env,
    };
  const out: Job[] = [];
  const add = (workload: string, system: string, cmd: Omit<Job, "workload" | "system"> | undefined) => {
    if (!cmd || (only && !only.some((w) => workload.startsWith(w)))) return;
    if (!systems || systems.some((s) => system.includes(s))) out.push({ workload, system, ...cmd });
  };
  for (const w of ["W1", "W2"] as const) {
    const init = initialWeights(w);
    for (const s of nnc) {
      const name = s.webgpu ? `${s.name} (${adapter})` : s.name;
      add(w, name, node("nnc-child.js", [w, "--options", JSON.stringify(s.options)]));
    }
    add(w, "PyTorch", py([w, "--init", init]));
    if (torch?.cuda) add(w, "PyTorch cuda", py([w, "--device", "cuda", "--init", init]));
    if (w === "W1") add(w, "TF.js wasm", node("tfjs-child.js", [w, "--backend", "wasm"]));
    const steps = TFJS_STEPS[w as "W1" | "W2"];
    const tfjsCpu = node("tfjs-child.js", [w, "--backend", "cpu", "--steps", String(steps)]);
    add(w, "TF.js cpu", w === "W2" ? { ...tfjsCpu, runs: 1 } : tfjsCpu);
  }
  if (out.some((j) => j.workload === "W2" && j.system.startsWith("TF.js")))
    skipped.push(
      `TF.js wasm: W2 not run, the wasm backend has no Conv2DBackpropFilter kernel; its cpu backend is timed on ` +
        `${TFJS_STEPS.W2} step (one run) and extrapolated; W1 on the cpu backend is timed on ${TFJS_STEPS.W1} steps`,
    );
  for (const shape of Object.keys(W3_SHAPES)) {
    for (const s of nnc.filter((x) => !x.webgpu))
      add(
        `W3 ${shape}`,
        s.name,
        node("nnc-child.js", ["W3", "--shape", shape, "--options", JSON.stringify(s.options)]),
      );
    add(`W3 ${shape}`, "PyTorch", py(["W3", "--shape", shape]));
  }
  for (const file of ["alexnet.nn", "fashion_mnist_mlp.nn"])
    add(`W4 ${file}`, "nnc", node("nnc-child.js", ["W4", "--file", file]));
  return out;
}

function runOnce(job: Job): Run {
  const r = spawnSync(job.command, job.args, {
    cwd: ROOT,
    env: job.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("RESULT "));
  if (r.status !== 0 || !line) {
    const why = (r.stderr || r.stdout || String(r.error)).trim().split("\n").slice(-3).join(" / ");
    return { error: `exit ${r.status}: ${why}` };
  }
  return { result: JSON.parse(line.slice("RESULT ".length)) as ChildResult };
}

const list = await jobs();
const started = new Date();
console.log(
  `nnc benchmark, ${quick ? "--quick (a tenth of each epoch)" : "full epochs"}, ${runs} run(s) each, ` +
    `${list.length} (workload, system) pairs; every system sees the training data in file order (no shuffling)`,
);
const rows = list.map((job) => {
  const done: Run[] = [];
  const n = job.runs ?? runs;
  for (let i = 0; i < n; i++) {
    const run = runOnce(job);
    done.push(run);
    const r = run.result;
    console.log(
      `  ${job.workload} · ${job.system} · run ${i + 1}/${n}: ` +
        (r
          ? `${r.seconds.toFixed(3)} s${r.accuracy !== undefined ? `, ${(100 * r.accuracy).toFixed(1)}%` : ""}`
          : run.error),
    );
    if (!r) break;
  }
  return summarise(job, done);
});
const report = printReport(rows, skipped);
const path = join(ROOT, "bench", "results.json");
writeFileSync(
  path,
  JSON.stringify(
    {
      started: started.toISOString(),
      quick,
      runs,
      cpus: cpus.length,
      node: process.version,
      skipped,
      ...report,
    },
    null,
    2,
  ) + "\n",
);
console.log(`\nwritten: ${path}`);
process.exit(0);

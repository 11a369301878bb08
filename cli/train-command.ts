// `nnc train FILE` (CLI.md): flags → the API's options, progress and epoch lines out, the weights saved (with the
// optimizer state and the position, so `--resume` continues), and the exit code of how the run ended. Everything
// it does goes through `train()` and the weights files.

import { appendFileSync } from "node:fs";
import { dirname } from "node:path";
import { Command } from "commander";
import {
  loadResume,
  loadWeights,
  pickModel,
  saveWeights,
  train,
  UserError,
  type CheckedModel,
  type CompiledProgram,
  type EpochMetrics,
  type TrainRun,
} from "../index.js";
import { compileFile } from "./compile-file.js";
import { EXIT, exitWith, type Io } from "./io.js";
import {
  cpuKernelsOption,
  nonNegativeInt,
  positiveInt,
  positiveNumber,
  type CpuKernelsFlag,
} from "./options.js";
import { EpochLines, epochPeriod } from "./epoch-lines.js";
import { evaluatingText, pct, ProgressBar, ProgressLines } from "./progress.js";

interface TrainFlags extends CpuKernelsFlag {
  model?: string;
  backend: "auto" | "cpu" | "webgpu";
  epochs?: number;
  batch?: number;
  lr?: number;
  seed?: number;
  steps?: number;
  shuffle: boolean;
  init?: string;
  resume?: string;
  save?: string;
  log?: string;
  dataDir?: string;
  quiet?: boolean;
  every?: number;
  checkNumerics?: boolean;
}

export function addTrainCommand(program: Command, io: Io): void {
  program
    .command("train")
    .description(
      "compile, then train as the `train` block says; print progress and per-epoch metrics; save weights",
    )
    .argument("<file>", ".nn file")
    .option("--model <name>", "which model, when the file holds several")
    .option("--backend <name>", "auto, cpu or webgpu", "auto")
    .option("--epochs <n>", "override the file's epochs", positiveInt)
    .option("--batch <n>", "override the file's batch size", positiveInt)
    .option("--lr <x>", "override the learning rate (a schedule's starting rate)", positiveNumber)
    .option("--seed <n>", "override the seed", nonNegativeInt)
    .option("--steps <n>", "stop after N optimizer steps (also mid-epoch)", positiveInt)
    .option("--no-shuffle", "keep the data set's order")
    .option("--init <ckpt>", "start from these weights instead of initialising")
    .option("--resume <ckpt>", "continue an interrupted run: weights, optimizer state, epoch and step")
    .option("--save <path>", "where the weights go (default ./<ModelName>.safetensors)")
    .option("--log <path>", "append one JSON object per line")
    .option("--data-dir <dir>", "where named data sets are looked for first")
    .option("--quiet", "no progress bar; the final metrics only")
    .option(
      "--every <n>",
      "print every Nth epoch line (default: each of up to 20 epochs, else about 20 and the last)",
      positiveInt,
    )
    .option(
      "--check-numerics",
      "on a NaN or Inf, name the first IR instruction that produced it, its layer and source line (slow; on the CPU)",
    )
    .addOption(cpuKernelsOption())
    .action(async (file: string, flags: TrainFlags) => {
      if (!["auto", "cpu", "webgpu"].includes(flags.backend)) {
        throw new UserError(`--backend must be auto, cpu or webgpu, not \`${flags.backend}\``, {
          exitCode: EXIT.usage,
        });
      }
      const result = compileFile(file, flags.model, io);
      await trainCommand(file, result.program!, flags, io);
    });
}

async function trainCommand(
  file: string,
  program: CompiledProgram,
  flags: TrainFlags,
  io: Io,
): Promise<void> {
  const m = pickModel(program, flags.model);
  const save = flags.save ?? `./${m.name}.safetensors`;
  const log = (obj: Record<string, unknown>) => {
    if (flags.log) appendFileSync(flags.log, JSON.stringify(obj) + "\n");
  };
  const bar = flags.quiet
    ? undefined
    : io.stderrIsTTY
      ? new ProgressBar(io.stderr)
      : new ProgressLines(io.stderr);
  const epochs = flags.epochs ?? m.train?.epochs ?? 1;
  const period = epochPeriod(epochs, flags.every);
  // Said with the first epoch line, once training runs: an input that fails to load stays a one-line error.
  let note =
    !flags.quiet && period > 1 && flags.every === undefined
      ? `printing every ${ordinal(period)} of ${epochs} epochs and the last (--every 1 prints each)\n`
      : undefined;
  const lines = new EpochLines((line) => io.stdout(line + "\n"), period);
  const init = flags.init !== undefined ? loadWeights(flags.init, m) : undefined;
  const resume = flags.resume !== undefined ? loadResume(flags.resume, m, m.programs.step.states) : undefined;
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once("SIGINT", onSigint);
  const t0 = performance.now();
  let run: TrainRun;
  try {
    run = await train(program, {
      ...(flags.model !== undefined && { model: flags.model }),
      backend: flags.backend,
      cpuKernels: flags.cpuKernels,
      ...(flags.epochs !== undefined && { epochs: flags.epochs }),
      ...(flags.batch !== undefined && { batch: flags.batch }),
      ...(flags.lr !== undefined && { lr: flags.lr }),
      ...(flags.seed !== undefined && { seed: flags.seed }),
      ...(flags.steps !== undefined && { steps: flags.steps }),
      ...(!flags.shuffle && { shuffle: false }),
      ...(init && { init }),
      ...(resume && { resume }),
      baseDir: dirname(file),
      env: process.env,
      catchNativeStderr: true,
      ...(flags.checkNumerics && { checkNumerics: true }),
      ...(flags.dataDir !== undefined && { dataDir: flags.dataDir }),
      signal: abort.signal,
      onInfo: (line) => io.stderr(line + "\n"),
      ...(bar && { onStep: (s) => bar.step(s) }),
      onEpoch: (e: EpochMetrics) => {
        bar?.end();
        if (note) io.stderr(note);
        note = undefined;
        if (!flags.quiet) lines.epoch(e);
        log(epochEvent(e));
      },
      onEvaluate: (e) => {
        // After an epoch the bar says it; at the end of a run stopped early a line does, since nothing else would.
        if (!e.final) bar?.evaluating(e);
        else if (!flags.quiet) {
          bar?.end();
          lines.flush();
          io.stderr(evaluatingText(e) + "\n");
        }
      },
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
    bar?.end();
  }
  if (!flags.quiet) lines.flush();
  saveWeights(save, m, run.weights, { optimizerState: run.optimizerState, position: run.position });
  const t = run.test;
  log({
    event: "end",
    reason: run.reason,
    parameters: m.parameterCount,
    backend: run.backend,
    test_loss: t?.loss ?? null,
    test_accuracy: t?.accuracy ?? null,
    test_top5: t?.top5 ?? null,
    epochs: run.epochs.length,
    steps: run.position.step,
    seconds: round((performance.now() - t0) / 1000, 3),
    weights: save,
  });
  // The closing line: why the run ended and the final metrics (on the training set when there is no test split).
  const on = run.testSplit ? "test" : "train";
  const parts = [
    `${run.reason === "epochs" ? "done" : `stopped (${run.reason.replace("_", " ")})`} after ${run.position.step} steps`,
  ];
  if (t?.accuracy != null) parts.push(`${on} accuracy ${pct(t.accuracy)}`);
  if (t?.top5 != null) parts.push(`${on} top-5 ${pct(t.top5)}`);
  if (t) parts.push(`${on} loss ${t.loss.toFixed(4)}`);
  io.stdout(parts.join("  ") + "\n");
  io.stderr(`saved ${describe(m)} to ${save}\n`);
  if (run.reason === "nan") {
    throw new UserError(
      run.nonFinite !== undefined
        ? `step ${run.nanStep} made a NaN or infinity first in ${run.nonFinite}; the weights saved are the last good ones`
        : `the loss became NaN or infinite at step ${run.nanStep}; the weights saved are the last good ones` +
            " (--check-numerics names the instruction that made it)",
    );
  }
  if (run.reason === "interrupt") throw exitWith(EXIT.interrupted);
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th")}`;
}

function describe(m: CheckedModel): string {
  return `${m.parameterCount.toLocaleString("en-US")} parameters`;
}

function epochEvent(e: EpochMetrics): Record<string, unknown> {
  return {
    event: "epoch",
    epoch: e.epoch,
    steps: e.steps,
    train_loss: round(e.trainLoss, 6),
    train_accuracy: e.trainAccuracy === null ? null : round(e.trainAccuracy, 6),
    test_loss: e.test ? round(e.test.loss, 6) : null,
    test_accuracy: e.test?.accuracy == null ? null : round(e.test.accuracy, 6),
    test_top5: e.test?.top5 == null ? null : round(e.test.top5, 6),
    val_loss: e.val ? round(e.val.loss, 6) : null,
    val_accuracy: e.val?.accuracy == null ? null : round(e.val.accuracy, 6),
    lr: e.lr,
    seconds: round(e.seconds, 3),
    samples_per_second: Math.round(e.samplesPerSecond),
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

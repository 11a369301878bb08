// `nnc train FILE` (CLI.md): flags → the API's options, progress and epoch lines out, the weights saved (with the
// optimizer state and the position, so `--resume` continues), and the exit code of how the run ended. Everything
// it does goes through `train()` and the weights files.

import { appendFileSync, existsSync } from "node:fs";
import { totalmem } from "node:os";
import { dirname } from "node:path";
import { Command } from "commander";
import {
  loadResume,
  checkOutputPath,
  loadWeights,
  optimizerPath,
  pickModel,
  runRecord,
  saveCheckpoint,
  train,
  UserError,
  type CheckedModel,
  type CompiledProgram,
  type EpochMetrics,
  type TrainRun,
} from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import { EXIT, exitWith, type Io } from "./io.js";
import {
  cpuKernelsOption,
  nonNegativeInt,
  positiveInt,
  positiveNumber,
  seedFlag,
  type CpuKernelsFlag,
  setOption,
  setValueText,
} from "./options.js";
import { EpochLines, epochPeriod } from "./epoch-lines.js";
import { closingLines, evaluatingText, ProgressBar, ProgressLines } from "./progress.js";
import { interruptSignals } from "./interrupts.js";
import { nncVersion } from "./version.js";
import { CurvePlot } from "./curve-plot.js";

interface TrainFlags extends CpuKernelsFlag, CompileFlags {
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
  plot?: string;
}

export function addTrainCommand(program: Command, io: Io): void {
  program
    .command("train")
    .description(
      "compile, then train as the `train` block says; print progress and per-epoch metrics; save weights",
    )
    .argument("<file>", ".nn file")
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .option("--backend <name>", "auto, cpu or webgpu", "auto")
    .option("--epochs <n>", "override the file's epochs", positiveInt)
    .option("--batch <n>", "override the file's batch size", positiveInt)
    .option("--lr <x>", "override the learning rate (a schedule's starting rate)", positiveNumber)
    .option("--seed <n>", "override the seed", seedFlag)
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
    .option("--plot <file>", "write the training curves (.svg, .png or .html) after each epoch")
    .addOption(cpuKernelsOption())
    .action(async (file: string, flags: TrainFlags) => {
      if (!["auto", "cpu", "webgpu"].includes(flags.backend)) {
        throw new UserError(`--backend must be auto, cpu or webgpu, not \`${flags.backend}\``, {
          exitCode: EXIT.usage,
        });
      }
      if (flags.resume !== undefined && flags.init !== undefined) {
        throw new UserError(
          "--resume and --init cannot be used together: --resume continues a run from its own weights, --init starts a new run from given ones",
          { exitCode: EXIT.usage },
        );
      }
      const result = compileFile(file, flags, io);
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
  // Every output is checked before the data is read: a run should not end on a path it could never write.
  checkOutputPath(save, "--save");
  checkOutputPath(optimizerPath(save), "--save");
  if (flags.log !== undefined) checkOutputPath(flags.log, "--log");
  const plot = flags.plot !== undefined ? new CurvePlot(flags.plot, m.name) : undefined;
  const log = (obj: Record<string, unknown>) => {
    if (flags.log === undefined) return;
    try {
      appendFileSync(flags.log, JSON.stringify(obj) + "\n");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new UserError(`--log \`${flags.log}\`: cannot append to the log (${code})`);
    }
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
  // Ctrl-C (or SIGTERM) once: the step finishes, the checkpoint is written, the final evaluation runs; twice: the
  // evaluation is skipped. The runtime hears of it through the two signals, never from the process.
  const interrupts = interruptSignals();
  const startStep = resume?.position.step ?? 0;
  // Where the checkpoint went, once written; whether a diverged run kept the one already at --save.
  let written: string | undefined;
  let kept = false;
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
      memoryLimit: totalmem(),
      catchNativeStderr: true,
      ...(flags.checkNumerics && { checkNumerics: true }),
      ...(flags.dataDir !== undefined && { dataDir: flags.dataDir }),
      signal: interrupts.stop,
      skipEvaluation: interrupts.skip,
      onInfo: (line) => io.stderr(line + "\n"),
      ...(bar && { onStep: (s) => bar.step(s) }),
      onEpoch: (e: EpochMetrics) => {
        bar?.end();
        if (note) io.stderr(note);
        note = undefined;
        if (!flags.quiet) lines.epoch(e);
        log(epochEvent(e));
        plot?.epoch(epochEvent(e));
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
      onCheckpoint: (c, stop) => {
        bar?.end();
        // Interrupted before the first step: the run is where it started, and the file at --save stays as it is.
        if (stop.reason === "interrupt" && c.position.step === startStep) return;
        // A run that diverged never replaces a checkpoint already there: its last finite weights go beside it.
        kept = stop.reason === "nan" && (existsSync(save) || existsSync(optimizerPath(save)));
        written = kept ? divergedPath(save) : save;
        // What the run was goes with its weights: `nnc eval` and `nnc show` read it back without the `.nn` file.
        const record = runRecord(program, file, {
          overrides: Object.fromEntries(
            Object.entries(flags.set ?? {}).map(([k, v]) => [k, setValueText(v)]),
          ),
          backend: stop.backend,
          ...(c.run && { seed: c.run.seed }),
          version: nncVersion(),
          cwd: process.cwd(),
        });
        saveCheckpoint(written, m, c, record);
        if (stop.reason !== "interrupt") return;
        if (!flags.quiet) lines.flush();
        const next = stop.evaluating
          ? `; evaluating the ${stop.evaluating === "test" ? "test" : "training"} set, Ctrl-C again to skip`
          : "";
        io.stderr(`interrupted after step ${c.position.step}: saved a checkpoint to ${save}${next}\n`);
      },
    });
  } finally {
    interrupts.dispose();
    bar?.end();
  }
  await plot?.written();
  if (!flags.quiet) lines.flush();
  if (run.nothingLeft !== undefined) {
    io.stdout(run.nothingLeft + "\n");
    return;
  }
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
    restored_epoch: run.restored?.epoch ?? null,
    seconds: round((performance.now() - t0) / 1000, 3),
    weights: written ?? null,
  });
  for (const line of closingLines(run, !flags.quiet)) io.stdout(line + "\n");
  if (run.reason === "nan") {
    const last = `the last finite weights (after step ${run.position.step}) are in ${written}`;
    throw new UserError(
      (run.nonFinite !== undefined
        ? `step ${run.nanStep} made a NaN or infinity first in ${run.nonFinite}; `
        : `the loss became NaN or infinite at step ${run.nanStep} (--check-numerics names the instruction that made it); `) +
        (kept ? `${save} was kept, not replaced; ${last}` : last),
    );
  }
  if (written) {
    const how = run.reason === "interrupt" ? `; continue with \`--resume ${written}\`` : "";
    io.stderr(`saved ${describe(m)} to ${written}${how}\n`);
  } else io.stderr(`interrupted before the first step: nothing saved\n`);
  if (run.reason === "interrupt") throw exitWith(EXIT.interrupted);
}

/** Where a diverged run's weights go when a checkpoint is already at `save`: `M.safetensors` → `M.diverged.safetensors`. */
function divergedPath(save: string): string {
  return `${save.replace(/\.safetensors$/, "")}.diverged.safetensors`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th")}`;
}

function describe(m: CheckedModel): string {
  return `${m.parameterCount.toLocaleString("en-US")} parameters`;
}

function epochEvent(e: EpochMetrics) {
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

// `nnc dream FILE --weights CKPT --class K` (CLI.md): flags → `dream()`, the class score at the start and the end
// on stdout, the image written as a PNG. Everything it does goes through the API's `dream()` and image helpers.

import { Command, InvalidArgumentError } from "commander";
import {
  checkOutputPath,
  dream,
  imageLayout,
  loadWeights,
  pickModel,
  tensorToImage,
  writePng,
  type DreamStep,
} from "../index.js";
import { pct } from "./progress.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import type { Io } from "./io.js";
import {
  cpuKernelsOption,
  nonNegativeInt,
  positiveNumber,
  seedFlag,
  type CpuKernelsFlag,
  setOption,
} from "./options.js";

interface DreamFlags extends CpuKernelsFlag, CompileFlags {
  weights: string;
  class: number;
  output?: string;
  model?: string;
  steps: number;
  lr: number;
  l2: number;
  seed: number;
}

// Any integer: whether it names a class is the model's to say, with exit 1 (bad input) rather than 2 (bad usage).
function integer(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n)) throw new InvalidArgumentError("expected a class index");
  return n;
}

function nonNegativeNumber(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !(n >= 0) || !Number.isFinite(n))
    throw new InvalidArgumentError("expected a number ≥ 0");
  return n;
}

export function addDreamCommand(program: Command, io: Io): void {
  program
    .command("dream")
    .description("optimise an input image, not the weights, to raise class K's score; write it as a PNG")
    .argument("<file>", ".nn file")
    .requiredOption("--weights <ckpt>", "the weights (safetensors)")
    .requiredOption("--class <k>", "the class whose score is raised, 0 to classes - 1", integer)
    .option("-o, --output <png>", "where the image goes (default ./<Model>-class<K>.png)")
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .option("--steps <n>", "gradient-ascent steps", nonNegativeInt, 200)
    .option(
      "--lr <x>",
      "how far a pixel moves per step (root mean square, pixels in [0, 1])",
      positiveNumber,
      0.02,
    )
    .option("--l2 <x>", "λ of the penalty λ·Σx² on the image", nonNegativeNumber, 0.1)
    .option("--seed <n>", "seed of the starting noise", seedFlag, 0)
    .addOption(cpuKernelsOption())
    .action((file: string, flags: DreamFlags) => {
      const result = compileFile(file, flags, io);
      const m = pickModel(result.program!, flags.model);
      const out = flags.output ?? `./${m.name}-class${flags.class}.png`;
      checkOutputPath(out, flags.output === undefined ? "the image" : "-o");
      // Before the climb: a model whose input is no image should not wait 200 steps to hear so.
      const layout = imageLayout(m.input.shape);
      const weights = loadWeights(flags.weights, m);
      const bar = process.stderr.isTTY ? progress(io, flags.steps) : undefined;
      const r = dream(result.program!, {
        weights,
        classIndex: flags.class,
        ...(flags.model !== undefined && { model: flags.model }),
        steps: flags.steps,
        lr: flags.lr,
        l2: flags.l2,
        seed: flags.seed,
        cpuKernels: flags.cpuKernels,
        ...(bar && { onStep: bar }),
      });
      if (bar) io.stderr("\r\x1b[2K");
      io.stdout(`${line(r.before, flags.class)}  (noise)\n${line(r.after, flags.class)}\n`);
      writePng(out, tensorToImage(r.image, r.shape));
      const kind = layout.channels === 1 ? "gray" : "RGB";
      io.stderr(`wrote ${layout.width}×${layout.height} ${kind} image to ${out}\n`);
    });
}

/** `step 200  class 2 score 14.2031  probability 99.9%`. */
function line(s: DreamStep, k: number): string {
  return `step ${s.step}  class ${k} score ${s.score.toFixed(4)}  probability ${pct(s.probability)}`;
}

/** A progress line on a terminal, redrawn at most ten times a second. */
function progress(io: Io, steps: number): (s: DreamStep) => void {
  let last = 0;
  return (s) => {
    const now = Date.now();
    if (now - last < 100 && s.step !== steps) return;
    last = now;
    io.stderr(
      `\r\x1b[2Kstep ${s.step}/${steps}  score ${s.score.toFixed(4)}  probability ${pct(s.probability)}`,
    );
  };
}

// The first step of `nnc eval` and `nnc predict`: the compiled program and the weights, from either
// `FILE.nn --weights CKPT` or a checkpoint alone (`Model.safetensors`), whose run record holds the sources it was
// trained from: they are compiled through a host that serves the embedded imports, and the file is the weights.

import { dirname } from "node:path";
import {
  compile,
  DataError,
  loadCheckpoint,
  loadWeights,
  pickModel,
  readRunRecord,
  recordHost,
  renderAll,
  UserError,
  weightsOf,
  type CompiledModel,
  type CompiledProgram,
  type RunRecord,
  type Weights,
} from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import { parseSetValue } from "./options.js";
import { EXIT, exitWith, type Io } from "./io.js";

export interface ProgramAndWeights {
  readonly program: CompiledProgram;
  readonly model: CompiledModel;
  /** The model's name, when it must be picked out of the program (the flag's, or the checkpoint's). */
  readonly modelName: string | undefined;
  readonly weights: Weights;
  /** The file the weights came from, for messages. */
  readonly weightsPath: string;
  /** The folder `idx` and `csv` data paths are relative to. */
  readonly baseDir: string;
  /** The run record, when the program came from a checkpoint. */
  readonly record?: RunRecord;
}

/** Whether the command's first argument is a checkpoint rather than a `.nn` file. */
export function isCheckpointPath(file: string): boolean {
  return file.endsWith(".safetensors");
}

export function programAndWeights(
  file: string,
  flags: CompileFlags & { readonly weights?: string },
  io: Io,
): ProgramAndWeights {
  if (!isCheckpointPath(file)) {
    if (flags.weights === undefined) {
      throw new UserError(
        `--weights is needed with a \`.nn\` file (a checkpoint that holds its source needs none: \`nnc eval Model.safetensors\`)`,
        { exitCode: EXIT.usage },
      );
    }
    const program = compileFile(file, flags, io).program!;
    const model = pickModel(program, flags.model);
    return {
      program,
      model,
      modelName: flags.model,
      weights: loadWeights(flags.weights, model),
      weightsPath: flags.weights,
      baseDir: dirname(file),
    };
  }
  const ckpt = loadCheckpoint(file);
  const record = readRunRecord(ckpt);
  const entry = record.files[0]!;
  const modelName = flags.model ?? record.model;
  // The constants as the run had them (its `--set`), and any given now on top.
  const set = {
    ...Object.fromEntries(Object.entries(record.overrides).map(([k, v]) => [k, parseSetValue(v)])),
    ...flags.set,
  };
  const result = compile(entry.text, {
    filename: entry.path,
    model: modelName,
    host: recordHost(record),
    set,
  });
  if (result.diagnostics.length) io.stderr(renderAll(result.diagnostics));
  if (!result.ok) {
    io.stderr(`error: the source embedded in ${file} (saved by nnc ${record.version}) does not compile\n`);
    throw exitWith(EXIT.input);
  }
  const program = result.program!;
  const model = pickModel(program, modelName);
  return {
    program,
    model,
    modelName,
    weights: flags.weights !== undefined ? loadWeights(flags.weights, model) : weightsOf(ckpt, model),
    weightsPath: flags.weights ?? file,
    baseDir: record.folder,
    record,
  };
}

/**
 * A data file that cannot be read for a program compiled out of a checkpoint: its paths are relative to where the
 * `.nn` file was when it was trained, which the message then says.
 */
export function explainDataPaths(e: unknown, p: ProgramAndWeights): unknown {
  const kind = p.model.train?.data.kind;
  if (!(e instanceof DataError) || !p.record || (kind !== "idx" && kind !== "csv")) return e;
  return new DataError(
    `${e.message}; data paths are relative to ${p.record.folder}, the folder of the \`.nn\` file the checkpoint was trained from`,
    { exitCode: e.exitCode },
  );
}

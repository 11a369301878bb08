// The JSON lines `nnc train --log` writes (CLI.md, "The log") → the runs they record, for `nnc plot`. A file may
// hold several runs, appended one after another: a run ends at its `end` event. Lines of other events are skipped;
// a line that is not a JSON object, or an epoch whose numbers are not numbers, is a user error naming the file and
// line, since the file may have been edited or cut short by hand.

import { basename, extname } from "node:path";
import { UserError } from "../runtime/user-error.js";

/** One epoch's metrics; null where the run had none (no validation split, a regression target). */
export interface EpochPoint {
  readonly epoch: number;
  readonly train_loss: number | null;
  readonly train_accuracy: number | null;
  readonly val_loss: number | null;
  readonly val_accuracy: number | null;
  readonly test_loss: number | null;
  readonly test_accuracy: number | null;
}

export interface TrainingRun {
  /** The legend's name: the file's, with `#2`, `#3` for later runs in it. */
  readonly name: string;
  readonly epochs: readonly EpochPoint[];
}

const METRICS = [
  "train_loss",
  "train_accuracy",
  "val_loss",
  "val_accuracy",
  "test_loss",
  "test_accuracy",
] as const;

/** The runs in one log file's text; `file` names it in messages and legends. */
export function parseTrainingLog(file: string, text: string): TrainingRun[] {
  const stem = basename(file, extname(file));
  const runs: EpochPoint[][] = [[]];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const at = `${file}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new UserError(`${at}: not a line of \`nnc train --log\`: ${(e as Error).message}`);
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
      throw new UserError(`${at}: not a line of \`nnc train --log\`: expected a JSON object`);
    }
    const record = obj as Record<string, unknown>;
    if (record["event"] === "end") {
      if (runs.at(-1)!.length) runs.push([]);
      continue;
    }
    if (record["event"] !== "epoch") continue;
    runs.at(-1)!.push(epochPoint(record, at));
  }
  const found = runs.filter((r) => r.length);
  return found.map((epochs, k) => ({ name: k === 0 ? stem : `${stem}#${k + 1}`, epochs }));
}

function epochPoint(r: Record<string, unknown>, at: string): EpochPoint {
  const epoch = r["epoch"];
  if (typeof epoch !== "number" || !Number.isInteger(epoch) || epoch < 1) {
    throw new UserError(`${at}: an epoch event whose \`epoch\` is not a positive integer`);
  }
  const metric = (k: (typeof METRICS)[number]): number | null => {
    const v = r[k] ?? null;
    if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) {
      throw new UserError(`${at}: \`${k}\` is ${JSON.stringify(v)}, not a number or null`);
    }
    return v;
  };
  return {
    epoch,
    train_loss: metric("train_loss"),
    train_accuracy: metric("train_accuracy"),
    val_loss: metric("val_loss"),
    val_accuracy: metric("val_accuracy"),
    test_loss: metric("test_loss"),
    test_accuracy: metric("test_accuracy"),
  };
}

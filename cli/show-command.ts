// `nnc show CKPT [--source]`: what a checkpoint says about the run that made it (runtime/run-record.ts): the model,
// nnc's version, the backend, the seed, the overrides, where a training checkpoint stopped, and the files it was
// compiled from with their line counts; `--source` adds their text. A file without a record is a one-line error.

import { Command } from "commander";
import { loadCheckpoint, readRunRecord, type RunRecord } from "../index.js";
import type { Io } from "./io.js";

interface ShowFlags {
  source?: boolean;
}

export function addShowCommand(program: Command, io: Io): void {
  program
    .command("show")
    .description(
      "what a checkpoint was: model, nnc version, backend, seed, overrides, position, source files",
    )
    .argument("<ckpt>", "a checkpoint saved by `nnc train` (safetensors)")
    .option("--source", "print each file's source text too")
    .action((file: string, flags: ShowFlags) => {
      const ckpt = loadCheckpoint(file);
      const record = readRunRecord(ckpt);
      io.stdout(showRecord(record, ckpt.metadata, flags.source === true));
    });
}

/** The record as aligned `key  value` lines, then (with `source`) each file's text under a header line. */
export function showRecord(
  r: RunRecord & { readonly model: string },
  metadata: Readonly<Record<string, string>>,
  source: boolean,
): string {
  const overrides = Object.entries(r.overrides);
  const rows: [string, string][] = [
    ["model", r.model],
    ["nnc", r.version],
    ["backend", r.backend ?? "unknown"],
    ["seed", r.seed === undefined ? "unknown" : String(r.seed)],
    ["overrides", overrides.length ? overrides.map(([k, v]) => `${k}=${v}`).join(" ") : "none"],
  ];
  if (metadata["step"] !== undefined) {
    const finished = metadata["finished"] ? ` (finished: ${metadata["finished"]})` : "";
    rows.push([
      "position",
      `step ${metadata["step"]}, epoch ${metadata["epoch"] ?? "?"} (from 0) with ${metadata["step_in_epoch"] ?? "?"} of its steps taken${finished}`,
    ]);
  }
  rows.push(["folder", r.folder]);
  r.files.forEach((f, i) => rows.push([i === 0 ? "files" : "", `${f.path}  (${lineCount(f.text)} lines)`]));
  const width = Math.max(...rows.map(([k]) => k.length));
  let out = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`.trimEnd() + "\n").join("");
  if (source) {
    for (const f of r.files) {
      out += `\n--- ${f.path}\n${f.text}${f.text.endsWith("\n") || f.text === "" ? "" : "\n"}`;
    }
  }
  return out;
}

/** Lines as an editor counts them: a final line break ends the last line rather than starting another. */
function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

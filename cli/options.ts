// Parsers of numeric flags for commander: a value that does not parse is bad usage (exit 2), with commander's
// message; and the flags several commands share.

import { InvalidArgumentError, Option } from "commander";
import { CPU_KERNEL_PATHS, MAX_SEED, type ConstantOverride, type CpuKernelPath } from "../index.js";

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError("expected a positive integer, at most 2^53 − 1");
  return n;
}

export function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InvalidArgumentError("expected a non-negative integer, at most 2^53 − 1");
  return n;
}

/** `--seed`: the seeds the generator tells apart, 0 to 2^32 − 1; a larger one would silently wrap. */
export function seedFlag(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n > MAX_SEED)
    throw new InvalidArgumentError(`expected an integer from 0 to ${MAX_SEED} (2^32 − 1)`);
  return n;
}

export function positiveNumber(v: string): number {
  const n = Number(v);
  if (!(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError("expected a positive number");
  return n;
}

/**
 * `--cpu-kernels`, on every command that runs the CPU backend: which kernels its matmuls run. `$NNC_CPU_KERNELS`
 * sets it when the flag is absent (a run of the CLI's tests on one path), checked like the flag.
 */
export function cpuKernelsOption(): Option {
  return new Option(
    "--cpu-kernels <path>",
    "the CPU's matmul kernels: auto (a system BLAS when one is found, else WebAssembly), wasm or blas",
  )
    .choices(CPU_KERNEL_PATHS)
    .env("NNC_CPU_KERNELS")
    .default("auto");
}

export interface CpuKernelsFlag {
  cpuKernels: CpuKernelPath;
}

/** What `--set` gathers: the constants to replace, by name. */
export type SetFlags = Record<string, ConstantOverride>;

/**
 * `--set NAME=VALUE`, repeatable, on every command that compiles a file: replaces the file's (or a model's)
 * constant `NAME` before anything is checked (LANGUAGE §4a). A command takes it with `.addOption(setOption())` and
 * passes `flags.set` on to `compileFile`.
 */
export function setOption(): Option {
  return new Option(
    "--set <name=value>",
    "replace a constant of the file before checking, e.g. `--set width=64` (repeatable)",
  ).argParser(collectSet);
}

function collectSet(v: string, previous: SetFlags | undefined): SetFlags {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(v);
  if (!m) throw new InvalidArgumentError("expected NAME=VALUE, such as `width=64`");
  return { ...previous, [m[1]!]: parseSetValue(m[2]!.trim()) };
}

/** A number as `.nn` writes one, `true` or `false`, and otherwise a string (its quotes, if any, dropped). */
export function parseSetValue(text: string): ConstantOverride {
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (text === "true" || text === "false") return text === "true";
  const quoted = /^"(.*)"$/s.exec(text);
  return quoted ? quoted[1]! : text;
}

/** An override as `--set` would take it back (`parseSetValue`): a string quoted, so that `"64"` stays a string. */
export function setValueText(v: ConstantOverride): string {
  return typeof v === "string" ? `"${v}"` : String(v);
}

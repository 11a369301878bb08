// Parsers of numeric flags for commander: a value that does not parse is bad usage (exit 2), with commander's
// message; and the flags several commands share.

import { InvalidArgumentError, Option } from "commander";
import { CPU_KERNEL_PATHS, type CpuKernelPath } from "../index.js";

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

export function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a non-negative integer");
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

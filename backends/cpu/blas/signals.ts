// Ctrl-C while a native GEMM runs: oneDNN 2.6's sgemm, interrupted by SIGINT on the thread that runs it, corrupted
// the heap in about one run of three (glibc: "corrupted size vs. prev_size", exit 134), before the training session
// could save its checkpoint. The GEMM therefore runs with SIGINT and SIGTERM held on its thread; the kernel keeps
// them pending (or hands them to another of the process's threads) and Node's handler sees them a moment later.

import { platform } from "node:os";
import type { Koffi } from "./koffi.js";

/** Runs a native call with the interrupt signals held, as wrapped by `holdingSignals`. */
export type Held = <T>(call: () => T) => T;

const SIG_BLOCK = 0;
const SIG_SETMASK = 2;
const SIGINT = 2;
const SIGTERM = 15;
/** glibc's sigset_t: 1024 bits, signal s at bit s − 1. */
const SIGSET_BYTES = 128;

/** A wrapper that holds SIGINT and SIGTERM during a call, on Linux with glibc; elsewhere the call as it is. */
export function holdingSignals(koffi: Koffi): Held {
  const plain: Held = (call) => call();
  if (platform() !== "linux") return plain;
  let mask: (how: number, set: Uint8Array | null, old: Uint8Array | null) => number;
  try {
    mask = koffi
      .load("libc.so.6")
      .func("int pthread_sigmask(int how, const uint8_t *set, uint8_t *oldset)") as typeof mask;
  } catch {
    return plain; // another C library: no signal mask through this path
  }
  const held = new Uint8Array(SIGSET_BYTES);
  for (const s of [SIGINT, SIGTERM]) held[(s - 1) >> 3]! |= 1 << ((s - 1) & 7);
  const before = new Uint8Array(SIGSET_BYTES);
  return (call) => {
    mask(SIG_BLOCK, held, before);
    try {
      return call();
    } finally {
      mask(SIG_SETMASK, before, null);
    }
  };
}

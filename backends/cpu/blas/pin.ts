// A BLAS stays loaded until the process ends. koffi unloads a library once nothing refers to it, which happens as
// Node tears the environment down at a natural exit; oneDNN's OpenMP threads (two or more) are still alive then,
// spinning in code that dlclose unmaps, and the process died of SIGSEGV (4 exits of 5 on the development machine).
// Asking glibc's dlopen for RTLD_NODELETE on the loaded library makes that dlclose leave it, and its dependencies,
// mapped.

import { platform } from "node:os";
import type { Koffi } from "./koffi.js";

const RTLD_LAZY = 0x1;
const RTLD_NOLOAD = 0x4;
const RTLD_NODELETE = 0x1000;

/** Marks the already loaded library at `path` as never to be unloaded (Linux with glibc); elsewhere nothing. */
export function pinLoaded(koffi: Koffi, path: string): void {
  if (platform() !== "linux") return;
  try {
    const dlopen = koffi.load("libc.so.6").func("void *dlopen(const char *file, int mode)");
    dlopen(path, RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE);
  } catch {
    // another C library: it may unload the library at exit, as before
  }
}

// Finds a BLAS at run time: a search list of libraries in, the first that loads and binds, as a `Blas`, out (or
// undefined: a library that is missing or fails to load is not an error, the WebAssembly kernels are there).

import { availableParallelism } from "node:os";
import { loadKoffi } from "./koffi.js";
import { bindBlas, defaultBlasLibraries, type Blas, type BlasLibrary } from "./libraries.js";

export { defaultBlasLibraries, type Blas, type BlasKind, type BlasLibrary, type Gemm } from "./libraries.js";

/**
 * Threads for the BLAS's GEMM: one. Measured on the 2-core development machine with other work running beside it
 * (bench/cpu-kernels.ts, OpenBLAS 0.3.21): 2 threads were slower at every shape (512³ 79 against 86 GFLOP/s,
 * 64×784·784×512 58 against 68) and made the training steps slower than the WebAssembly kernels (MLP 14.7 against
 * 6.4 ms, CNN 110 against 62), as OpenBLAS's spinning second thread fights the JavaScript element-wise loops and
 * everything else for the second core; one thread never loses much and keeps the other core free.
 */
const MAX_THREADS = 1;

// A cache: one load per process and search list (the key is the list's paths); null for "none found".
const found = new Map<string, Blas | null>();

/** The first library of `libraries` that loads, bound; the same object for the same list. */
export function findBlas(libraries: readonly BlasLibrary[] = defaultBlasLibraries()): Blas | undefined {
  const key = libraries.map((l) => `${l.kind}:${l.path}`).join("\n");
  let blas = found.get(key);
  if (blas === undefined) {
    blas = search(libraries) ?? null;
    found.set(key, blas);
  }
  return blas ?? undefined;
}

function search(libraries: readonly BlasLibrary[]): Blas | undefined {
  if (libraries.length === 0) return undefined;
  const koffi = loadKoffi();
  if (!koffi) return undefined;
  const threads = Math.min(MAX_THREADS, availableParallelism());
  for (const { kind, path } of libraries) {
    try {
      return bindBlas(koffi, koffi.load(path), kind, threads);
    } catch {
      // Not there, or not the library we took it for (a symbol missing): try the next.
    }
  }
  return undefined;
}

// Finds a BLAS at run time: a search list of libraries in, the first that loads and binds, as a `Blas`, out (or
// undefined: a library that is missing or fails to load is not an error, the WebAssembly kernels are there).

import { availableParallelism } from "node:os";
import { loadKoffi } from "./koffi.js";
import { bindBlas, defaultBlasLibraries, type Blas, type BlasLibrary } from "./libraries.js";
import { holdingSignals } from "./signals.js";
import { pinLoaded } from "./pin.js";

export { defaultBlasLibraries, type Blas, type BlasKind, type BlasLibrary, type Gemm } from "./libraries.js";

/**
 * Threads for the BLAS's GEMM: one per core, as PyTorch takes. Measured on the 2-core development machine when
 * nothing else ran (`node dist/bench/train-step.js`), oneDNN 2.6.3 on 2 threads took W2's step from 42.5 to 33.3 ms
 * and W1's from 1.3 to 0.9 ms, with OpenMP's default (spinning) wait policy; a passive one lost W1's gain. With
 * other work on the machine the second thread loses instead (W1 26 against 5.5 ms once, with others' tests running):
 * a shared machine is not what a user trains on.
 */
const MAX_THREADS = Infinity;

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
  const held = holdingSignals(koffi);
  for (const { kind, path } of libraries) {
    try {
      const blas = bindBlas(koffi, koffi.load(path), kind, threads);
      pinLoaded(koffi, path);
      const { sgemm, dgemm } = blas;
      return {
        ...blas,
        sgemm: (...args) => held(() => sgemm(...args)),
        dgemm: dgemm && ((...args) => held(() => dgemm(...args))),
      };
    } catch {
      // Not there, or not the library we took it for (a symbol missing): try the next.
    }
  }
  return undefined;
}

// koffi (the FFI that calls a system BLAS), loaded when first asked for: undefined where its native module does
// not load on this platform, so that nnc without it still runs (on the WebAssembly kernels).

import { createRequire } from "node:module";

export type Koffi = typeof import("koffi");
export type LibraryHandle = ReturnType<Koffi["load"]>;

// A cache: koffi is loaded at most once per process (undefined until asked, null when it failed).
let loaded: Koffi | null | undefined;

/**
 * A plain `import` would load koffi's native module with the program, and a bundler would inline koffi and lose the
 * path to that module (dist/nnc.mjs); `require` at run time resolves the installed package instead.
 */
export function loadKoffi(): Koffi | undefined {
  if (loaded === undefined) {
    try {
      const requireNative = createRequire(import.meta.url);
      loaded = requireNative("koffi") as Koffi;
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

// What the CPU backend's kernels run as in this engine, in words, for `nnc train`'s first line.

import { wasmSupport } from "./kernels/wasm-encode.js";

/** Which element-wise kernels run: fused chains as WebAssembly SIMD loops, or JavaScript loops everywhere. */
export function describeElementwise(): string {
  return wasmSupport().simd
    ? "WebAssembly SIMD element-wise (JavaScript for exp, log, tanh, pow, sigmoid and strided broadcasts)"
    : "JavaScript element-wise";
}

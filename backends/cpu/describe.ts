// What the CPU backend's WebAssembly kernels run as in this engine, in words, for `nnc train`'s first line.

import { wasmSupport } from "./kernels/wasm-encode.js";

/** Which element-wise kernels run: fused chains as WebAssembly SIMD loops, or JavaScript loops everywhere. */
export function describeElementwise(): string {
  return wasmSupport().simd
    ? "WebAssembly SIMD element-wise (JavaScript for exp, log, tanh, pow, sigmoid, sign and other broadcasts)"
    : "JavaScript element-wise";
}

/** Which portable float32 matmul runs (kernels/gemm-simd.ts): with a fused multiply-add where relaxed SIMD has one. */
export function describeWasmGemm(): string {
  const { simd, relaxed } = wasmSupport();
  return simd ? (relaxed ? "WebAssembly SIMD+FMA matmul" : "WebAssembly SIMD matmul") : "JavaScript matmul";
}

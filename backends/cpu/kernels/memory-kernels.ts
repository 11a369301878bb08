// WebAssembly SIMD kernels over an executor's own memory (executor.ts), where every float32 buffer lives: the
// family kernels call them on byte offsets instead of looping in JavaScript. One module per process, instantiated
// once per executor on its memory.

import { moduleBytes, wasm, type WasmMemory } from "./wasm-encode.js";
import { columnSumsCode, transposeCode } from "./transpose-simd.js";
import { maxpoolCode, windowCode } from "./window-simd.js";
import { pool2Code, type Pool2 } from "./pool2-simd.js";

type Window = (
  x: number,
  cols: number,
  batch: number,
  c: number,
  h: number,
  w: number,
  kh: number,
  kw: number,
  sh: number,
  sw: number,
  oh: number,
  ow: number,
) => void;

type PaddedWindow = (...args: [...Parameters<Window>, pt: number, pl: number]) => void;

export interface MemoryKernels {
  /** See window-simd.ts: (…, pt, pl) after the window's arguments, padding included. */
  readonly im2col: PaddedWindow;
  /** Adds the columns back into an image the caller has zeroed. */
  readonly col2im: PaddedWindow;
  /** (x, y, 0, planes, then as Window): see window-simd.ts, windows inside the image only. */
  readonly maxpool: Window;
  /** (x, dy, dx, planes, …) into a dx the caller has zeroed. */
  readonly maxpoolBackward: Window;
  /** See pool2-simd.ts: 2×2 windows with stride 2, inside the image. */
  readonly maxpool2: Pool2;
  /** Its backward, into a dx the caller has zeroed. */
  readonly maxpool2Backward: Pool2;
  /** See transpose-simd.ts (`columnSumsCode`): a sum over leading axes, columns a multiple of 4. */
  readonly columnSums: (src: number, out: number, rows: number, colBytes: number) => void;
  /** See transpose-simd.ts: rows and columns multiples of 4. */
  readonly transpose: (src: number, dst: number, rows: number, cols: number, ss: number, ds: number) => void;
}

// A cache: the compiled module, built on the first executor that asks. Undefined until tried; null if it failed.
let compiled: object | null | undefined;

/** The kernels bound to `memory`, or undefined where the engine cannot run them. */
export function memoryKernels(memory: WasmMemory): MemoryKernels | undefined {
  if (!wasm) return undefined;
  if (compiled === undefined) {
    try {
      compiled = new wasm.Module(
        moduleBytes(
          [
            { name: "im2col", params: 14, code: windowCode(false) },
            { name: "col2im", params: 14, code: windowCode(true) },
            { name: "transpose", params: 6, code: transposeCode() },
            { name: "columnSums", params: 4, code: columnSumsCode() },
            { name: "maxpool", params: 12, code: maxpoolCode(false) },
            { name: "maxpoolBackward", params: 12, code: maxpoolCode(true) },
            { name: "maxpool2", params: 8, code: pool2Code(false) },
            { name: "maxpool2Backward", params: 8, code: pool2Code(true) },
          ],
          true,
        ),
      );
    } catch {
      compiled = null;
    }
  }
  if (!compiled) return undefined;
  const e = new wasm.Instance(compiled, { env: { memory } }).exports;
  return {
    im2col: e["im2col"] as PaddedWindow,
    col2im: e["col2im"] as PaddedWindow,
    transpose: e["transpose"] as MemoryKernels["transpose"],
    columnSums: e["columnSums"] as MemoryKernels["columnSums"],
    maxpool: e["maxpool"] as Window,
    maxpoolBackward: e["maxpoolBackward"] as Window,
    maxpool2: e["maxpool2"] as Pool2,
    maxpool2Backward: e["maxpool2Backward"] as Pool2,
  };
}

// SVG → PNG for `nnc graph` and `nnc plot`: resvg compiled to WebAssembly, which reads no system fonts, so its text
// is set in DejaVu Sans from the `dejavu-fonts-ttf` package (the face the SVGs name). Both files are found at run
// time beside nnc's own modules, in the sources and in the bundle alike.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type ResvgModule = typeof import("@resvg/resvg-wasm");
let ready: Promise<{ resvg: ResvgModule; font: Uint8Array }> | undefined;

/** The PNG of `svg` at `scale` pixels per SVG unit (2: sharp on a high-density screen). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const { resvg, font } = await (ready ??= load());
  const r = new resvg.Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { fontBuffers: [font], defaultFontFamily: "DejaVu Sans", loadSystemFonts: false },
  });
  return r.render().asPng();
}

/** Starts the WebAssembly module once per process (it refuses a second start) and reads the font. */
async function load(): Promise<{ resvg: ResvgModule; font: Uint8Array }> {
  const require = createRequire(import.meta.url);
  const resvg = await import("@resvg/resvg-wasm");
  await resvg.initWasm(readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
  return { resvg, font: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")) };
}

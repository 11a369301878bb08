// DOT → SVG through Graphviz itself, compiled to WebAssembly (@viz-js/viz: the module carries its WASM inline, so
// the bundled CLI has no file to find). The layout is Graphviz's `dot`, as `plot_model` and torchviz use.

/** The SVG Graphviz draws for `dot`; a DOT nnc wrote that Graphviz refuses is a bug in nnc. */
export async function dotToSvg(dot: string): Promise<string> {
  // Loaded when first drawn: the other commands should not pay for parsing its megabyte of WebAssembly at start-up.
  const viz = await (await import("@viz-js/viz")).instance();
  const r = viz.render(dot, { format: "svg", engine: "dot" });
  if (r.status !== "success") {
    throw new Error(`Graphviz refused the graph: ${r.errors.map((e) => e.message).join("; ")}`);
  }
  return r.output;
}

// A Rollup/Rolldown plugin (Vite 8 builds with Rolldown) that fails the build when the page's code imports a module
// only Node has: a builtin (`node:fs`, `fs`), koffi (the BLAS FFI) or `webgpu` (Dawn). The compiler and runtime ship
// to the browser unchanged, so such an import is a seam missing (browser.ts says which modules the page takes).

import { builtinModules } from "node:module";

const NODE_ONLY = new Set(["koffi", "webgpu", ...builtinModules]);

/** The Node-only module `source` names, or undefined when a browser has it. */
export function nodeOnly(source: string): string | undefined {
  if (source.startsWith("node:")) return source;
  const bare = source.split("/")[0]!;
  return NODE_ONLY.has(bare) ? bare : undefined;
}

export function forbidNodeOnly(): {
  name: string;
  enforce: "pre";
  resolveId(source: string, importer: string | undefined): null;
} {
  return {
    name: "nnc-forbid-node-only",
    enforce: "pre",
    resolveId(source, importer) {
      const found = nodeOnly(source);
      if (found)
        throw new Error(
          `${importer ?? "the entry"} imports \`${source}\`, which only Node has: ` +
            "move the Node part behind a seam of its own (see browser.ts)",
        );
      return null;
    },
  };
}

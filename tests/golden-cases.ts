// The golden cases (`tests/golden/<area>/<name>.nn`) and how they compile, shared by golden.test.ts (their expected
// text) and wgsl.test.ts (their kernels on a device). Files whose names start with `_` are imported by cases and
// are not cases themselves.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compile, type CompileResult } from "../index.js";

export const GOLDEN_ROOT = join(import.meta.dirname, "golden");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Every file under tests/golden, by absolute path. */
export const goldenFiles: readonly string[] = walk(GOLDEN_ROOT);

/** Every case's `.nn` file, by absolute path, sorted. */
export const goldenCases: readonly string[] = goldenFiles
  .filter((f) => f.endsWith(".nn") && !f.split("/").at(-1)!.startsWith("_"))
  .sort();

// Imports resolve inside tests/golden, and diagnostics name files relative to it, so outputs are stable.
const host = {
  readFile: (p: string) =>
    existsSync(join(GOLDEN_ROOT, p)) ? readFileSync(join(GOLDEN_ROOT, p), "utf8") : undefined,
  resolve: (from: string, spec: string) => join(from, "..", spec),
};

export function compileCase(file: string): { source: string; result: CompileResult } {
  const source = readFileSync(file, "utf8");
  return { source, result: compile(source, { filename: relative(GOLDEN_ROOT, file), host }) };
}

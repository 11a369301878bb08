// The programs the mutator starts from: every example and every golden case, read once.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository: above this file, in `fuzz/` or in `dist/fuzz/`. */
function root(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, "examples")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function nnFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return nnFiles(path);
    return name.endsWith(".nn") ? [path] : [];
  });
}

/** Sorted by path, so that a seed picks the same file everywhere. */
export function readCorpus(): string[] {
  const at = root();
  const files = [...nnFiles(join(at, "examples")), ...nnFiles(join(at, "tests", "golden"))].sort();
  return files.map((f) => readFileSync(f, "utf8"));
}

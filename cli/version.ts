// `nnc --version`: the version of the package.json this CLI was installed from. The CLI runs from source in the
// tests (cli/), compiled (dist/cli/) and bundled (dist/nnc.mjs), each at its own depth: the nearest package.json
// named `nnc` above this file is the one.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function nncVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const path = join(dir, "package.json");
    if (existsSync(path)) {
      try {
        const pkg = JSON.parse(readFileSync(path, "utf8")) as { name?: unknown; version?: unknown };
        if (pkg.name === "nnc" && typeof pkg.version === "string") return pkg.version;
      } catch {
        // Not ours, or unreadable: keep looking above.
      }
    }
    if (dirname(dir) === dir) return "unknown";
  }
}

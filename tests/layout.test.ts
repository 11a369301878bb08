// The layout shows the architecture (issue 9): the README's Layout section names folders and files that exist,
// source files stay small, and module-level mutable state is a documented cache.

import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const SOURCES = ["grammar", "compiler", "backends", "runtime", "stdlib", "cli", "lsp"];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return name.endsWith(".ts") ? [rel] : [];
  });
}

const files = [...SOURCES.flatMap(sourceFiles), "index.ts"];

describe("layout", () => {
  it("every path the README's Layout section names exists", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Layout"));
    const named = [...section.matchAll(/`([\w./*-]+)`/g)].map((m) => m[1]!);
    const paths = named.filter((p) => p.includes("/") && !p.includes("*"));
    expect(paths.length).toBeGreaterThan(10);
    // A path that does not start at the top is relative to the folder of the last one that did, on that row.
    for (const row of section.split("\n")) {
      let folder = "";
      for (const [, p] of row.matchAll(/`([\w./-]+)`/g)) {
        const top = p!.includes("/") && existsSync(join(ROOT, p!.split("/")[0]!));
        const path = top ? p! : folder + p!;
        if (top) folder = p!.slice(0, p!.lastIndexOf("/") + 1);
        if (!/\.(ts|md)$|\/$/.test(path) || path.startsWith("tests/golden")) continue;
        expect(existsSync(join(ROOT, path)), `${path} (README, Layout)`).toBe(true);
      }
    }
  });

  it("no source file is over 400 lines without saying why at its top", () => {
    const long = files.filter((f) => {
      const lines = readFileSync(join(ROOT, f), "utf8").split("\n");
      return lines.length > 400 && !/\bover 400 lines\b/.test(lines.slice(0, 5).join(" "));
    });
    expect(long).toEqual([]);
  });

  it("module-level mutable state is a cache that says so", () => {
    const undocumented = files.flatMap((f) => {
      const lines = readFileSync(join(ROOT, f), "utf8").split("\n");
      return lines.flatMap((line, n) =>
        /^(let|var) /.test(line) && !lines.slice(Math.max(0, n - 3), n).some((l) => /\bA cache\b/.test(l))
          ? [`${f}:${n + 1}: ${line}`]
          : [],
      );
    });
    expect(undocumented).toEqual([]);
  });
});

// The catalogue of diagnostic codes against what it describes: each example raises its code through `compile()`
// and each fix compiles cleanly, the sources emit exactly the catalogue's codes, the README's table is the
// catalogue's, and `nnc explain CODE` prints an entry.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, DIAGNOSTIC_CODES, explainCode, suggestCode } from "../index.js";

const root = join(import.meta.dirname, "..");
const entries = Object.entries(DIAGNOSTIC_CODES);
// An empty directory, so that the E2010 example finds no `blocks.nn` and the E2011 one imports itself.
const filename = join(mkdtempSync(join(tmpdir(), "nnc-explain-")), "example.nn");

describe("each example", () => {
  it.each(entries)("%s: raises its code and no other, on the lines marked with it", (code, info) => {
    const result = compile(info.example, {
      filename,
      ...("model" in info && { model: info.model }),
      ...("set" in info && { set: info.set }),
    });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(new Set(result.diagnostics.map((d) => d.code))).toEqual(new Set([code]));
    // Each diagnostic points into the code of a line marked `# ~ERROR CODE`, not into the mark itself.
    const lines = info.example.split("\n");
    const mark = `# ~${code.startsWith("W") ? "WARNING" : "ERROR"} ${code}`;
    const marked = lines.flatMap((line, i) => (line.includes(mark) ? [i + 1] : []));
    const at = result.diagnostics.flatMap((d) => (d.span ? [d.span.file.position(d.span.start)] : []));
    expect(new Set(at.map((p) => p.line))).toEqual(new Set(marked));
    for (const p of at) expect(p.column).toBeLessThan(lines[p.line - 1]!.indexOf(mark) + 1);
  });

  const fixes = entries.flatMap(([code, info]) => ("fixed" in info ? [[code, info.fixed]] : []));
  it.each(fixes)("%s: compiles once fixed", (_code, fixed) => {
    const result = compile(fixed, { filename });
    expect(result.diagnostics.map((d) => d.render())).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("the sources", () => {
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory())
        return path.endsWith(join("compiler", "diagnostic-codes")) ? [] : sources(path);
      return path.endsWith(".ts") ? [path] : [];
    });
  }
  const files = [
    ...["compiler", "stdlib", "runtime", "cli", "grammar"].flatMap((d) => sources(join(root, d))),
    join(root, "index.ts"),
  ];
  const used = new Map<string, string>();
  for (const file of files) {
    for (const m of readFileSync(file, "utf8").matchAll(/["'`]([EW]\d{4})["'`]/g))
      used.set(m[1]!, relative(root, file));
  }

  it("find codes at all", () => {
    expect(used.size).toBeGreaterThan(30);
  });

  it("use no code the catalogue lacks", () => {
    const missing = [...used].filter(([code]) => !Object.hasOwn(DIAGNOSTIC_CODES, code));
    expect(missing).toEqual([]);
  });

  it("use every code of the catalogue", () => {
    expect(Object.keys(DIAGNOSTIC_CODES).filter((code) => !used.has(code))).toEqual([]);
  });
});

describe("the README's table", () => {
  // As Prettier lays a Markdown table out: each column as wide as its widest cell.
  function table(): string {
    const rows = [["code", "meaning"], ...entries.map(([code, info]) => [code, info.title])];
    const widths = [0, 1].map((c) => Math.max(...rows.map((r) => [...r[c]!].length)));
    const line = (cells: string[]) =>
      `| ${cells.map((s, c) => s + " ".repeat(widths[c]! - [...s].length)).join(" | ")} |`;
    return [line(rows[0]!), line(widths.map((w) => "-".repeat(w))), ...rows.slice(1).map(line)].join("\n");
  }

  it("is the catalogue's codes and titles (UPDATE_GOLDEN=1 rewrites it)", () => {
    const path = join(root, "README.md");
    const readme = readFileSync(path, "utf8");
    const start = readme.search(/^\| code +\| meaning +\|$/m);
    expect(start).toBeGreaterThan(0);
    const end = readme.indexOf("\n\n", start);
    const wanted = table();
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, readme.slice(0, start) + wanted + readme.slice(end));
    else expect(readme.slice(start, end)).toBe(wanted);
  });
});

describe("explainCode", () => {
  it("prints the title, the explanation, the example and the fix", () => {
    const text = explainCode("E3002")!;
    const info = DIAGNOSTIC_CODES.E3002;
    expect(text.split("\n").slice(0, 2)).toEqual([`error[E3002]: ${info.title}`, ""]);
    expect(text).toContain(
      `\n\n${info.explanation}\n\nErroneous code example:\n\n\`\`\`nn\n${info.example}\n\`\`\`\n\n`,
    );
    expect(text).toContain(`\n\n${info.fix}\n\n\`\`\`nn\n${info.fixed}\n\`\`\`\n`);
    expect(text.endsWith("```\n")).toBe(true);
  });

  it("says warning for a W code, and the --model of an example that needs one", () => {
    expect(explainCode("W0003")).toMatch(/^warning\[W0003\]: a binding never used\n\n/);
    expect(explainCode("E2016")).toContain("Erroneous code example, checked with `--model Mpl`:");
  });

  it("takes any case, and knows no other code", () => {
    expect(explainCode("e3002")).toBe(explainCode("E3002"));
    expect(explainCode("E9999")).toBeUndefined();
    expect(explainCode("E1004")).toBeUndefined();
  });

  it("suggests the nearest code one edit away", () => {
    expect(suggestCode("E3012")).toBe("E3011");
    expect(suggestCode("e302")).toBe("E3002");
    expect(suggestCode("3002")).toBe("E3002");
    expect(suggestCode("E2O16")).toBe("E2016");
    expect(suggestCode("banana")).toBeUndefined();
  });
});

describe("nnc explain (the built CLI)", () => {
  const bin = join(root, "dist", "nnc.mjs");
  const nnc = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

  it("prints the explanation and exits 0, for any case", () => {
    const r = nnc("explain", "e3002");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(explainCode("E3002"));
  });

  it("exits 1 with one line and a suggestion for an unknown code", () => {
    const r = nnc("explain", "E3012");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("error: `E3012` is not a diagnostic code of nnc: did you mean `E3011`?\n");
    expect(nnc("explain", "banana").stderr).toBe("error: `banana` is not a diagnostic code of nnc\n");
  });

  it("exits 2 without a code", () => {
    expect(nnc("explain").status).toBe(2);
  });
});

// `nnc fmt` on the command line (CLI.md): writes the canonical layout back, `--check` names the files that would
// change and exits 1, a file with syntax errors is left alone with its diagnostics, and the file's mode is kept.

import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run.js";

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const ROOT = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "nnc-fmt-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const messy = "model M {\n    loss mse # the loss\n  optimizer    sgd\n}\n";
const tidy = "model M {\n  loss      mse  # the loss\n  optimizer sgd\n}\n";

describe("nnc fmt", () => {
  it("--check names a file that would change, exits 1 and writes nothing", async () => {
    const path = file("messy.nn", messy);
    const ok = file("tidy.nn", tidy);
    const r = await nnc("fmt", "--check", path, ok);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`${path}\n`);
    expect(readFileSync(path, "utf8")).toBe(messy);
  });

  it("--check exits 0 on formatted files", async () => {
    const r = await nnc("fmt", "--check", file("tidy2.nn", tidy));
    expect(r).toEqual({ code: 0, out: "", err: "" });
  });

  it("writes the formatted text back and keeps the file's mode", async () => {
    const path = file("rewrite.nn", messy);
    chmodSync(path, 0o600);
    const r = await nnc("fmt", path);
    expect(r.code).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(tidy);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("leaves a file with syntax errors alone, prints them and exits 1", async () => {
    const broken = "model M {\n  loss mse(\n}\n";
    const path = file("broken.nn", broken);
    const r = await nnc("fmt", path);
    expect(r.code).toBe(1);
    expect(r.err).toContain("error[E1001]");
    expect(r.err).toContain("not formatted");
    expect(readFileSync(path, "utf8")).toBe(broken);
  });

  it("says so in one line when a file cannot be read", async () => {
    const r = await nnc("fmt", join(dir, "absent.nn"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: cannot read .*absent\.nn`: no such file\n$/);
  });
});

describe("the Prettier plugin (needs `npm run build`)", () => {
  const prettier = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/prettier/bin/prettier.cjs"), "--plugin", "nnc/prettier", ...args],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );

  it("prints an example as `nnc fmt` lays it out, and a messy file tidied", () => {
    const example = join(ROOT, "examples", "alexnet.nn");
    expect(prettier(example).stdout).toBe(readFileSync(example, "utf8"));
    expect(prettier(file("messy-prettier.nn", messy)).stdout).toBe(tidy);
  });

  it("reports a syntax error with its code and exits 2", () => {
    const r = prettier(file("broken-prettier.nn", "model M {\n  loss mse(\n}\n"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("E1001");
  });
});

// The CLI in process: exit codes of CLI.md, where output goes, and that no input prints a stack.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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

const dir = mkdtempSync(join(tmpdir(), "nnc-cli-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const example = (name: string) => join(import.meta.dirname, "..", "examples", name);

describe("nnc check", () => {
  it("prints the quickstart's summary with 669,706 parameters and exits 0", async () => {
    const r = await nnc("check", example("fashion_mnist_mlp.nn"));
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^  total\s+669,706$/m);
    expect(r.out).toContain("linear1.weight  [512, 784]");
  });

  it("prints AlexNet's 62,378,344 parameters and [96, 55, 55] after the first convolution", async () => {
    const r = await nnc("check", example("alexnet.nn"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^  total\s+62,378,344$/m);
    expect(r.out).toMatch(/^  conv2d1 .* \[N, 96, 55, 55\]/m);
  });

  it("exits 1 with rustc-style diagnostics on stderr for a broken program", async () => {
    const path = file(
      "typo.nn",
      "model M {\n  input x: [4]\n  target y: class(2)\n  network { lienar(2) }\n  loss cross_entropy\n  optimizer sgd(lr=0.1)\n}\n",
    );
    const r = await nnc("check", path);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const lines = r.err.split("\n");
    expect(lines[0]).toBe("error[E2001]: unknown layer `lienar`");
    expect(lines[1]).toBe(`  --> ${path}:4:13`);
    expect(r.err).toContain("= help: did you mean `linear`?");
  });

  it("picks one model with --model, and names the others when the name is wrong", async () => {
    const two = file(
      "two.nn",
      ["A", "B"]
        .map(
          (n) =>
            `model ${n} {\n input x: [2]; target y: class(2)\n network { linear(2) }\n loss hinge; optimizer sgd(lr=1)\n}\n`,
        )
        .join("\n"),
    );
    const both = await nnc("check", two);
    expect(both.out).toContain("model A");
    expect(both.out).toContain("model B");
    const one = await nnc("check", two, "--model", "B");
    expect(one.code).toBe(0);
    expect(one.out).not.toContain("model A");
    const wrong = await nnc("check", two, "--model", "C");
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("error[E2016]: no model named `C`");
  });

  it("exits 1 with one line for a file that does not exist", async () => {
    const r = await nnc("check", join(dir, "missing.nn"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`error: cannot read \`${join(dir, "missing.nn")}\`: no such file\n`);
  });

  it("exits 2 for bad usage", async () => {
    expect((await nnc("check")).code).toBe(2);
    expect((await nnc("frobnicate")).code).toBe(2);
    expect((await nnc("compile", example("spiral.nn"), "--emit", "bytecode")).code).toBe(2);
    expect((await nnc("check", example("spiral.nn"), "--bogus")).code).toBe(2);
  });

  it("exits 0 for --help", async () => {
    const r = await nnc("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("check");
  });
});

describe("nnc compile --emit ast", () => {
  it("prints the AST with positions", async () => {
    const r = await nnc("compile", example("spiral.nn"), "--emit", "ast");
    expect(r.code).toBe(0);
    expect(r.out).toContain("model Spiral @");
    expect(r.out).toContain("stage hidden: linear(100) @");
  });

  it("prints the AST of a program with shape errors, and exits 1", async () => {
    const path = file(
      "shape.nn",
      "model M {\n  input x: [4]\n  target y: class(3)\n  network { linear(2) }\n  loss cross_entropy\n  optimizer sgd(lr=0.1)\n}\n",
    );
    const r = await nnc("compile", path, "--emit", "ast");
    expect(r.code).toBe(1);
    expect(r.out).toContain("stage linear(2)");
    expect(r.err).toContain("error[E3006]");
  });
});

describe("nnc compile --emit cpu", () => {
  it("prints the CPU backend's kernels in order, fused chains with their statement, and the buffers", async () => {
    const r = await nnc("compile", example("lenet.nn"), "--emit", "cpu");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^\/\/ LeNet\.train: \d+ kernels on the CPU, in this order; \d+ buffers, [\d.]+ MiB at batch 64\n/,
    );
    expect(r.out).toContain("k0: %0 = im2col(%image) : f32[N,784,25]  buffer ");
    expect(r.out).toMatch(/out\[i\] = /);
  });
});

describe("the nnc binary", () => {
  // The built, bundled CLI as a user runs it: `npm test` builds it first.
  const bin = join(import.meta.dirname, "..", "dist", "nnc.mjs");

  it("checks an example and exits 0", () => {
    const r = spawnSync(process.execPath, [bin, "check", example("spiral.nn")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("model Spiral");
  });

  it("prints no stack for a broken program, and exits 1", () => {
    const path = file("broken.nn", "model {\n  network { linear( }\n");
    const r = spawnSync(process.execPath, [bin, "check", path], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error[E1001]");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

// Issue 11, items 4, 7 and 11: limits checked before memory is spent (training memory, PNG dimensions, gzip
// output, non-regular and oversized files), data that cannot train, NaN weights in `nnc eval`, and imports and
// empty files that say what is wrong. Every hostile file is made here, in a temp folder.

import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile, saveWeights, train, UserError } from "../index.js";
import { readPredictInputs } from "../runtime/predict-files.js";

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "nnc-limits-"));
function file(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const spiral = (units: string, extra = "", data = "spiral(classes=3, points=20, noise=0.2)") =>
  `model M {\n input p: [2]\n target y: class(3)\n network { linear(${units}); relu; linear(3) }\n` +
  ` loss cross_entropy\n optimizer sgd(lr=0.1)\n train { data ${data}; batch 8; epochs 1; ${extra} }\n}\n`;
const save = join(dir, "out.safetensors");

describe("training memory is checked before it is allocated", () => {
  it("refuses linear(1000000000) with the estimate and the limit, at once", async () => {
    const t0 = performance.now();
    const r = await nnc("train", file("huge.nn", spiral("1000000000")), "--backend", "cpu", "--save", save);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /model `M` needs about [\d.]+ GB to train \(parameters 24\.0 GB, gradients 24\.0 GB/,
    );
    expect(r.err).toMatch(/more than the [\d.]+ GB of memory this machine has/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("refuses linear(100000000), whose activations no array can hold", async () => {
    const r = await nnc("train", file("big.nn", spiral("100000000")), "--backend", "cpu", "--save", save);
    expect(r.code).toBe(1);
    expect(r.err).toContain("more than the 4,294,967,296 an array can hold");
  });

  it("plans for min(batch, examples): --batch 100000000 trains on the whole set", async () => {
    const r = await nnc(
      "train",
      file("b.nn", spiral("50")),
      "--backend",
      "cpu",
      "--quiet",
      "--save",
      save,
      "--batch",
      "100000000",
    );
    expect(r.err).not.toContain("internal");
    expect(r.code).toBe(0);
    expect(r.out).toContain("done after 1 steps");
  });

  it("the API refuses under a given limit, naming both numbers", async () => {
    const program = compile(spiral("16"), { filename: "m.nn" }).program!;
    const run = train(program, { backend: "cpu", memoryLimit: 1000 });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/needs about [\d.]+ kB to train .* more than the 1.0 kB of memory/);
  });
});

describe("data that cannot train is refused", () => {
  it("a header-only CSV names the file and its count", async () => {
    file("header.csv", "a,b,y\n");
    const r = await nnc(
      "train",
      file("h.nn", spiral("4", "", 'csv("header.csv", label="y")')),
      "--backend",
      "cpu",
      "--save",
      save,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "error: the training data `header.csv` holds no examples; there is nothing to train on\n",
    );
  });

  it("validation 0.9999 names the fraction and the counts", async () => {
    const r = await nnc(
      "train",
      file("v.nn", spiral("4", "validation 0.9999")),
      "--backend",
      "cpu",
      "--save",
      save,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "`validation 0.9999` holds out all 60 examples of `spiral`, leaving none to train on",
    );
  });
});

describe("inputs are bounded before they are read", () => {
  it("a PNG's dimensions are checked from its header, before decoding", () => {
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
      return Buffer.concat([len, Buffer.from(type), data, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(20000, 0);
    ihdr.writeUInt32BE(20000, 4);
    ihdr[8] = 8;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.alloc(0))),
      chunk("IEND", Buffer.alloc(0)),
    ]);
    const path = file("bomb.png", png);
    expect(() => readPredictInputs([path])).toThrow("the PNG claims 20000×20000 pixels");
  });

  it("a gzip bomb stops at the size its IDX header declares", () => {
    const header = Buffer.from([0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0, 4]);
    const path = file(
      "bomb-images.gz",
      gzipSync(Buffer.concat([header, Buffer.alloc(256 * 1024 * 1024)]), { level: 9 }),
    );
    const before = process.memoryUsage().arrayBuffers;
    expect(() => readPredictInputs([path])).toThrow(
      "inflates to more than 32 bytes, more than its IDX header declares",
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses /dev/zero as a .nn file, a data file and --weights", async () => {
    const check = await nnc("check", "/dev/zero");
    expect(check.code).toBe(1);
    expect(check.err).toContain("cannot read `/dev/zero`: it is not a regular file");
    expect(() => readPredictInputs(["/dev/zero"])).toThrow("not a regular file");
    const model = file("w.nn", spiral("4"));
    const ev = await nnc("eval", model, "--weights", "/dev/zero");
    expect(ev.code).toBe(1);
    expect(ev.err).toContain("/dev/zero: not a regular file");
  });

  it("refuses a named pipe without waiting for a writer", async () => {
    const fifo = join(dir, "pipe.nn");
    execFileSync("mkfifo", [fifo]);
    const r = await nnc("check", fifo);
    expect(r.code).toBe(1);
    expect(r.err).toContain("not a regular file");
  });

  it("refuses a .nn file over 16 MiB", async () => {
    const r = await nnc("check", file("large.nn", `# ${"x".repeat(98)}\n`.repeat(170_000)));
    expect(r.code).toBe(1);
    expect(r.err).toContain("more than the 16,777,216 (16 MiB) a .nn file may have");
  });
});

describe("nnc eval of weights that are not finite", () => {
  it("warns, naming the tensor", async () => {
    const model = file("e.nn", spiral("4"));
    const m = compile(spiral("4"), { filename: "e.nn" }).program!.models[0]!;
    const weights = new Map(
      m.params.map((p) => [p.name, new Float32Array(p.shape.reduce((a, b) => a * b, 1))]),
    );
    weights.get("linear1.weight")![1] = NaN;
    weights.get("linear2.bias")![0] = Infinity;
    const path = join(dir, "nan.safetensors");
    saveWeights(path, m, weights);
    const r = await nnc("eval", model, "--weights", path);
    expect(r.err).toContain(`warning: \`linear1.weight\` in ${path} holds 1 NaN or infinite value\n`);
    expect(r.err).toContain(`warning: \`linear2.bias\` in ${path} holds 1 NaN or infinite value\n`);
  });
});

describe("files and imports that say what is wrong", () => {
  it('`import "/etc/passwd"` is not a .nn file, not a missing one', async () => {
    const r = await nnc("check", file("imp.nn", 'import "/etc/passwd"\n'));
    expect(r.code).toBe(1);
    expect(r.err).toContain("error[E2017]: cannot import `/etc/passwd`: not a `.nn` file");
  });

  it("an absolute import of a .nn file is read where it is", async () => {
    const lib = file("lib.nn", "layer block(n) {\n  linear(n)\n  relu\n}\n");
    const main = file("abs.nn", `import "${lib}"\n` + spiral("4").replace("linear(4)", "block(4)"));
    expect((await nnc("check", main)).code).toBe(0);
  });

  it("`nnc check` of an empty file is an error with a hint", async () => {
    const r = await nnc("check", file("empty.nn", ""));
    expect(r.code).toBe(1);
    expect(r.err).toContain("error[E2018]: `");
    expect(r.err).toContain("holds no model");
    expect(r.err).toContain("= help:");
  });
});

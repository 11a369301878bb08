// A run that says what it was: `nnc train`'s checkpoint holds the sources (with imports), overrides, seed, backend
// and nnc's version in its metadata; `nnc eval CKPT` and `nnc predict CKPT IMG` work with the `.nn` files gone;
// `nnc show CKPT` prints the record; a checkpoint without one is a one-line error; PyTorch reads the file unchanged.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { nncVersion } from "../cli/version.js";
import { compile, loadCheckpoint, saveWeights, writeSafetensors } from "../index.js";
import { encodePng } from "../runtime/image/png.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-record-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (...names: string[]) => join(dir, ...names);

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

/** An IDX file of unsigned bytes: magic 00 00 08 NN, the sizes big-endian, then the values. */
function idxBytes(dims: readonly number[], values: ArrayLike<number>): Buffer {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(0x800 + dims.length, 0);
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, Buffer.from(Uint8Array.from(values))]);
}

// Class c's 4×4 images are bright in row c. The model imports a layer from a file in a subfolder, which imports
// another beside it: the record must keep all three, and serve the imports by their paths.
const MODEL = `import "lib/head.nn"

model Rows {
  input  x: [1, 4, 4]
  target y: class(3)
  network { flatten; head }
  loss cross_entropy
  optimizer sgd(lr=0.5)
  train { data idx(images="data/images.idx", labels="data/labels.idx"); batch 10; epochs 2 }
}
`;
const HEAD = `import "act.nn"\n\nlayer head {\n  linear(8)\n  act\n  linear(3)\n}\n`;
const ACT = `# the activation the head uses\nlayer act { relu }\n`;

function rowImage(c: number, noise: number): number[] {
  return Array.from({ length: 16 }, (_, i) => (Math.floor(i / 4) === c ? 200 : 20) + ((i * 7 + noise) % 30));
}

const model = path("rows.nn");
const ckpt = path("Rows.safetensors");
const png = path("row1.png");

beforeAll(async () => {
  mkdirSync(path("lib"));
  mkdirSync(path("data"));
  writeFileSync(model, MODEL);
  writeFileSync(path("lib", "head.nn"), HEAD);
  writeFileSync(path("lib", "act.nn"), ACT);
  writeFileSync(
    path("data", "images.idx"),
    idxBytes([30, 4, 4], Array.from({ length: 30 }, (_, i) => rowImage(i % 3, i)).flat()),
  );
  writeFileSync(
    path("data", "labels.idx"),
    idxBytes(
      [30],
      Array.from({ length: 30 }, (_, i) => i % 3),
    ),
  );
  writeFileSync(png, encodePng({ width: 4, height: 4, channels: 1, data: Uint8Array.from(rowImage(1, 0)) }));
  const r = await nnc("train", model, "--backend", "cpu", "--quiet", "--seed", "7", "--save", ckpt);
  expect(r.err).toContain("saved");
  expect(r.code).toBe(0);
});

describe("the run record in a checkpoint", () => {
  it("holds every source with its path as written, the folder, overrides, seed, backend and version", () => {
    const meta = loadCheckpoint(ckpt).metadata;
    expect(JSON.parse(meta["source_files"]!)).toEqual([
      { path: model, text: MODEL },
      { path: path("lib", "head.nn"), text: HEAD },
      { path: path("lib", "act.nn"), text: ACT },
    ]);
    expect(meta["source_folder"]).toBe(dir);
    expect(JSON.parse(meta["overrides"]!)).toEqual({});
    expect(meta["seed"]).toBe("7");
    expect(meta["backend"]).toBe("cpu");
    expect(meta["nnc_version"]).toBe(nncVersion());
    expect(meta["nnc_version"]).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(meta["model"]).toBe("Rows");
  });

  it("is read by PyTorch as plain tensors and string metadata", () => {
    const python = "/usr/bin/python3";
    const probe = spawnSync(python, ["-c", "import torch"], { encoding: "utf8" });
    if (probe.status !== 0) {
      const why = `Debian's python3-torch is not installed (${(probe.stderr || String(probe.error)).trim().split("\n").at(-1)})`;
      if (process.env["CI"] === "true") throw new Error(why);
      console.warn(`skipping the PyTorch read: ${why}`);
      return;
    }
    // The safetensors layout read by hand: 8 bytes of header length, the JSON header, then the tensors' bytes.
    const script = [
      "import sys, json, struct, torch",
      "b = open(sys.argv[1], 'rb').read()",
      "n = struct.unpack('<Q', b[:8])[0]",
      "h = json.loads(b[8:8 + n])",
      "meta = h.pop('__metadata__')",
      "assert all(isinstance(v, str) for v in meta.values())",
      "out = {'files': [f['path'] for f in json.loads(meta['source_files'])], 'tensors': {}}",
      "for k, t in h.items():",
      "    s, e = t['data_offsets']",
      "    x = torch.frombuffer(bytearray(b[8 + n + s:8 + n + e]), dtype=torch.float32).reshape(t['shape'])",
      "    out['tensors'][k] = [t['dtype'], list(x.shape), float(x.sum())]",
      "print(json.dumps(out))",
    ].join("\n");
    const r = spawnSync(python, ["-c", script, ckpt], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const seen = JSON.parse(r.stdout) as {
      files: string[];
      tensors: Record<string, [string, number[], number]>;
    };
    expect(seen.files).toEqual([model, path("lib", "head.nn"), path("lib", "act.nn")]);
    const ours = loadCheckpoint(ckpt).tensors;
    expect(Object.keys(seen.tensors).sort()).toEqual([...ours.keys()].sort());
    for (const [name, t] of ours) {
      const [dtype, shape, sum] = seen.tensors[name]!;
      expect(dtype).toBe("F32");
      expect(shape).toEqual(t.shape);
      expect(sum).toBeCloseTo(
        t.data.reduce((a, b) => a + b, 0),
        4,
      );
    }
  });
});

describe("eval and predict from a checkpoint alone", () => {
  it("give what the .nn file and --weights give, with the .nn files gone", async () => {
    const evalWith = await nnc("eval", model, "--weights", ckpt);
    const predictWith = await nnc("predict", model, "--weights", ckpt, png);
    expect(evalWith.code).toBe(0);
    expect(predictWith.code).toBe(0);
    const hidden = path("hidden");
    mkdirSync(hidden);
    renameSync(model, join(hidden, "rows.nn"));
    renameSync(path("lib"), join(hidden, "lib"));
    try {
      const evalAlone = await nnc("eval", ckpt);
      expect(evalAlone).toEqual({ ...evalWith, err: "" });
      expect(evalAlone.out).toMatch(/^train examples 30 {2}accuracy /);
      const predictAlone = await nnc("predict", ckpt, png);
      expect(predictAlone).toEqual(predictWith);
      expect(predictAlone.out).toContain("1. class 1");
      // --weights beside a checkpoint: its program, those weights
      expect((await nnc("eval", ckpt, "--weights", ckpt)).out).toBe(evalWith.out);
    } finally {
      renameSync(join(hidden, "rows.nn"), model);
      renameSync(join(hidden, "lib"), path("lib"));
    }
  });

  it("say where data paths are relative to when the data is not there", async () => {
    renameSync(path("data"), path("data-moved"));
    try {
      const r = await nnc("eval", ckpt);
      expect(r.code).toBe(1);
      expect(r.err).toBe(
        `error: data/images.idx: file not found (looked for ${path("data", "images.idx")}); data paths are relative to ${dir}, the folder of the \`.nn\` file the checkpoint was trained from\n`,
      );
    } finally {
      renameSync(path("data-moved"), path("data"));
    }
  });

  it("still need --weights with a .nn file (bad usage)", async () => {
    const r = await nnc("eval", model);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --weights is needed with a `\.nn` file/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("a run trained with --set", () => {
  it("keeps its overrides, and eval from the checkpoint alone compiles the model it trained", async () => {
    mkdirSync(path("set"));
    const src = path("set", "wide.nn");
    writeFileSync(
      src,
      MODEL.replace('import "lib/head.nn"', "const hidden = 8")
        .replace("network { flatten; head }", "network { flatten; linear(hidden); relu; linear(3) }")
        .replaceAll('"data/', '"../data/'),
    );
    const saved = path("set", "Rows.safetensors");
    const trained = await nnc("train", src, "--set", "hidden=5", "--steps", "1", "--quiet", "--save", saved);
    expect(trained.code, trained.err).toBe(0);
    expect(loadCheckpoint(saved).tensors.get("linear1.weight")!.shape).toEqual([5, 16]);
    const shown = await nnc("show", saved);
    expect(shown.out).toMatch(/overrides\s+hidden=5/);
    renameSync(src, path("set", "moved.nn"));
    const evaluated = await nnc("eval", saved);
    expect(evaluated.code, evaluated.err).toBe(0);
    expect(evaluated.out).toMatch(/accuracy/);
  });
});

describe("nnc show", () => {
  it("prints the record: model, version, backend, seed, overrides, position and files with line counts", async () => {
    const r = await nnc("show", ckpt);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.trimEnd().split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "model      Rows",
      `nnc        ${nncVersion()}`,
      "backend    cpu",
      "seed       7",
      "overrides  none",
    ]);
    // 30 examples in batches of 10 for 2 epochs: 6 steps, and epoch 2 (from 0) not started
    expect(lines[5]).toBe("position   step 6, epoch 2 (from 0) with 0 of its steps taken");
    expect(lines.slice(6)).toEqual([
      `folder     ${dir}`,
      `files      ${model}  (10 lines)`,
      `           ${path("lib", "head.nn")}  (7 lines)`,
      `           ${path("lib", "act.nn")}  (2 lines)`,
    ]);
  });

  it("prints each file's text with --source", async () => {
    const r = await nnc("show", ckpt, "--source");
    expect(r.out).toContain(
      `\n--- ${model}\n${MODEL}\n--- ${path("lib", "head.nn")}\n${HEAD}\n--- ${path("lib", "act.nn")}\n${ACT}`,
    );
  });

  it("prints the overrides a record holds", async () => {
    const program = compile(MODEL, { filename: model }).program!;
    const p = path("overridden.safetensors");
    const m = program.models[0]!;
    const weights = new Map(
      m.params.map((q) => [q.name, new Float32Array(q.shape.reduce((a, b) => a * b, 1))]),
    );
    const record = {
      files: [{ path: model, text: MODEL }],
      folder: dir,
      overrides: { width: "64", lr: "0.1" },
      version: "9.9.9",
    };
    saveWeights(p, m, weights, { record });
    const r = await nnc("show", p);
    expect(r.out).toContain("overrides  width=64 lr=0.1\n");
    expect(r.out).toContain("nnc        9.9.9\n");
    expect(r.out).toContain("seed       unknown\n");
    expect(r.out).not.toContain("position");
  });
});

describe("checkpoints without a record", () => {
  // compiled when a case runs: the imports are written by beforeAll
  const m = () => compile(MODEL, { filename: model }).program!.models[0]!;
  const zeros = () =>
    new Map(m().params.map((q) => [q.name, new Float32Array(q.shape.reduce((a, b) => a * b, 1))]));
  const cases: [string, () => string, string][] = [
    [
      "not an nnc checkpoint",
      () => {
        const p = path("foreign.safetensors");
        writeSafetensors(p, [{ name: "w", shape: [1], data: Float32Array.of(1) }], { framework: "pt" });
        return p;
      },
      "not an nnc checkpoint (its metadata names no nnc model)",
    ],
    [
      "no embedded source",
      () => {
        const p = path("bare.safetensors");
        saveWeights(p, m(), zeros());
        return p;
      },
      "holds no source (it was saved without a run record): give the `.nn` file and `--weights",
    ],
    [
      "corrupt JSON",
      () => {
        const p = path("corrupt.safetensors");
        saveWeights(p, m(), zeros(), {
          metadata: { format: "nnc", source_files: '[{"path": "a.nn", "text": ' },
        });
        return p;
      },
      "`source_files` in its metadata is not valid JSON",
    ],
    [
      "a list of something else",
      () => {
        const p = path("wrong.safetensors");
        saveWeights(p, m(), zeros(), { metadata: { source_files: '[{"path": "a.nn"}]' } });
        return p;
      },
      "`source_files` in its metadata is not a list of {path, text} files",
    ],
    [
      "overrides that are not an object",
      () => {
        const p = path("overrides.safetensors");
        saveWeights(p, m(), zeros(), {
          metadata: { source_files: JSON.stringify([{ path: "a.nn", text: MODEL }]), overrides: "[1]" },
        });
        return p;
      },
      "`overrides` in its metadata is not an object of strings",
    ],
  ];
  for (const [what, make, message] of cases) {
    it(`${what}: a one-line error from show, eval and predict`, async () => {
      const p = make();
      for (const argv of [
        ["show", p],
        ["eval", p],
        ["predict", p, png],
      ]) {
        const r = await nnc(...argv);
        expect(r.code).toBe(1);
        expect(r.out).toBe("");
        expect(r.err).toContain(`error: ${p}: ${message}`);
        expect(r.err.trim().split("\n")).toHaveLength(1);
      }
    });
  }
});

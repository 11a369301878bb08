// `nnc export --to pytorch` without running Python: the emitted `model.py` and `train.py` of every example are
// golden files (tests/golden/export/<example>/; `UPDATE_GOLDEN=1` rewrites them, read the diff first), a few facts
// of the code hold (user layers are classes, nnc's `same` padding is an explicit F.pad where PyTorch's would
// differ), and the command writes its folder, or says in one line why it cannot. Whether the code computes what
// nnc computes is export-pytorch-forward.test.ts and export-pytorch-train.test.ts (they need torch).

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile, exportPyTorch } from "../index.js";
import { unifiedDiff } from "./unified-diff.js";

const ROOT = join(import.meta.dirname, "..");
const GOLDEN = join(ROOT, "tests/golden/export");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const EXAMPLES = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".nn"));

function exported(source: string, filename = "model.nn"): Map<string, string> {
  const r = compile(source, { filename });
  expect(r.ok, r.diagnostics.map((d) => d.render()).join("\n")).toBe(true);
  return exportPyTorch(r.program!.models[0]!, { dataBase: "../../../../examples", version: "(golden)" });
}

function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t) };
  return run(args, io).then((code) => ({ code, out: out.join("") }));
}

describe("nnc export --to pytorch: the code", () => {
  it.each(EXAMPLES)("%s matches its golden model.py and train.py", (file) => {
    const files = exported(readFileSync(join(ROOT, "examples", file), "utf8"), `examples/${file}`);
    const dir = join(GOLDEN, file.replace(".nn", ""));
    for (const name of ["model.py", "train.py"]) {
      const actual = files.get(name)!;
      const path = join(dir, name);
      if (UPDATE) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, actual);
        continue;
      }
      expect(existsSync(path), `${path} (UPDATE_GOLDEN=1 writes it)`).toBe(true);
      const expected = readFileSync(path, "utf8");
      if (actual !== expected)
        assert.fail(
          `${file}: ${name} differs from tests/golden/export (UPDATE_GOLDEN=1 rewrites it; read the diff first)\n` +
            unifiedDiff(expected, actual, { labels: [path, "produced"] }),
        );
    }
  });

  it("writes a user layer as a class and its uses as submodules named as nnc's stages", () => {
    const py = exported(readFileSync(join(ROOT, "examples/residual.nn"), "utf8")).get("model.py")!;
    expect(py).toContain("class Residual(nn.Module):");
    expect(py).toContain("self.residual1 = Residual()");
    expect(py).toContain("self.residual2 = Residual()");
    expect(py).toMatch(/h = self\.conv2d1\(x\)[^]*x = x \+ h\n\s+x = F\.relu\(x\)/);
  });

  it("pads as nnc does: the odd pixel of `same` at the end, with -inf before a maxpool", () => {
    const src = `model P {
  input x: [2, 7, 7]
  target y: class(3)
  network { conv2d(4, 2, padding=same); maxpool(2, padding=same); maxpool(3, stride=1, padding=same); flatten; linear(3) }
  loss cross_entropy
  optimizer sgd(lr=0.1)
}`;
    const py = exported(src).get("model.py")!;
    // a 2×2 kernel over 7 pixels pads 1 in all: nnc (as TensorFlow) puts it after, PyTorch's "same" before
    expect(py).toContain("self.conv2d1 = nn.Conv2d(2, 4, 2)\n");
    expect(py).toContain("x = self.conv2d1(F.pad(x, (0, 1, 0, 1)))");
    expect(py).toContain('x = F.max_pool2d(F.pad(x, (0, 1, 0, 1), value=float("-inf")), 2)');
    // 3×3 at stride 1 over 4 pixels pads 1 each side: PyTorch's own padding argument
    expect(py).toContain("x = F.max_pool2d(x, 3, 1, padding=1)");
  });

  it("keeps batchnorm's state to nnc's four tensors", () => {
    const py = exported(readFileSync(join(ROOT, "tests/parity/conv_batchnorm_adam.nn"), "utf8")).get(
      "model.py",
    )!;
    expect(py).toContain("self.num_batches_tracked = None");
    expect(py).toContain("self.batchnorm1 = BatchNorm(4)");
    // 7×7 by stride 2 with a 3×3 kernel: 2 pixels of padding in all, TensorFlow's 1 before and 1 after
    expect(py).toContain("nn.Conv2d(2, 4, 3, stride=2, padding=1, bias=False)");
  });
});

describe("nnc export: the command", () => {
  it("writes the package into a new folder", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "nnc-export-")), "out");
    const r = await cli(["export", join(ROOT, "examples/spiral.nn"), "--to", "pytorch", "-o", dir]);
    expect(r.code, r.out).toBe(0);
    for (const f of ["model.py", "train.py", "nnc_data.py", "nnc_safetensors.py", "README.md"])
      expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain("torchrun --nproc_per_node");
  });

  it("refuses a folder whose parent does not exist, before writing anything", async () => {
    const dir = join(tmpdir(), "nnc-no-such-folder", "out");
    const r = await cli(["export", join(ROOT, "examples/spiral.nn"), "--to", "pytorch", "-o", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^error: -o .*does not exist/);
  });

  it("refuses an unknown format as bad usage", async () => {
    const r = await cli(["export", join(ROOT, "examples/spiral.nn"), "--to", "tflite"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("--to must be pytorch or onnx");
  });

  it("asks --to onnx for the weights the model carries, as bad usage", async () => {
    const r = await cli(["export", join(ROOT, "examples/spiral.nn"), "--to", "onnx"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("needs `--weights CKPT`");
  });

  it("names a stage PyTorch reserves, in one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nnc-export-"));
    const nn = join(dir, "m.nn");
    writeFileSync(
      nn,
      "model M {\n  input x: [2]\n  target y: class(2)\n  network { forward: linear(2) }\n  loss cross_entropy\n  optimizer sgd(lr=0.1)\n}\n",
    );
    const r = await cli(["export", nn, "--to", "pytorch", "-o", join(dir, "out")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("stage `forward` cannot be exported to PyTorch");
    expect(r.out.trim().split("\n")).toHaveLength(1);
  });
});

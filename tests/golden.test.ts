// Golden tests: each `tests/golden/<area>/<name>.nn` is compiled, and what it produces is compared with the
// files beside it: `.summary`, `.ast`, `.ir` (forward) and `.grad.ir` (the training step) for a valid program,
// `.err` for its diagnostics (errors, or a valid program's warnings), and `.wgsl` (the training step's kernels) for
// the few cases in WGSL_GOLDENS. `UPDATE_GOLDEN=1 npm test` rewrites them. A missing expected file fails, and so
// does an expected file that the case does not produce or that has no `.nn` beside it. A mismatch prints a short
// unified diff. Every other case's kernels are compiled and run on a device in wgsl.test.ts instead.
//
// Error cases also carry their expectation on the line: `# ~ERROR E3002` (or `# ~WARNING W0001`) must match a
// diagnostic whose primary span starts on that line, and every diagnostic in the case's own file must be so
// annotated, so that a re-bless cannot move or drop an error silently.

import { existsSync, readdirSync, readFileSync, writeFileSync, unlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { assert, describe, expect, it } from "vitest";
import {
  lowerToWgsl,
  parseFunc,
  printAst,
  printFunc,
  printWgsl,
  renderAll,
  renderSummary,
} from "../index.js";
import { verifyFunc } from "../compiler/ir/verify.js";
import {
  compileCase,
  goldenCases as cases,
  goldenFiles as files,
  GOLDEN_ROOT as ROOT,
} from "./golden-cases.js";
import { unifiedDiff } from "./unified-diff.js";

const UPDATE = process.env.UPDATE_GOLDEN === "1";
const KINDS = [".summary", ".ast", ".err", ".ir", ".grad.ir", ".wgsl"] as const;

/**
 * The cases whose WGSL is kept as text for a reviewer to read: an MLP (matmuls, element-wise chains, reductions,
 * softmax cross-entropy, SGD) and LeNet (adds im2col/col2im convolutions, max pooling and its gradient,
 * transposes, Adam). Together they hold every kind of kernel the other cases use but average pooling and a few
 * element-wise maps (sigmoid, tanh, abs, sign, maximum, the dropout mask); wgsl.test.ts checks each op's kernels
 * against the CPU, and compiles and runs every case's training step.
 */
const WGSL_GOLDENS = ["examples/fashion_mnist_mlp.nn", "examples/lenet.nn"];

/** What a case produces, by extension. */
function produce(file: string): Map<string, string> {
  const { result } = compileCase(file);
  const out = new Map<string, string>();
  if (result.diagnostics.length) out.set(".err", renderAll(result.diagnostics));
  if (result.ok) {
    out.set(".summary", result.program!.models.map(renderSummary).join("\n"));
    out.set(".ast", printAst(result.ast!));
    // The IR of each model: the forward function, and the whole training step. Each is verified and must survive
    // printing and parsing unchanged.
    const steps = result.program!.models.map((m) => m.programs.step);
    if (steps.length) {
      for (const s of steps) {
        for (const f of [s.forward, s.evaluate, s.train]) {
          expect(verifyFunc(f)).toEqual([]);
          expect(printFunc(parseFunc(printFunc(f)))).toBe(printFunc(f));
        }
      }
      out.set(".ir", steps.map((s) => printFunc(s.forward)).join("\n"));
      out.set(".grad.ir", steps.map((s) => printFunc(s.train)).join("\n"));
      if (WGSL_GOLDENS.includes(relative(ROOT, file)))
        out.set(".wgsl", steps.map((s) => printWgsl(lowerToWgsl(s.train))).join("\n"));
    }
  }
  return out;
}

describe("golden", () => {
  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it("names only existing cases in WGSL_GOLDENS", () => {
    expect(WGSL_GOLDENS.filter((c) => !cases.includes(join(ROOT, c)))).toEqual([]);
  });

  it("has no expected file without its input", () => {
    const orphans = files.filter((f) => {
      const ext = [...KINDS].reverse().find((k) => f.endsWith(k));
      return ext && !existsSync(f.slice(0, -ext.length) + ".nn");
    });
    expect(orphans.map((f) => relative(ROOT, f))).toEqual([]);
  });

  for (const file of cases) {
    const rel = relative(ROOT, file);
    it(rel, () => {
      const produced = produce(file);
      const base = file.slice(0, -".nn".length);
      for (const kind of KINDS) {
        const path = base + kind;
        const actual = produced.get(kind);
        if (UPDATE) {
          if (actual === undefined) {
            if (existsSync(path)) unlinkSync(path);
          } else writeFileSync(path, actual);
          continue;
        }
        if (actual === undefined) {
          const why = kind === ".wgsl" ? " (only the cases in WGSL_GOLDENS keep their WGSL)" : "";
          expect(existsSync(path), `${rel}: ${kind} is expected but the case does not produce it${why}`).toBe(
            false,
          );
          continue;
        }
        expect(existsSync(path), `${rel}: missing ${kind} (run with UPDATE_GOLDEN=1)`).toBe(true);
        const expected = readFileSync(path, "utf8");
        if (actual !== expected)
          assert.fail(
            `${rel}: ${kind} differs from ${relative(ROOT, path)} (UPDATE_GOLDEN=1 rewrites it; read the diff first)\n` +
              unifiedDiff(expected, actual, { labels: [relative(ROOT, path), "produced"] }),
          );
      }
      checkAnnotations(file);
    });
  }
});

/** `# ~ERROR E1234` on a line: that line has that diagnostic, and every diagnostic in the file is annotated. */
function checkAnnotations(file: string): void {
  const rel = relative(ROOT, file);
  const { source, result } = compileCase(file);
  const expected: string[] = [];
  source.split("\n").forEach((line, i) => {
    for (const m of line.matchAll(/~(ERROR|WARNING) ([EW]\d{4})/g)) expected.push(`${i + 1}:${m[2]}`);
  });
  const actual = result.diagnostics
    .filter((d) => d.span?.file.name === rel)
    .map((d) => `${d.span!.file.position(d.span!.start).line}:${d.code}`);
  expect([...new Set(actual)].sort(), `${rel}: diagnostics vs # ~ERROR annotations`).toEqual(
    [...new Set(expected)].sort(),
  );
}

describe("golden/examples", () => {
  it("holds the examples exactly as examples/ does", () => {
    const dir = join(import.meta.dirname, "..", "examples");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".nn"))) {
      expect(readFileSync(join(ROOT, "examples", f), "utf8"), f).toBe(readFileSync(join(dir, f), "utf8"));
    }
  });
});

// The ONNX checker of Debian's python3-onnx (`/usr/bin/python3`: the pyenv python3 on PATH lacks the module), for
// the tests of `nnc export --to onnx`. With CI=true (which installs the package) a missing module is a failure;
// elsewhere the check is skipped with a message.

import { spawnSync } from "node:child_process";
import { expect } from "vitest";

const PYTHON = "/usr/bin/python3";

/** Runs `onnx.checker.check_model(..., full_check=True)` (shape inference included) on each file. */
export function expectOnnxCheckerPasses(paths: readonly string[]): void {
  const probe = spawnSync(PYTHON, ["-c", "import onnx"], { encoding: "utf8" });
  if (probe.status !== 0) {
    const last = (probe.stderr || String(probe.error)).trim().split("\n").at(-1);
    const why = `Debian's python3-onnx is not installed (${last})`;
    if (process.env["CI"]) throw new Error(why);
    console.warn(`skipping the ONNX checker: ${why}`);
    return;
  }
  const script = [
    "import sys, onnx",
    "for p in sys.argv[1:]:",
    "    onnx.checker.check_model(onnx.load(p), full_check=True)",
    "    print('ok', p)",
  ].join("\n");
  const r = spawnSync(PYTHON, ["-c", script, ...paths], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.stdout.trim().split("\n")).toEqual(paths.map((p) => `ok ${p}`));
}

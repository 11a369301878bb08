// The Python test files' shared setup: a Python that imports torch (Debian's `/usr/bin/python3` with
// `python3-torch`, which `.ci/run` installs; a `python3` on PATH, such as pyenv's, may lack it) and Debian's
// torchrun beside it. In CI (CI=true) no torch is a failure; elsewhere the tests skip with a message, as
// tests/gpu.ts does for a missing GPU.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface TorchPython {
  readonly python?: string;
  /** torchrun of the same installation, when there is one. */
  readonly torchrun?: string;
  readonly why: string;
}

export function findTorch(what: string): TorchPython {
  for (const python of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(python, ["-c", "import torch, numpy; print(torch.__version__)"], {
      encoding: "utf8",
    });
    if (r.status === 0) {
      const torchrun = ["/usr/bin/torchrun"].find((p) => existsSync(p));
      return { python, ...(torchrun && { torchrun }), why: "" };
    }
  }
  const why = "no python3 with torch and numpy (Debian: apt-get install python3-torch)";
  if (process.env["CI"]) throw new Error(`the ${what} need torch: ${why}`);
  console.warn(`skipping the ${what}: ${why}`);
  return { why };
}

/** Runs a Python script; its output on failure, so that a broken export shows its traceback. */
export function runPython(
  python: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(python, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, OMP_NUM_THREADS: "1", ...env },
    maxBuffer: 64 << 20,
    // A hung run (a distributed one waiting on a peer) fails its test instead of holding up the whole suite.
    timeout: 300_000,
    killSignal: "SIGKILL",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

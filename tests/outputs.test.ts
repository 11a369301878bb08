// Issue 11, item 3: every output is checked before any training, a device node is never replaced, temp files are
// created exclusively under unpredictable names, and a diverging run keeps the checkpoint already there.

import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { writeAtomically } from "../runtime/atomic-file.js";
import { checkOutputPath } from "../runtime/output-path.js";

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "nnc-out-"));
const model = (name: string, lr: string, data = "spiral(classes=3, points=20, noise=0.2)") => {
  const path = join(dir, name);
  writeFileSync(
    path,
    `model M {\n input p: [2]\n target y: class(3)\n network { linear(4); relu; linear(3) }\n loss cross_entropy\n` +
      ` optimizer sgd(lr=${lr})\n train { data ${data}; batch 8; epochs 2 }\n}\n`,
  );
  return path;
};
const good = model("good.nn", "0.1");
// A data set that names a file which does not exist: an output error must come before it is looked for.
const noData = model("nodata.nn", "0.1", 'csv("missing.csv", label="y")');

/**
 * A special file of this test's own, never a system one: a character device like /dev/full (mknod, as root), or a
 * named pipe where mknod is not allowed.
 */
let devices = 0;
function device(): string {
  const path = join(dir, `full-${devices++}`);
  try {
    execFileSync("mknod", [path, "c", "1", "7"], { stdio: "ignore" });
  } catch {
    execFileSync("mkfifo", [path]);
  }
  return path;
}
const isSpecial = (path: string) => !statSync(path).isFile() && !statSync(path).isDirectory();

describe("outputs are checked before training", () => {
  it.each([
    ["--save", join(dir, "no-such-folder", "m.safetensors"), "the folder"],
    ["--save", dir, "is a folder"],
    ["--log", join(dir, "no-such-folder", "log.jsonl"), "the folder"],
    ["--log", dir, "is a folder"],
  ])("%s %s is one line and exit 1, before the data is read", async (flag, path, why) => {
    const r = await nnc("train", noData, "--backend", "cpu", "--quiet", flag, path);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`error: ${flag} \`${path}\`: ${why}`);
    expect(r.err).not.toContain("missing.csv");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a device node for --save and --log and leaves it a device", async () => {
    const dev = device();
    for (const flag of ["--save", "--log"]) {
      const r = await nnc("train", good, "--backend", "cpu", "--quiet", flag, dev);
      expect(r.code).toBe(1);
      expect(r.err).toContain("is a device or other special file");
      expect(r.out).toBe(""); // no step was taken
      expect(isSpecial(dev)).toBe(true);
    }
  });

  it("refuses dream -o into a missing folder before the weights are read", async () => {
    const r = await nnc(
      "dream",
      good,
      "--weights",
      "absent.safetensors",
      "--class",
      "1",
      "-o",
      join(dir, "nope", "d.png"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain("-o `");
    expect(r.err).not.toContain("absent.safetensors");
  });

  it("follows a link to see what it points at", () => {
    const link = join(dir, "link-to-folder");
    symlinkSync(dir, link);
    expect(() => checkOutputPath(link, "--save")).toThrow("is a folder");
  });
});

describe("writeAtomically", () => {
  it("never replaces a device node and leaves no temp file behind", () => {
    const dev = device();
    expect(() => writeAtomically(dev, new Uint8Array(4))).toThrow("not a regular file");
    expect(isSpecial(dev)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("writes through a temp file of an unpredictable name, created exclusively", () => {
    const sub = join(dir, "atomic");
    mkdirSync(sub);
    const target = join(sub, "x.bin");
    // The old writer's name, `x.bin.tmp-<pid>`, planted as a link to a file of the user's: it must not be followed.
    const victim = join(sub, "victim");
    writeFileSync(victim, "precious");
    symlinkSync(victim, `${target}.tmp-${process.pid}`);
    writeAtomically(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    writeAtomically(target, new Uint8Array([4]));
    expect([...readFileSync(target)]).toEqual([4]);
    expect(readdirSync(sub).filter((f) => f.includes(".tmp-") && !f.endsWith(String(process.pid)))).toEqual(
      [],
    );
  });
});

describe("a run that diverges", () => {
  it("keeps the checkpoint already there, writes its last finite weights beside it, and names one step", async () => {
    const save = join(dir, "keep.safetensors");
    expect((await nnc("train", good, "--backend", "cpu", "--quiet", "--save", save)).code).toBe(0);
    const before = readFileSync(save);
    const r = await nnc("train", model("nan.nn", "1e30"), "--backend", "cpu", "--quiet", "--save", save);
    expect(r.code).toBe(1);
    expect(readFileSync(save)).toEqual(before);
    const beside = join(dir, "keep.diverged.safetensors");
    expect(existsSync(beside)).toBe(true);
    expect(r.err).toContain(beside);
    const closing = /stopped \(nan\) at step (\d+)/.exec(r.out)?.[1];
    const error = /NaN or infinite at step (\d+)/.exec(r.err)?.[1];
    expect(closing).toBeDefined();
    expect(error).toBe(closing);
  });
});

// `nnc plot` and `nnc train --plot`: a real short training log drawn by Vega, the SVG well-formed, the legend
// naming each run and each split; several logs overlaid; a malformed line is a user error naming file and line.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseTrainingLog } from "../index.js";
import { allElements, parseXml } from "./xml.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "dist", "nnc.mjs");
const dir = mkdtempSync(join(tmpdir(), "nnc-plot-"));
const nnc = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    cwd: dir,
    env: { ...process.env, NNC_CPU_KERNELS: "wasm" },
  });

/** The texts of the legend's labels in a Vega SVG. */
function legendLabels(svg: string): string[] {
  return allElements(parseXml(svg))
    .filter((e) => e.name === "g" && (e.attrs["class"] ?? "").includes("role-legend-label"))
    .flatMap((g) =>
      allElements(g)
        .filter((e) => e.name === "text")
        .map((t) => t.text.trim()),
    );
}

// The spiral with a validation split, so that the log has train and validation metrics.
const spiral = readFileSync(join(root, "examples", "spiral.nn"), "utf8").replace(
  /(batch\s+\d+)/,
  "$1; validation 0.2",
);

describe("nnc plot", () => {
  beforeAll(() => {
    expect(spiral).toContain("validation 0.2");
    writeFileSync(join(dir, "spiral.nn"), spiral);
    for (const [log, lr] of [
      ["slow.jsonl", "0.05"],
      ["fast.jsonl", "0.5"],
    ] as const) {
      const r = nnc(
        "train",
        "spiral.nn",
        "--epochs",
        "3",
        "--lr",
        lr,
        "--log",
        log,
        "--plot",
        `${log}.svg`,
        "--quiet",
      );
      expect(r.status, r.stderr).toBe(0);
    }
  }, 120_000);

  it("nnc train --plot writes the run's curves, a legend entry per split", () => {
    const svg = readFileSync(join(dir, "slow.jsonl.svg"), "utf8");
    const labels = legendLabels(svg);
    expect(labels).toEqual(expect.arrayContaining(["Spiral", "train", "validation"]));
    expect(svg).toContain("loss");
    expect(svg).toContain("accuracy");
  });

  it("overlays two logs, one legend entry per run", () => {
    const r = nnc("plot", "slow.jsonl", "fast.jsonl", "-o", "both.svg");
    expect(r.status, r.stderr).toBe(0);
    const labels = legendLabels(readFileSync(join(dir, "both.svg"), "utf8"));
    expect(labels).toEqual(expect.arrayContaining(["slow", "fast", "train", "validation"]));
  });

  it("writes a page with the SVG inline, and a PNG", () => {
    expect(nnc("plot", "slow.jsonl", "-o", "curves.html").status).toBe(0);
    const html = readFileSync(join(dir, "curves.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    const svg = html.slice(html.indexOf("<svg"), html.lastIndexOf("</svg>") + 6);
    expect(legendLabels(svg)).toContain("slow");
    expect(nnc("plot", "slow.jsonl", "-o", "curves.png").status).toBe(0);
    expect(readFileSync(join(dir, "curves.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("checks --plot's path and format before training", () => {
    const missing = nnc("train", "spiral.nn", "--plot", join(dir, "no", "curves.svg"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error: --plot `.*curves\.svg`: the folder `.*no` does not exist/);
    expect(missing.stdout).toBe("");
    expect(nnc("train", "spiral.nn", "--plot", "curves.txt").status).toBe(2);
  });

  it("refuses a malformed line with the file and line, exit 1", () => {
    const text = readFileSync(join(dir, "slow.jsonl"), "utf8").split("\n");
    text.splice(1, 0, '{"event":"epoch","epoch":2,"train_loss":');
    writeFileSync(join(dir, "broken.jsonl"), text.join("\n"));
    const r = nnc("plot", "broken.jsonl", "-o", "x.svg");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: broken\.jsonl:2: not a line of `nnc train --log`/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("splits a log that holds two runs at their end events, and rejects a non-numeric metric", () => {
    const epoch = (n: number) =>
      JSON.stringify({ event: "epoch", epoch: n, train_loss: 1 / n, train_accuracy: null });
    const two = [epoch(1), epoch(2), '{"event":"end"}', epoch(1), '{"event":"end"}'].join("\n");
    expect(parseTrainingLog("runs.jsonl", two).map((r) => [r.name, r.epochs.length])).toEqual([
      ["runs", 2],
      ["runs#2", 1],
    ]);
    expect(() => parseTrainingLog("bad.jsonl", '{"event":"epoch","epoch":1,"train_loss":"x"}')).toThrow(
      /^bad\.jsonl:1: `train_loss` is "x"/,
    );
  });
});

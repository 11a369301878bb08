// `nnc graph`: every example drawn as SVG by Graphviz (WebAssembly), well-formed, one node per layer and one per
// parameter, shapes on the edges, the backward pass with --grad; and the built CLI's DOT, SVG and PNG.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph, compile, dotToSvg, graphToDot, type CompiledModel } from "../index.js";
import { allElements, parseXml } from "./xml.js";

const root = join(import.meta.dirname, "..");
const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".nn"));
const dir = mkdtempSync(join(tmpdir(), "nnc-graph-"));

function model(name: string): CompiledModel {
  const path = join(root, "examples", name);
  const r = compile(readFileSync(path, "utf8"), { filename: path });
  expect(r.ok).toBe(true);
  return r.program!.models[0]!;
}

/** The SVG's node groups by their id (Graphviz writes the DOT `id` on each `<g class="node">`). */
function svgNodes(svg: string): string[] {
  return allElements(parseXml(svg))
    .filter((e) => e.name === "g" && e.attrs["class"] === "node")
    .map((e) => e.attrs["id"]!);
}

describe("nnc graph", () => {
  it.each(examples)("draws %s as well-formed SVG with a node per layer and per parameter", async (name) => {
    const m = model(name);
    const svg = await dotToSvg(graphToDot(buildGraph(m)));
    const ids = svgNodes(svg);
    const stages = m.nodes.flatMap((n) => (n.kind === "layer" ? [`layer:${n.stage}`] : []));
    expect(ids.filter((id) => id.startsWith("layer:")).sort()).toEqual([...stages].sort());
    const params = m.params.filter((p) => p.role !== "buffer").map((p) => `param:${p.name}`);
    for (const p of params) expect(ids).toContain(p);
    expect(ids).toContain(`target:${m.target.name}`);
    expect(ids.some((id) => id.startsWith("backward:"))).toBe(false);
  });

  it("labels each edge with the shape it carries", () => {
    const g = buildGraph(model("lenet.nn"));
    const edge = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to)?.label;
    expect(edge("input:image", "layer:conv2d1")).toBe("[N, 1, 28, 28]");
    expect(edge("layer:flatten1", "layer:linear1")).toBe("[N, 400]");
    expect(edge("param:linear1.weight", "layer:linear1")).toBe("[120, 400]");
    expect(edge("layer:linear3", "loss:loss `cross_entropy`")).toBe("[N, 10]");
  });

  it("adds the backward pass with --grad: a red node per layer's gradient, and each parameter's gradient", async () => {
    const m = model("residual.nn");
    const g = buildGraph(m, { grad: true });
    const ids = svgNodes(await dotToSvg(graphToDot(g)));
    for (const p of m.params.filter((p) => p.role !== "buffer")) expect(ids).toContain(`gradient:${p.name}`);
    const conv = m.nodes.find((n) => n.kind === "layer" && n.stage === "residual2.conv2d1")!;
    expect(ids).toContain(`backward:b${conv.id}`);
    // The gradient flows from the loss back: ∂ linear1 feeds ∂ flatten1, as the forward edge runs the other way.
    const flatten = m.nodes.find((n) => n.kind === "layer" && n.stage === "flatten1")!;
    const linear = m.nodes.find((n) => n.kind === "layer" && n.stage === "linear1")!;
    const back = g.edges.find(
      (e) => e.from === `backward:b${linear.id}` && e.to === `backward:b${flatten.id}`,
    );
    expect(back).toMatchObject({ kind: "backward", label: "[N, 784]" });
  });

  it("draws one node per IR instruction with --ops, clustered by layer", () => {
    const m = model("spiral.nn");
    const g = buildGraph(m, { ops: true });
    const ops = g.nodes.filter((n) => n.kind === "op");
    expect(ops.length).toBeGreaterThan(m.nodes.length);
    expect(ops.some((n) => n.label.startsWith("matmul\n"))).toBe(true);
    expect([...g.clusters.values()].map((c) => c.title)).toContain("hidden");
  });

  describe("the built CLI", () => {
    const bin = join(root, "dist", "nnc.mjs");
    const nnc = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

    it("prints DOT on stdout by default", () => {
      const r = nnc("graph", join(root, "examples", "spiral.nn"));
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^digraph "Spiral" \{/);
      expect(r.stdout).toContain('"layer:hidden" -> "layer:relu1" [label="[N, 100]"');
    });

    it("writes SVG and PNG by -o's extension, WebAssembly found at run time", () => {
      const svg = join(dir, "g.svg");
      const png = join(dir, "g.png");
      expect(nnc("graph", join(root, "examples", "lenet.nn"), "--grad", "-o", svg).status).toBe(0);
      expect(svgNodes(readFileSync(svg, "utf8"))).toContain(
        "backward:the backward pass of loss `cross_entropy`",
      );
      const r = nnc("graph", join(root, "examples", "lenet.nn"), "-o", png);
      expect(r.status).toBe(0);
      expect(readFileSync(png).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    });

    it("refuses an unknown extension or a PNG on stdout as bad usage", () => {
      expect(nnc("graph", join(root, "examples", "spiral.nn"), "-o", join(dir, "g.jpg")).status).toBe(2);
      const r = nnc("graph", join(root, "examples", "spiral.nn"), "--format", "png");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("-o graph.png");
    });
  });
});

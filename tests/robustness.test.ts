// Bad input never crashes: seeded random mutations of the examples (characters and tokens deleted, inserted,
// swapped) must compile to diagnostics that each name a place and render, never to an exception.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Rng } from "../runtime/rng.js";
import { compile } from "../index.js";

const EXAMPLES = join(import.meta.dirname, "..", "examples");
const sources = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".nn"))
  .map((f) => ({ name: f, text: readFileSync(join(EXAMPLES, f), "utf8") }));

const PIECES = [
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  ",",
  "=",
  ":",
  ";",
  "\n",
  "->",
  "+",
  "*",
  "-",
  "0",
  "-1",
  "1e9",
  "x",
  "in",
  "linear",
  "conv2d(3, 99)",
  "relu",
  '"',
  "return",
  "model",
  "layer",
  'import "x.nn"',
  "same",
  "true",
  "@",
  "1.5",
  "class(0)",
];

function mutate(text: string, next: () => number): string {
  let s = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * s.length);
    const r = next();
    if (r < 0.3) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(next() * 6));
    else if (r < 0.8) s = s.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)]! + s.slice(at);
    else {
      const lines = s.split("\n");
      const a = Math.floor(next() * lines.length);
      const b = Math.floor(next() * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      s = lines.join("\n");
    }
  }
  return s;
}

describe("robustness", () => {
  for (const { name, text } of sources) {
    it(`${name}: 150 mutations give diagnostics, never an exception`, () => {
      const next = rngOf(name.length * 7919);
      const host = { readFile: () => undefined, resolve: (_: string, spec: string) => spec };
      for (let i = 0; i < 150; i++) {
        const src = mutate(text, next);
        let result;
        try {
          result = compile(src, { filename: name, host });
        } catch (e) {
          throw new Error(`mutation ${i} of ${name} crashed: ${String(e)}\n--- source ---\n${src}`);
        }
        for (const d of result.diagnostics) {
          expect(d.span, `${d.code} ${d.message}`).toBeDefined();
          const text = d.render();
          expect(text.split("\n")[1]).toMatch(/^ +(-->|:::) .+:\d+:\d+$/);
        }
        if (!result.ok) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }
    });
  }
});

/** A seeded uniform generator in [0, 1), so that a failure reproduces. */
function rngOf(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

// The playground's URL hash: the setup deflate-raw'd into base64url, read back whole; the plain base64url hashes of
// earlier links still read.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSetup, encodeSetup } from "../playground/src/hash.js";

const SPIRAL = readFileSync(join(import.meta.dirname, "..", "examples", "spiral.nn"), "utf8");

describe("playground hash", () => {
  it("round-trips source, seed, data, epochs and backend, shorter than plain base64url", async () => {
    const setup = { source: SPIRAL, seed: 42, data: "mnist", epochs: 7, gpu: false };
    const hash = await encodeSetup(setup);
    expect(hash).toMatch(/^z[A-Za-z0-9_-]+$/);
    expect(await decodeSetup(hash)).toEqual(setup);
    const plain = Buffer.from(JSON.stringify(setup)).toString("base64url");
    expect(hash.length).toBeLessThan(plain.length * 0.7);
  });

  it("reads a plain base64url hash of the JSON (links made before compression)", async () => {
    const plain = Buffer.from(JSON.stringify({ source: "model M {}", seed: 3, data: "csv" })).toString(
      "base64url",
    );
    expect(await decodeSetup(plain)).toEqual({
      source: "model M {}",
      seed: 3,
      data: "csv",
      epochs: undefined,
      gpu: true,
    });
  });

  it("reads no setup from a hash that holds none", async () => {
    expect(await decodeSetup("zzzz")).toBeUndefined();
    expect(await decodeSetup("section-2")).toBeUndefined();
  });
});

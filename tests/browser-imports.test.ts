// The page's entry (browser.ts) reaches no Node-only module: it is bundled for the browser with the playground's
// own guard (playground/node-only.ts), which must also stop the Node entry (index.ts), so the check can fail.

import { describe, expect, it } from "vitest";
import { rolldown } from "rolldown";
import { forbidNodeOnly, nodeOnly } from "../playground/node-only.js";

async function bundle(entry: string): Promise<number> {
  const build = await rolldown({
    input: entry,
    platform: "browser",
    plugins: [forbidNodeOnly()],
    logLevel: "silent",
  });
  try {
    const { output } = await build.generate({ format: "esm" });
    return output.reduce((n, o) => n + (o.type === "chunk" ? o.code.length : 0), 0);
  } finally {
    await build.close();
  }
}

describe("the browser entry", () => {
  it("names the modules only Node has", () => {
    expect(["node:fs", "fs/promises", "koffi", "webgpu", "os"].map(nodeOnly)).toEqual([
      "node:fs",
      "fs",
      "koffi",
      "webgpu",
      "os",
    ]);
    expect(nodeOnly("chevrotain")).toBeUndefined();
  });

  it("bundles browser.ts without a Node-only module", async () => {
    expect(await bundle("browser.ts")).toBeGreaterThan(100_000);
  }, 60_000);

  it("refuses the Node entry, naming what it imports", async () => {
    await expect(bundle("index.ts")).rejects.toThrow(/which only Node has/);
  }, 60_000);
});

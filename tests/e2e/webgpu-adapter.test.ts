// WebGPU in headless Chromium (issue 14, item 5): with the harness's flags a page gets SwiftShader's adapter, and with
// WebGPU disabled it gets none, which is what the playground's CPU fallback is tested against. Also the harness's
// static server: the MIME types a page's modules and WebAssembly need, the IDX files as bytes, nothing outside its
// folder.

import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserMissing, launch, openPage, screenshot, serveFolder, type Server } from "./browser.js";

// The page says what it found in #result, as JSON, and marks itself done.
const PAGE = `<!doctype html>
<title>adapter</title>
<pre id="result">pending</pre>
<script type="module">
  const out = document.getElementById("result");
  let result;
  if (!("gpu" in navigator)) result = { gpu: false };
  else {
    const adapter = await navigator.gpu.requestAdapter();
    result = adapter
      ? { gpu: true, vendor: adapter.info.vendor, architecture: adapter.info.architecture }
      : { gpu: true, adapter: null };
  }
  out.textContent = JSON.stringify(result);
  document.body.dataset.done = "1";
</script>
`;

const root = mkdtempSync(join(tmpdir(), "nnc-e2e-adapter-"));
writeFileSync(join(root, "index.html"), PAGE);
mkdirSync(join(root, "data"));
writeFileSync(join(root, "data", "t10k-labels-idx1-ubyte"), Buffer.from([0, 0, 8, 1, 0, 0, 0, 1, 7]));
writeFileSync(join(root, "m.js"), "export const x = 1;\n");
writeFileSync(join(root, "k.wasm"), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));

let server: Server;
beforeAll(async () => {
  server = await serveFolder(root);
});
afterAll(() => server.close());

describe("the harness's static server", () => {
  it("serves modules, WebAssembly and IDX files with their types, and nothing outside its folder", async () => {
    const get = (path: string) => fetch(server.url + path);
    const types = async (path: string) => (await get(path)).headers.get("content-type");
    expect(await types("")).toBe("text/html; charset=utf-8");
    expect(await types("m.js")).toBe("text/javascript; charset=utf-8");
    expect(await types("k.wasm")).toBe("application/wasm");
    const idx = await get("data/t10k-labels-idx1-ubyte");
    expect(idx.headers.get("content-type")).toBe("application/octet-stream");
    expect([...new Uint8Array(await idx.arrayBuffer())]).toEqual([0, 0, 8, 1, 0, 0, 0, 1, 7]);
    expect((await get("missing.js")).status).toBe(404);
    expect((await get("%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
  });
});

const missing = browserMissing("WebGPU adapter tests in Chromium");

describe.skipIf(!!missing)("WebGPU in headless Chromium", () => {
  async function adapterOf(webgpu: boolean, shot: string) {
    const browser = await launch({ webgpu });
    try {
      const { page, errors } = await openPage(browser, server.url);
      await page.waitForSelector("body[data-done]", { timeout: 20_000 });
      await screenshot(page, shot);
      expect(errors).toEqual([]);
      return JSON.parse((await page.textContent("#result")) ?? "") as Record<string, unknown>;
    } finally {
      await browser.close();
    }
  }

  it("finds SwiftShader's adapter with the harness's WebGPU flags", async () => {
    const found = await adapterOf(true, "adapter-swiftshader");
    expect(found).toEqual({ gpu: true, vendor: "google", architecture: "swiftshader" });
  }, 60_000);

  it("finds no adapter with WebGPU disabled", async () => {
    const found = await adapterOf(false, "adapter-disabled");
    // Chromium may keep `navigator.gpu` and answer no adapter, or drop it: either sends the page to the CPU.
    expect(found.gpu === false || found["adapter"] === null, JSON.stringify(found)).toBe(true);
  }, 60_000);
});

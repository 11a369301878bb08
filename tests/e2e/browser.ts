// The end-to-end tests' harness (issue 14, item 5): a static server for a folder, Debian's Chromium driven headless
// through playwright-core (which downloads no browser), with WebGPU on SwiftShader or with WebGPU off, a page whose
// console errors are collected, and screenshots kept in tests/e2e/artifacts/ (gitignored) as artifacts, not goldens.
// In CI (which installs Chromium) a missing browser is a failure; elsewhere the tests skip with a message.

import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = join(import.meta.dirname, "artifacts");
const SWIFTSHADER = "/usr/lib/chromium/vk_swiftshader_icd.json";

// The flags verified on Debian's Chromium: WebGPU without a GPU, on SwiftShader's Vulkan driver.
const WEBGPU_FLAGS = [
  "--enable-unsafe-webgpu",
  "--use-webgpu-adapter=swiftshader",
  "--enable-features=Vulkan",
];
const NO_WEBGPU_FLAGS = ["--disable-features=WebGPU"];

// Anything else (the IDX files, safetensors, names without an extension) is served as bytes.
const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".nn": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a secure context, so `navigator.gpu` is there); `/` is `index.html`. */
export async function serveFolder(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(normalize(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, { "content-type": mimeType(file), "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Why the browser tests cannot run here, or "" when they can; in CI a missing Chromium throws. */
export function browserMissing(what: string): string {
  if (existsSync(CHROMIUM)) return "";
  const why = `no Chromium at ${CHROMIUM} (Debian: apt-get install chromium)`;
  if (process.env["CI"]) throw new Error(`CI needs ${why}`);
  console.warn(`skipping the ${what}: ${why}`);
  return why;
}

/** Headless Chromium, with WebGPU on SwiftShader or with WebGPU disabled (the page's CPU fallback). */
export async function launch(options: { webgpu: boolean }): Promise<Browser> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  if (!env["VK_ICD_FILENAMES"] && existsSync(SWIFTSHADER)) env["VK_ICD_FILENAMES"] = SWIFTSHADER;
  env["XDG_RUNTIME_DIR"] ??= "/tmp";
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env,
    args: options.webgpu ? WEBGPU_FLAGS : NO_WEBGPU_FLAGS,
  });
}

export interface OpenPage {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
}

/** A new page (downloads accepted) at `url`, its errors collected from before the first script runs. */
export async function openPage(browser: Browser, url: string): Promise<OpenPage> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    const where = m.location().url;
    // Chromium asks for /favicon.ico by itself when a page names no icon: that 404 is not the page's request.
    if (m.type() === "error" && !where.endsWith("/favicon.ico"))
      errors.push(where ? `${m.text()} (${where})` : m.text());
  });
  page.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

/** A full-page screenshot in tests/e2e/artifacts/NAME.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

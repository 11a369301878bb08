// Finding a WebGPU device in Node: navigator.gpu where a host provides one, else the `webgpu` package (Dawn). Without a GPU,
// Dawn runs on SwiftShader (DESIGN.md, "Backends"): `VK_ICD_FILENAMES` names its Vulkan driver. The environment
// comes from the caller (the CLI passes the process's); nothing here reads it by itself.

/// <reference types="@webgpu/types" />

import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { UserError } from "../../runtime/user-error.js";
import { withNativeStderrCaught } from "./native-stderr.js";
import { deviceOf, type Acquired } from "./adapter.js";

export type { Acquired } from "./adapter.js";

export interface AcquireOptions {
  /**
   * The environment the Vulkan loader will read (`VK_DRIVER_FILES`, `VK_ICD_FILENAMES`, `XDG_DATA_DIRS`): with it,
   * a missing driver is found before Dawn is asked, and the error says where it looked. Without it Dawn's own
   * search decides.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Keep what Dawn and the Vulkan loader write to fd 2 while probing off the terminal (native-stderr.ts); a failed
   * probe's error quotes their last line. For a command line; a library leaves its host's fd 2 alone by default.
   */
  readonly catchNativeStderr?: boolean;
}

// A cache: Node loads the `webgpu` package and creates its GPU once per process.
let nodeGpu: Promise<GPU | undefined> | undefined;

async function gpuEntry(): Promise<GPU | undefined> {
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  if (nav?.gpu) return nav.gpu;
  nodeGpu ??= import("webgpu").then(
    (m) => {
      Object.assign(globalThis, m.globals);
      return m.create([]) as GPU;
    },
    () => undefined,
  );
  return nodeGpu;
}

/**
 * In Node on Linux Dawn needs a Vulkan driver (an ICD manifest). Looking for one first spares a machine without
 * any the loader's native warnings, and lets the error say where it looked.
 */
function missingVulkanDriver(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if ((globalThis as { navigator?: { gpu?: unknown } }).navigator?.gpu || process.platform !== "linux")
    return undefined;
  for (const v of ["VK_DRIVER_FILES", "VK_ICD_FILENAMES"]) {
    const files = env[v];
    if (!files) continue;
    const missing = files.split(":").filter((f) => f && !existsSync(f));
    return missing.length === files.split(":").filter(Boolean).length
      ? `${v} names ${files}, which does not exist`
      : undefined;
  }
  const dirs = [
    ...(env["XDG_DATA_DIRS"] ?? "/usr/local/share:/usr/share").split(":").map((d) => join(d, "vulkan/icd.d")),
    "/etc/vulkan/icd.d",
    join(homedir(), ".local/share/vulkan/icd.d"),
  ];
  const found = dirs.some((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith(".json")));
  return found ? undefined : `no Vulkan driver in ${dirs.join(", ")}`;
}

/** A device, or a UserError saying why there is none (no adapter, no driver, no WebGPU implementation). */
export async function acquireDevice(options: AcquireOptions = {}): Promise<Acquired> {
  const missing = options.env && missingVulkanDriver(options.env);
  if (missing) {
    throw new UserError(
      `no WebGPU adapter: ${missing} (for SwiftShader: apt-get install chromium libvulkan1 and ` +
        `export VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json)`,
    );
  }
  if (!options.catchNativeStderr) return probe();
  let said = "";
  try {
    return await withNativeStderrCaught(probe, (text) => (said = text));
  } catch (e) {
    const last = lastNativeLine(said);
    if (e instanceof UserError && last) throw new UserError(`${e.message}; Dawn said: ${last}`);
    throw e;
  }
}

/** The last warning or error a native library wrote, without its prefix: what went wrong last. */
function lastNativeLine(text: string): string | undefined {
  const lines = text.split("\n").filter((l) => /^(warning|error)\b/i.test(l.trim()));
  return lines
    .at(-1)
    ?.trim()
    .replace(/^(warning|error):?\s*/i, "");
}

async function probe(): Promise<Acquired> {
  const gpu = await gpuEntry();
  if (!gpu)
    throw new UserError("no WebGPU implementation: neither navigator.gpu nor the `webgpu` package loaded");
  return deviceOf(
    gpu,
    "no WebGPU adapter: Dawn found no Vulkan driver (for SwiftShader: apt-get install chromium libvulkan1 and " +
      "export VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json)",
  );
}

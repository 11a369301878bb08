// The WebGPU test files' shared setup: SwiftShader's Vulkan driver when none is named, and a device, or the reason
// there is none. In CI (which installs SwiftShader) no device is a failure; elsewhere the tests skip with a message.

import { existsSync } from "node:fs";
import { acquireDevice } from "../backends/webgpu/device.js";

const SWIFTSHADER = "/usr/lib/chromium/vk_swiftshader_icd.json";

export async function testDevice(what: string): Promise<{ device?: GPUDevice; why: string }> {
  if (!process.env["VK_ICD_FILENAMES"] && existsSync(SWIFTSHADER))
    process.env["VK_ICD_FILENAMES"] = SWIFTSHADER;
  try {
    return { device: (await acquireDevice({ env: process.env })).device, why: "" };
  } catch (e) {
    if (process.env["CI"]) throw e;
    const why = (e as Error).message;
    console.warn(`skipping the ${what}: ${why}`);
    return { why };
  }
}

// The WebGPU test files' shared setup: SwiftShader's Vulkan driver when none is named, and a device (with whether its
// adapter is a software one), or the reason there is none. In CI (which installs SwiftShader) no device is a
// failure; elsewhere the tests skip with a message.

import { existsSync } from "node:fs";
import { acquireDevice } from "../backends/webgpu/device.js";

const SWIFTSHADER = "/usr/lib/chromium/vk_swiftshader_icd.json";

export async function testDevice(
  what: string,
): Promise<{ device?: GPUDevice; software: boolean; why: string }> {
  if (!process.env["VK_ICD_FILENAMES"] && existsSync(SWIFTSHADER))
    process.env["VK_ICD_FILENAMES"] = SWIFTSHADER;
  try {
    const { device, software } = await acquireDevice({ env: process.env });
    return { device, software, why: "" };
  } catch (e) {
    if (process.env["CI"]) throw e;
    const why = (e as Error).message;
    console.warn(`skipping the ${what}: ${why}`);
    return { software: false, why };
  }
}

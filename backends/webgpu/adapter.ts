// A WebGPU device from a GPU object (the browser's navigator.gpu, or Dawn's in Node: device.ts finds that one): the
// adapter's limits asked for, and what it is. No Node module here: the playground's worker takes its device so.

/// <reference types="@webgpu/types" />

import { UserError } from "../../runtime/user-error.js";

export interface Acquired {
  readonly device: GPUDevice;
  /** vendor, architecture and description, for "backend: webgpu (…)" lines. */
  readonly description: string;
  /** A software adapter (SwiftShader, lavapipe): slower than the CPU backend. */
  readonly software: boolean;
}

/** The browser's device: navigator.gpu's adapter, or a UserError saying there is none. */
export async function acquireBrowserDevice(): Promise<Acquired> {
  const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  if (!gpu) throw new UserError("no WebGPU in this browser: navigator.gpu is missing");
  return deviceOf(gpu, "no WebGPU adapter: the browser offers none (is WebGPU enabled?)");
}

/** A device of `gpu`'s adapter with its largest buffer limits, or a UserError when it offers no adapter. */
export async function deviceOf(gpu: GPU, noAdapter: string): Promise<Acquired> {
  const adapter = await gpu.requestAdapter();
  if (!adapter) throw new UserError(noAdapter);
  const info = adapter.info;
  const software =
    (info as { isFallbackAdapter?: boolean }).isFallbackAdapter === true ||
    /swiftshader|lavapipe|llvmpipe/i.test(`${info.vendor} ${info.architecture} ${info.description}`);
  const limits = adapter.limits;
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
      maxBufferSize: limits.maxBufferSize,
      maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
    },
  });
  const description = [info.vendor, info.architecture, info.description].filter(Boolean).join(" ");
  return { device, description, software };
}

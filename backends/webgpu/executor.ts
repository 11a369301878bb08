// Runs a WGSL plan on a GPUDevice: one storage buffer per value, sized once for the largest batch; pipelines and
// bind groups built once per program; each run writes the inputs, encodes every kernel in one command buffer,
// and reads back only the outputs asked for.

/// <reference types="@webgpu/types" />

import { invocations, WORKGROUP, type WgslPlan } from "../../backends/webgpu/lower.js";
import { elementCount } from "../../compiler/ir/value.js";
import { planBuffers } from "../../compiler/passes/buffers.js";

type Host = Float32Array | Int32Array;

export class WebGpuExecutor {
  private readonly buffers = new Map<number, GPUBuffer>();
  private readonly params: GPUBuffer;
  private readonly steps: {
    pipeline: GPUComputePipeline;
    bindGroup: GPUBindGroup;
    kernel: WgslPlan["kernels"][number];
  }[];

  private constructor(
    readonly device: GPUDevice,
    readonly plan: WgslPlan,
    readonly maxBatch: number,
    pipelines: GPUComputePipeline[],
  ) {
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
    // Values whose lifetimes do not overlap share a buffer.
    const buffers = planBuffers(
      plan.func,
      plan.kernels.map((k) => k.kernel),
      (t) => Math.max(4, elementCount(t.shape, maxBatch) * 4),
    );
    const gpuBuffers = buffers.bytes.map((size) => device.createBuffer({ size, usage }));
    for (const id of plan.types.keys()) this.buffers.set(id, gpuBuffers[buffers.slot.get(id)!]!);
    this.params = device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
    this.steps = plan.kernels.map((kernel, n) => {
      const pipeline = pipelines[n]!;
      const entries: GPUBindGroupEntry[] = [
        { binding: 0, resource: { buffer: this.params } },
        ...kernel.args.map((id, j) => ({ binding: j + 1, resource: { buffer: this.buffers.get(id)! } })),
        { binding: kernel.args.length + 1, resource: { buffer: this.buffers.get(kernel.result)! } },
      ];
      return {
        pipeline,
        bindGroup: device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries }),
        kernel,
      };
    });
  }

  /** Compiles every kernel (reporting WGSL errors with the kernel's name) and allocates the buffers. */
  static async create(device: GPUDevice, plan: WgslPlan, maxBatch: number): Promise<WebGpuExecutor> {
    const modules = new Map<string, GPUShaderModule>();
    const pipelines: GPUComputePipeline[] = [];
    for (const k of plan.kernels) {
      let module = modules.get(k.code);
      if (!module) {
        module = device.createShaderModule({ code: k.code, label: k.name });
        const info = await module.getCompilationInfo();
        const errors = info.messages.filter((m) => m.type === "error");
        if (errors.length)
          throw new Error(
            `WGSL of ${k.name} does not compile: ${errors.map((e) => `${e.lineNum}:${e.linePos} ${e.message}`).join("; ")}`,
          );
        modules.set(k.code, module);
      }
      // An explicit layout: "auto" would drop the bindings a kernel does not read (params, when no shape has N).
      const entries: GPUBindGroupLayoutEntry[] = [
        { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: "uniform" } },
        ...k.args.map((_, j) => ({
          binding: j + 1,
          visibility: GPUShaderStage.COMPUTE,
          buffer: { type: "read-only-storage" as const },
        })),
        { binding: k.args.length + 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: "storage" } },
      ];
      const layout = device.createPipelineLayout({
        bindGroupLayouts: [device.createBindGroupLayout({ entries })],
      });
      pipelines.push(
        await device.createComputePipelineAsync({ layout, compute: { module, entryPoint: "main" } }),
      );
    }
    return new WebGpuExecutor(device, plan, maxBatch, pipelines);
  }

  /** The buffer holding input or output `name`, for programs that keep their data on the device. */
  buffer(name: string): GPUBuffer {
    const v =
      this.plan.func.inputs.find((i) => i.name === name) ??
      this.plan.func.outputs.find((o) => o.name === name);
    if (!v) throw new Error(`no input or output ${name}`);
    return this.buffers.get(v.value.id)!;
  }

  /** The buffer of value `id`. */
  valueBuffer(id: number): GPUBuffer {
    return this.buffers.get(id)!;
  }

  /** Sets N for the dispatches submitted next (queue writes land before the next submit's commands). */
  setBatch(batch: number): void {
    this.device.queue.writeBuffer(this.params, 0, Uint32Array.of(batch, 0, 0, 0));
  }

  /** Records every kernel of the function, in order, into `enc`. */
  encode(enc: GPUCommandEncoder, batch: number): void {
    const pass = enc.beginComputePass();
    for (const s of this.steps) {
      const groups = Math.ceil(invocations(s.kernel, batch) / WORKGROUP);
      if (groups === 0) continue;
      pass.setPipeline(s.pipeline);
      pass.setBindGroup(0, s.bindGroup);
      const x = Math.min(groups, 65535);
      pass.dispatchWorkgroups(x, Math.ceil(groups / x));
    }
    pass.end();
  }

  /** Writes the inputs from the host, runs once, and reads the outputs `read` back. */
  async run(
    inputs: Readonly<Record<string, Host>>,
    batch: number,
    read: readonly string[] = this.plan.func.outputs.map((o) => o.name),
  ): Promise<Record<string, Host>> {
    const { device } = this;
    for (const i of this.plan.func.inputs) {
      const host = inputs[i.name];
      if (!host) throw new Error(`missing input ${i.name}`);
      device.queue.writeBuffer(
        this.buffers.get(i.value.id)!,
        0,
        host.buffer,
        host.byteOffset,
        host.byteLength,
      );
    }
    this.setBatch(batch);
    const enc = device.createCommandEncoder();
    this.encode(enc, batch);
    const staging: { name: string; buf: GPUBuffer; bytes: number; i32: boolean }[] = [];
    for (const name of read) {
      const o = this.plan.func.outputs.find((x) => x.name === name)!;
      const bytes = Math.max(4, elementCount(o.value.type.shape, batch) * 4);
      const buf = device.createBuffer({
        size: bytes,
        usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
      });
      enc.copyBufferToBuffer(this.buffers.get(o.value.id)!, 0, buf, 0, bytes);
      staging.push({ name, buf, bytes, i32: o.value.type.dtype === "i32" });
    }
    device.queue.submit([enc.finish()]);
    const out: Record<string, Host> = {};
    for (const s of staging) {
      await s.buf.mapAsync(GPUMapMode.READ);
      const copy = s.buf.getMappedRange().slice(0);
      s.buf.destroy();
      out[s.name] = s.i32 ? new Int32Array(copy) : new Float32Array(copy);
    }
    return out;
  }

  destroy(): void {
    for (const b of new Set(this.buffers.values())) b.destroy();
    this.params.destroy();
  }
}

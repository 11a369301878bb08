// The WebGPU backend of the training session. Whole epochs stay on the device (DESIGN.md): each split is uploaded
// once; the epoch's shuffled order is uploaded once per epoch and each batch gathered by a kernel; parameters and
// optimizer state never leave the device, and a snapshot of them is a device-side copy; per-step scalars (Adam's
// t, the dropout seed) are copied from a device table between dispatches; and the host reads back the chunk's
// losses once.

/// <reference types="@webgpu/types" />

import type { WgslTarget } from "./wgsl-ctx.js";
import { bug } from "../../compiler/diagnostics.js";
import type { ModelPrograms } from "../../compiler/pipeline.js";
import type { StepProgram } from "../../compiler/step.js";
import {
  EVAL_BATCH,
  type Backend,
  type EvalResult,
  type Split,
  type Step,
  type StepResult,
} from "../../runtime/backend.js";
import type { Weights } from "../../runtime/init.js";
import type { Splits } from "../../runtime/loop.js";
import { UserError } from "../../runtime/user-error.js";
import { WebGpuExecutor } from "./executor.js";

const CHUNK = 32;
// Uniform slots sit 256 bytes apart: minUniformBufferOffsetAlignment on every adapter.
const SLOT = 256;

/** Why a data split cannot live on this device whole (the one buffer it is uploaded into), if it cannot. */
export function tooLarge(
  split: Split,
  limits: { readonly maxStorageBufferBindingSize: number },
): string | undefined {
  const limit = limits.maxStorageBufferBindingSize;
  const bytes = Math.max(split.x.byteLength, split.y.byteLength);
  if (bytes <= limit) return undefined;
  const mib = (b: number) => (b / 2 ** 20).toFixed(b < 2 ** 20 ? 3 : 0);
  return (
    `the data set needs a ${mib(bytes)} MiB buffer, above this adapter's ` +
    `maxStorageBufferBindingSize of ${mib(limit)} MiB: use --backend cpu`
  );
}

interface Uploaded {
  readonly x: GPUBuffer;
  readonly y: GPUBuffer;
}

export class WebGpuBackend implements Backend {
  readonly name = "webgpu";
  readonly chunk = CHUNK;
  private readonly uploaded = new Map<Split, Uploaded>();
  private readonly indices: GPUBuffer;
  private readonly gatherUniforms: GPUBuffer;
  private readonly stepScalars: GPUBuffer;
  private readonly results: GPUBuffer;
  private readonly snapshots = new Map<string, GPUBuffer>();
  private readonly gatherX: GPUBindGroup[] = [];
  private readonly gatherY: GPUBindGroup[] = [];
  private readonly features: number;
  private readonly width: number;

  private constructor(
    private readonly device: GPUDevice,
    private readonly program: StepProgram,
    private readonly train: WebGpuExecutor,
    private readonly evaluator: WebGpuExecutor,
    private readonly gather: { f32: GPUComputePipeline; i32: GPUComputePipeline },
    trainSplit: Split,
  ) {
    const m = program.model;
    this.features = m.input.shape.reduce((a, b) => a * b, 1);
    this.width = m.target.kind === "class" ? 1 : m.target.shape.reduce((a, b) => a * b, 1);
    const storage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
    // The epoch's order of the training examples, uploaded once per epoch.
    this.indices = device.createBuffer({ size: Math.max(4, trainSplit.count * 4), usage: storage });
    // Two slots per step: the x gather's and the y gather's (rows of another width).
    this.gatherUniforms = device.createBuffer({
      size: 2 * CHUNK * SLOT,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    // Per step k: t (f32) at 8k, seed (i32) at 8k + 4.
    this.stepScalars = device.createBuffer({ size: CHUNK * 8, usage: storage });
    // Per step k: loss, correct.
    this.results = device.createBuffer({ size: CHUNK * 8, usage: storage });
    for (const name of this.stateful()) {
      const b = train.buffer(name);
      this.snapshots.set(name, device.createBuffer({ size: b.size, usage: storage }));
    }
    const up = this.upload(trainSplit);
    for (let k = 0; k < CHUNK; k++) {
      const group = (pipeline: GPUComputePipeline, src: GPUBuffer, dst: GPUBuffer, slot: number) =>
        device.createBindGroup({
          layout: pipeline.getBindGroupLayout(0),
          entries: [
            { binding: 0, resource: { buffer: this.gatherUniforms, offset: slot * SLOT, size: 16 } },
            { binding: 1, resource: { buffer: src } },
            { binding: 2, resource: { buffer: this.indices } },
            { binding: 3, resource: { buffer: dst } },
          ],
        });
      this.gatherX.push(group(gather.f32, up.x, train.buffer(m.input.name), 2 * k));
      const yPipeline = m.target.kind === "class" ? gather.i32 : gather.f32;
      this.gatherY.push(group(yPipeline, up.y, train.buffer(m.target.name), 2 * k + 1));
    }
  }

  static async create(
    device: GPUDevice,
    target: WgslTarget,
    programs: ModelPrograms,
    splits: Splits,
    batch: number,
    weights: Weights,
    states: Weights | undefined,
  ): Promise<WebGpuBackend> {
    // Checked before anything is uploaded: the user's remedy is the CPU backend.
    for (const split of [splits.train, splits.val, splits.test]) {
      const why = split && tooLarge(split, device.limits);
      if (why) throw new UserError(why);
    }
    const program = programs.step;
    const train = await WebGpuExecutor.create(device, programs.wgsl(program.train, target), batch);
    const evaluator = await WebGpuExecutor.create(
      device,
      programs.wgsl(program.evaluate, target),
      EVAL_BATCH,
    );
    const gather = { f32: await gatherPipeline(device, "f32"), i32: await gatherPipeline(device, "i32") };
    const b = new WebGpuBackend(device, program, train, evaluator, gather, splits.train);
    for (const p of program.params) device.queue.writeBuffer(train.buffer(p.name), 0, weights.get(p.name)!);
    for (const s of program.states) {
      const v = states?.get(s.name) ?? new Float32Array(s.shape.reduce((x, y) => x * y, 1));
      device.queue.writeBuffer(train.buffer(s.name), 0, v);
    }
    return b;
  }

  /** Parameters, buffers and optimizer state: inputs of the step that its outputs replace. */
  private stateful(): string[] {
    return this.program.carried.map((c) => c.name);
  }

  private upload(split: Split): Uploaded {
    let u = this.uploaded.get(split);
    if (u) return u;
    const why = tooLarge(split, this.device.limits);
    // create() refuses such a split first, with this message, as the user's error.
    if (why) bug(why);
    const make = (data: Float32Array | Int32Array) => {
      const buf = this.device.createBuffer({
        size: Math.max(4, data.byteLength),
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
      });
      this.device.queue.writeBuffer(buf, 0, data.buffer, data.byteOffset, data.byteLength);
      return buf;
    };
    u = { x: make(split.x), y: make(split.y) };
    this.uploaded.set(split, u);
    return u;
  }

  setOrder(order: Int32Array): void {
    this.device.queue.writeBuffer(this.indices, 0, order);
  }

  async run(steps: readonly Step[], lr: number): Promise<StepResult[]> {
    const { device } = this;
    const k = steps.length;
    // The gather slots and the per-step scalars: two writes for the whole chunk.
    const slots = new Uint32Array((2 * k * SLOT) / 4);
    const scalars = new ArrayBuffer(k * 8);
    steps.forEach((s, j) => {
      slots.set([s.count, this.features, s.start], (2 * j * SLOT) / 4);
      slots.set([s.count, this.width, s.start], ((2 * j + 1) * SLOT) / 4);
      new Float32Array(scalars, j * 8, 1)[0] = s.t;
      new Int32Array(scalars, j * 8 + 4, 1)[0] = s.seed;
    });
    device.queue.writeBuffer(this.gatherUniforms, 0, slots);
    device.queue.writeBuffer(this.stepScalars, 0, scalars);
    device.queue.writeBuffer(this.train.buffer("lr"), 0, Float32Array.of(lr));
    await this.submit(steps);
    return this.readResults(k);
  }

  snapshot(): void {
    this.copyStateful(true);
  }

  restore(): void {
    this.copyStateful(false);
  }

  /** The chunk's steps; consecutive steps of one batch size share a submit (N is a uniform). */
  private async submit(steps: readonly Step[]): Promise<void> {
    const m = this.program.model;
    let j = 0;
    while (j < steps.length) {
      const n = steps[j]!.count;
      let end = j;
      while (end < steps.length && steps[end]!.count === n) end++;
      this.train.setBatch(n);
      const enc = this.device.createCommandEncoder();
      for (let s = j; s < end; s++) {
        const pass = enc.beginComputePass();
        const pipelineY = m.target.kind === "class" ? this.gather.i32 : this.gather.f32;
        for (const [pipeline, group, count] of [
          [this.gather.f32, this.gatherX[s]!, n * this.features],
          [pipelineY, this.gatherY[s]!, n * this.width],
        ] as const) {
          pass.setPipeline(pipeline);
          pass.setBindGroup(0, group);
          dispatch(pass, count);
        }
        pass.end();
        enc.copyBufferToBuffer(this.stepScalars, s * 8, this.train.buffer("t"), 0, 4);
        enc.copyBufferToBuffer(this.stepScalars, s * 8 + 4, this.train.buffer("seed"), 0, 4);
        this.train.encode(enc, n);
        // The step's outputs become the next step's inputs.
        for (const c of this.program.carried) {
          const src = this.outputBuffer(c.update);
          enc.copyBufferToBuffer(src, 0, this.train.buffer(c.name), 0, src.size);
        }
        enc.copyBufferToBuffer(this.outputBuffer("loss"), 0, this.results, s * 8, 4);
        if (m.target.kind === "class")
          enc.copyBufferToBuffer(this.outputBuffer("correct"), 0, this.results, s * 8 + 4, 4);
      }
      this.device.queue.submit([enc.finish()]);
      j = end;
    }
    await this.device.queue.onSubmittedWorkDone();
  }

  /** The buffer the step wrote output `name` to. */
  private outputBuffer(name: string): GPUBuffer {
    return this.train.valueBuffer(this.program.train.outputs.find((x) => x.name === name)!.value.id);
  }

  private copyStateful(toSnapshot: boolean): void {
    const enc = this.device.createCommandEncoder();
    for (const name of this.stateful()) {
      const live = this.train.buffer(name);
      const snap = this.snapshots.get(name)!;
      if (toSnapshot) enc.copyBufferToBuffer(live, 0, snap, 0, live.size);
      else enc.copyBufferToBuffer(snap, 0, live, 0, live.size);
    }
    this.device.queue.submit([enc.finish()]);
  }

  private async readResults(k: number): Promise<StepResult[]> {
    const data = await readBack(this.device, this.results, k * 8);
    const f = new Float32Array(data);
    return Array.from({ length: k }, (_, j) => ({ loss: f[2 * j]!, correct: f[2 * j + 1]! }));
  }

  async evaluate(split: Split, signal?: AbortSignal): Promise<EvalResult> {
    const m = this.program.model;
    const up = this.upload(split);
    const ev = this.evaluator;
    // Which of loss_sum, correct, top5 (in that order in `sums`) the evaluation function has.
    const outputs = (["loss_sum", "correct", "top5"] as const).flatMap((name, slot) =>
      this.program.evaluate.outputs.some((x) => x.name === name) ? [{ name, slot }] : [],
    );
    // The parameters do not change while evaluating: one copy serves every batch.
    const params = this.device.createCommandEncoder();
    for (const p of this.program.params) {
      const src = this.train.buffer(p.name);
      params.copyBufferToBuffer(src, 0, ev.buffer(p.name), 0, src.size);
    }
    this.device.queue.submit([params.finish()]);
    const sums = new Float64Array(3);
    let count = 0;
    // Each batch's read-back awaits the device, which lets the event loop (and a signal handler) run.
    for (let start = 0; start < split.count && !signal?.aborted; start += EVAL_BATCH) {
      const n = Math.min(EVAL_BATCH, split.count - start);
      count += n;
      ev.setBatch(n);
      const enc = this.device.createCommandEncoder();
      enc.copyBufferToBuffer(
        up.x,
        start * this.features * 4,
        ev.buffer(m.input.name),
        0,
        n * this.features * 4,
      );
      enc.copyBufferToBuffer(up.y, start * this.width * 4, ev.buffer(m.target.name), 0, n * this.width * 4);
      ev.encode(enc, n);
      this.device.queue.submit([enc.finish()]);
      const values = await Promise.all(outputs.map((o) => readBack(this.device, ev.buffer(o.name), 4)));
      values.forEach((v, i) => (sums[outputs[i]!.slot]! += new Float32Array(v)[0]!));
    }
    return { lossSum: sums[0]!, correct: sums[1]!, top5: sums[2]!, count };
  }

  load(weights: Weights): void {
    for (const p of this.program.params) {
      this.device.queue.writeBuffer(this.train.buffer(p.name), 0, weights.get(p.name)!);
    }
  }

  async weights(): Promise<Weights> {
    return this.read(this.program.params.map((p) => p.name));
  }

  async optimizerState(): Promise<Weights> {
    return this.read(this.program.states.map((s) => s.name));
  }

  private async read(names: readonly string[]): Promise<Weights> {
    const out: Weights = new Map();
    for (const name of names) {
      const b = this.train.buffer(name);
      out.set(name, new Float32Array(await readBack(this.device, b, b.size)));
    }
    return out;
  }
}

function dispatch(pass: GPUComputePassEncoder, invocations: number): void {
  const groups = Math.ceil(invocations / 64);
  if (groups === 0) return;
  const x = Math.min(groups, 65535);
  pass.dispatchWorkgroups(x, Math.ceil(groups / x));
}

async function readBack(device: GPUDevice, src: GPUBuffer, bytes: number): Promise<ArrayBuffer> {
  const staging = device.createBuffer({
    size: bytes,
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  const enc = device.createCommandEncoder();
  enc.copyBufferToBuffer(src, 0, staging, 0, bytes);
  device.queue.submit([enc.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const copy = staging.getMappedRange().slice(0);
  staging.destroy();
  return copy;
}

/** The batch gather: dst row r ← src row idx[first + r], each row `f` values wide. */
async function gatherPipeline(device: GPUDevice, type: "f32" | "i32"): Promise<GPUComputePipeline> {
  const code = `
struct G { n: u32, f: u32, first: u32 }
@group(0) @binding(0) var<uniform> g: G;
@group(0) @binding(1) var<storage, read> src: array<${type}>;
@group(0) @binding(2) var<storage, read> idx: array<i32>;
@group(0) @binding(3) var<storage, read_write> dst: array<${type}>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= g.n * g.f) { return; }
  dst[i] = src[u32(idx[g.first + i / g.f]) * g.f + i % g.f];
}`;
  const module = device.createShaderModule({ code, label: `gather_${type}` });
  return device.createComputePipelineAsync({ layout: "auto", compute: { module, entryPoint: "main" } });
}

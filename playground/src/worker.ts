// Trains in a Web Worker so the page never freezes: the same compiler, WebGPU backend (navigator.gpu) and training
// loop as `nnc train`, through browser.ts; the CPU backend (WebAssembly kernels) where WebGPU is missing. Pause stops
// the loop after its step; resume runs it on from the state it stopped in, the backend keeping the weights.

import {
  acquireBrowserDevice,
  compile,
  batchSizes,
  createBackend,
  encodeWeights,
  forwardScores,
  softmax,
  initialise,
  runLoop,
  spiral,
  trainSplits,
  type Backend,
  type CompiledModel,
  type LoopState,
  type Splits,
  type TrainSpec,
} from "../../browser.js";
import type { FromWorker, ToWorker } from "./protocol.js";
import { argmaxRows, planeGrid } from "./regions.js";
import { Throughput } from "./throughput.js";

const post = (m: FromWorker, transfer: Transferable[] = []): void => postMessage(m, { transfer });

interface Session {
  readonly m: CompiledModel;
  readonly backend: Backend;
  readonly splits: Splits;
  readonly settings: TrainSpec;
  state: LoopState | undefined;
  stop: AbortController;
  /** When the pictures were last sent, and whether they are being made now. */
  drawn: number;
  drawing: boolean;
  readonly throughput: Throughput;
}
let session: Session | undefined;

onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  const fail = (err: unknown): void =>
    post({ type: "error", message: (err as Error).message ?? String(err) });
  if (msg.type === "train") start(msg).catch(fail);
  else if (msg.type === "pause") session?.stop.abort();
  else if (msg.type === "resume" && session) run(session).catch(fail);
  else if (msg.type === "predict" && session) top5(session, msg.x).catch(fail);
};

async function start(msg: Extract<ToWorker, { type: "train" }>): Promise<void> {
  const result = compile(msg.source, { filename: "playground.nn" });
  const m = result.program?.models[0];
  if (!m || !m.train) throw new Error("the model does not compile, or has no `train` block");
  const settings: TrainSpec = {
    ...m.train,
    seed: msg.seed,
    ...(msg.epochs !== undefined && { epochs: msg.epochs }),
  };
  const source = settings.data;
  const splits: Splits = msg.data
    ? msg.data
    : source.kind === "spiral"
      ? {
          train: spiral({
            classes: source.classes,
            points: source.points,
            noise: source.noise,
            seed: settings.seed,
          }).train,
        }
      : undefined!;
  if (!splits) throw new Error(`choose a data set for \`${source.kind}\` in the page`);
  const all = trainSplits(m, settings, splits);
  const sizes = batchSizes(settings, all);
  const weights = initialise(m, settings.seed);
  const t0 = performance.now();
  let backend: Backend;
  let notice: string | undefined;
  try {
    if (!msg.gpu) throw new Error("WebGPU turned off in the page");
    const gpu = await acquireBrowserDevice();
    const target = gpu.software ? "software" : "hardware";
    backend = await createBackend(m, { gpu: { device: gpu.device, target } }, all, sizes, weights, undefined);
  } catch (err) {
    notice = `WebGPU unavailable (${(err as Error).message}): training on the CPU (WebAssembly)`;
    backend = await createBackend(
      m,
      { gpu: undefined, cpu: { cpuKernels: "wasm" } },
      all,
      sizes,
      weights,
      undefined,
    );
  }
  post({ type: "backend", backend: backend.name === "webgpu" ? "webgpu" : "cpu", notice });
  post({ type: "compiled", ms: performance.now() - t0 });
  session = {
    m,
    backend,
    splits: all,
    settings,
    state: undefined,
    stop: new AbortController(),
    drawn: 0,
    drawing: false,
    throughput: new Throughput(),
  };
  await run(session);
}

async function run(s: Session): Promise<void> {
  s.stop = new AbortController();
  const n = s.splits.train.count;
  const total = s.settings.epochs * Math.ceil(n / s.settings.batch);
  // Examples trained on in all after a step, for the throughput window (the last batch of an epoch may be short).
  const samples = (epoch: number, stepInEpoch: number): number =>
    (epoch - 1) * n + Math.min(n, stepInEpoch * s.settings.batch);
  const at = s.state?.position;
  s.throughput.restart(at ? samples(at.epoch + 1, at.stepInEpoch) : 0, performance.now());
  const result = await runLoop(s.m.programs.step, s.backend, s.splits, {
    settings: s.settings,
    ...(s.state && { start: s.state }),
    signal: s.stop.signal,
    onStep: (p) => {
      const rate = s.throughput.update(samples(p.epoch, p.stepInEpoch), performance.now());
      post({ type: "step", done: p.step, total, samplesPerSecond: rate ?? null });
    },
    onEpoch: (e) => {
      if (!s.drawing && performance.now() - s.drawn > 250) void pictures(s);
      post({
        type: "epoch",
        epoch: e.epoch,
        epochs: e.epochs,
        trainLoss: e.trainLoss,
        trainAccuracy: e.trainAccuracy,
        valLoss: e.val?.loss ?? null,
        valAccuracy: e.val?.accuracy ?? null,
        testLoss: e.test?.loss ?? null,
        testAccuracy: e.test?.accuracy ?? null,
        samplesPerSecond: s.throughput.rate ?? null,
      });
    },
  });
  s.state = result.state;
  const end = result.state.position;
  const rate = s.throughput.finish(samples(end.epoch + 1, end.stepInEpoch), performance.now());
  post({ type: "step", done: end.step, total, samplesPerSecond: rate ?? null });
  await pictures(s);
  const bytes = encodeWeights(s.m, await s.backend.weights());
  post({ type: "weights", bytes, model: s.m.name }, [bytes.buffer]);
  post(result.reason === "interrupt" ? { type: "paused" } : { type: "done", reason: result.reason });
}

/** What the page draws from the weights as they are now: for a classifier of 2-D points, its decision regions. */
async function pictures(s: Session): Promise<void> {
  const { m } = s;
  if (m.target.kind !== "class" || m.input.shape.length !== 1 || m.input.shape[0] !== 2) return;
  s.drawing = true;
  try {
    const train = s.splits.train;
    const n = Math.min(train.count, 2000);
    const points = train.x.slice(0, 2 * n);
    const grid = planeGrid(points, n);
    const scores = forwardScores(m, await s.backend.weights(), grid.x, grid.x.length / 2);
    const cells = argmaxRows(scores, m.target.classes);
    const labels = Int32Array.from(train.y.subarray(0, n));
    post({ type: "regions", bounds: grid.bounds, cells, points, labels }, [cells.buffer, points.buffer]);
  } finally {
    s.drawn = performance.now();
    s.drawing = false;
  }
}

/** The drawing's five most probable classes under the weights as they are now. */
async function top5(s: Session, x: Float32Array): Promise<void> {
  if (s.m.target.kind !== "class") return;
  const probs = softmax(forwardScores(s.m, await s.backend.weights(), x, 1));
  const order = [...probs.keys()].sort((a, b) => probs[b]! - probs[a]! || a - b).slice(0, 5);
  post({ type: "top5", top: order.map((c) => ({ class: c, probability: probs[c]! })) });
}

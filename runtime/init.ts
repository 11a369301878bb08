// Parameter initialisation (LANGUAGE §6): PyTorch's defaults — linear and conv2d weights and biases uniform in
// ±1/sqrt(fan_in), batchnorm scale 1 and shift 0 — or the layer's `init=` for its weight.

import type { CheckedModel, LayerNode } from "../compiler/program.js";
import { Rng } from "./rng.js";

export type Weights = Map<string, Float32Array>;

type Init = { kind: string; std?: number; bound?: number } | undefined;

export function initialise(m: CheckedModel, seed: number): Weights {
  const rng = new Rng(seed);
  const stages = new Map(m.nodes.filter((n): n is LayerNode => n.kind === "layer").map((n) => [n.stage, n]));
  const out: Weights = new Map();
  for (const p of m.params) {
    const n = p.shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    const node = stages.get(p.stage)!;
    const short = p.name.slice(p.stage.length + 1);
    if (node.layer === "batchnorm") {
      if (short === "weight" || short === "running_var") data.fill(1);
    } else {
      // linear [out, in], conv2d [out, in, kh, kw]: fan_in = in·kh·kw, fan_out = out·kh·kw.
      const w = m.params.find((q) => q.name === `${p.stage}.weight`)!.shape;
      const receptive = w.slice(2).reduce((a, b) => a * b, 1);
      const fanIn = w[1]! * receptive;
      const fanOut = w[0]! * receptive;
      const init = short === "weight" ? (node.args["init"] as Init) : undefined;
      fill(data, init, fanIn, fanOut, rng);
    }
    out.set(p.name, data);
  }
  return out;
}

function fill(data: Float32Array, init: Init, fanIn: number, fanOut: number, rng: Rng): void {
  const uniform = (bound: number) => {
    for (let i = 0; i < data.length; i++) data[i] = rng.uniform(-bound, bound);
  };
  const normal = (std: number) => {
    for (let i = 0; i < data.length; i++) data[i] = std * rng.normal();
  };
  switch (init?.kind) {
    case undefined:
      return uniform(1 / Math.sqrt(fanIn));
    case "he_normal":
      return normal(Math.sqrt(2 / fanIn));
    case "he_uniform":
      return uniform(Math.sqrt(6 / fanIn));
    case "glorot_normal":
      return normal(Math.sqrt(2 / (fanIn + fanOut)));
    case "glorot_uniform":
      return uniform(Math.sqrt(6 / (fanIn + fanOut)));
    case "normal":
      return normal(init.std!);
    case "uniform":
      return uniform(init.bound!);
    case "zeros":
      return;
  }
}

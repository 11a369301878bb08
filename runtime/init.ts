// Parameter initialisation: each parameter's first values, drawn from the distribution its layer declared
// (`ParamInfo.init`: PyTorch's defaults, or the layer's `init=`), parameter by parameter in the model's order
// from one seeded generator, so that a seed gives the same weights on every backend.

import { assertNever } from "../compiler/diagnostics.js";
import type { CheckedModel, InitRule } from "../compiler/program.js";
import { Rng } from "./rng.js";

export type Weights = Map<string, Float32Array>;

export function initialise(m: CheckedModel, seed: number): Weights {
  const rng = new Rng(seed);
  const out: Weights = new Map();
  for (const p of m.params)
    out.set(
      p.name,
      draw(
        p.init,
        p.shape.reduce((a, b) => a * b, 1),
        rng,
      ),
    );
  return out;
}

function draw(init: InitRule, n: number, rng: Rng): Float32Array {
  const data = new Float32Array(n);
  switch (init.kind) {
    case "uniform":
      for (let i = 0; i < n; i++) data[i] = rng.uniform(-init.bound, init.bound);
      break;
    case "normal":
      for (let i = 0; i < n; i++) data[i] = init.std * rng.normal();
      break;
    case "constant":
      data.fill(init.value);
      break;
    default:
      assertNever(init);
  }
  return data;
}

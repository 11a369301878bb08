// The optimizer update as IR, appended to the training step after the backward pass: torch.optim's update rules
// for sgd (momentum, Nesterov), adam, adamw and rmsprop (LANGUAGE §8). Per-step scalars arrive as inputs: the
// learning rate after its schedule (`lr`) and the 1-based step count (`t`, for Adam's bias corrections).

import type { Builder } from "./ir/builder.js";
import type { Value } from "./ir/value.js";
import type { OptimizerSpec } from "./frontend/model-specs.js";

/** The optimizer state a parameter needs, by PyTorch's names (`exp_avg`, `momentum_buffer`, …). */
export function stateNames(o: OptimizerSpec): string[] {
  switch (o.kind) {
    case "sgd":
      return o.momentum > 0 ? ["momentum_buffer"] : [];
    case "adam":
    case "adamw":
      return ["exp_avg", "exp_avg_sq"];
    case "rmsprop":
      return ["square_avg"];
  }
}

export interface Slot {
  readonly param: Value;
  readonly grad: Value;
  /** By state name; all start at zero. */
  readonly state: Readonly<Record<string, Value>>;
}

export interface Updated {
  readonly param: Value;
  readonly state: Record<string, Value>;
}

export function applyOptimizer(b: Builder, o: OptimizerSpec, slot: Slot, lr: Value, t: Value): Updated {
  const c = (x: number) => b.scalar(x);
  const { param: p, grad: g } = slot;
  switch (o.kind) {
    case "sgd": {
      if (o.momentum === 0) return { param: b.sub(p, b.mul(lr, g)), state: {} };
      // buf ← μ·buf + g (the first step gives buf = g, as PyTorch's clone); Nesterov steps along g + μ·buf.
      const buf = b.add(b.mul(c(o.momentum), slot.state["momentum_buffer"]!), g);
      const d = o.nesterov ? b.add(g, b.mul(c(o.momentum), buf)) : buf;
      return { param: b.sub(p, b.mul(lr, d)), state: { momentum_buffer: buf } };
    }
    case "adam":
    case "adamw": {
      // AdamW decays the weight before the Adam step: p ← p·(1 - lr·λ).
      const p0 = o.kind === "adamw" ? b.mul(p, b.sub(c(1), b.mul(lr, c(o.weight_decay)))) : p;
      const m = b.add(b.mul(c(o.beta1), slot.state["exp_avg"]!), b.mul(c(1 - o.beta1), g));
      const v = b.add(b.mul(c(o.beta2), slot.state["exp_avg_sq"]!), b.mul(c(1 - o.beta2), b.mul(g, g)));
      // torch.optim.Adam: step = lr / (1 - β1^t); denom = √v / √(1 - β2^t) + eps.
      const bc1 = b.sub(c(1), b.op("pow", [c(o.beta1), t], {}));
      const bc2 = b.sub(c(1), b.op("pow", [c(o.beta2), t], {}));
      const denom = b.add(b.div(b.sqrt(v), b.sqrt(bc2)), c(o.eps));
      const update = b.mul(b.div(lr, bc1), b.div(m, denom));
      return { param: b.sub(p0, update), state: { exp_avg: m, exp_avg_sq: v } };
    }
    case "rmsprop": {
      const v = b.add(b.mul(c(o.alpha), slot.state["square_avg"]!), b.mul(c(1 - o.alpha), b.mul(g, g)));
      const update = b.mul(lr, b.div(g, b.add(b.sqrt(v), c(o.eps))));
      return { param: b.sub(p, update), state: { square_avg: v } };
    }
  }
}

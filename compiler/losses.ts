// The losses of LANGUAGE §7, exactly, as IR: each gives the per-example loss L_i as f32[N]; the data loss is
// their mean over the batch.

import type { Builder } from "./ir/builder.js";
import type { Value } from "./ir/value.js";
import type { LossSpec } from "./frontend/model-specs.js";

/** L_i for scores `s` [N, ...] and targets `y` (i32 [N] class labels, or f32 [N, ...] like `s`). */
export function perExampleLoss(b: Builder, loss: LossSpec, s: Value, y: Value): Value {
  const rank = s.type.shape.length;
  const perExample = Array.from({ length: rank - 1 }, (_, i) => i + 1);
  switch (loss.kind) {
    case "cross_entropy": {
      // L_i = -log softmax(s)_y = logsumexp(s) - s_y, with the row maximum subtracted for stability.
      const k = s.type.shape[1] as number;
      const m = b.op("stop_gradient", [b.op("reduce_max", [s], { axes: [1], keepdims: true })], {});
      const z = b.sub(s, m);
      const lse = b.log(b.sum(b.exp(z), [1], true));
      const oneHot = b.op("one_hot", [y], { classes: k });
      return b.sub(b.reshape(lse, ["N"]), b.sum(b.mul(z, oneHot), [1]));
    }
    case "hinge": {
      // L_i = Σ_{j≠y} max(0, s_j - s_y + margin): the sum over all j counts j = y once, as max(0, margin).
      const k = s.type.shape[1] as number;
      const oneHot = b.op("one_hot", [y], { classes: k });
      const sy = b.sum(b.mul(s, oneHot), [1], true);
      const margins = b.relu(b.add(b.sub(s, sy), b.scalar(loss.margin)));
      return b.sub(b.sum(margins, [1]), b.scalar(Math.max(0, loss.margin)));
    }
    case "mse": {
      // L_i = mean_k (s_k - t_k)²
      const d = b.sub(s, y);
      return b.div(b.sum(b.mul(d, d), perExample), b.scalar(count(s)));
    }
    case "binary_cross_entropy": {
      // On logits, as BCEWithLogitsLoss: log(1 + e^s) - s·t, mean over k, with log(1 + e^s) written as
      // m + log(e^-m + e^(s-m)) for m = max(s, 0), held constant like cross-entropy's row maximum: neither exp
      // overflows, and the gradient is σ(s) - t everywhere. (max(s, 0) + log(1 + e^-|s|) has the same values, but
      // its pieces' kinks at s = 0 gave the gradient -t there instead of 1/2 - t: all-zero logits trained wrongly.)
      const m = b.op("stop_gradient", [b.relu(s)], {});
      const softplus = b.add(m, b.log(b.add(b.exp(b.neg(m)), b.exp(b.sub(s, m)))));
      const terms = b.sub(softplus, b.mul(s, y));
      return b.div(b.sum(terms, perExample), b.scalar(count(s)));
    }
  }
}

/** Per-example element count of a batched value. */
function count(v: Value): number {
  return v.type.shape.slice(1).reduce<number>((p, d) => p * (d as number), 1);
}

/** The number of examples whose true class is the top-scoring one (f32 scalar). */
export function correctCount(b: Builder, s: Value, y: Value): Value {
  const predicted = b.op("cast", [b.op("argmax", [s], {})], {});
  return b.sum(b.op("equal", [predicted, b.op("cast", [y], {})], {}), [0]);
}

/** The number of examples whose true class is among the 5 top scores: fewer than 5 classes score higher. */
export function top5Count(b: Builder, s: Value, y: Value): Value {
  const k = s.type.shape[1] as number;
  const sy = b.sum(b.mul(s, b.op("one_hot", [y], { classes: k })), [1], true);
  const above = b.sum(b.sub(b.scalar(1), b.op("greater_equal", [sy, s], {})), [1]);
  return b.sum(b.step(b.sub(b.scalar(4.5), above)), [0]);
}

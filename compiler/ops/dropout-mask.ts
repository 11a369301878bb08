/**
 * dropout_mask(seed): f32 of `shape`, each element 0 with probability p and 1/(1-p) otherwise, as
 * torch.nn.Dropout scales. The randomness is a hash of (seed, element index) that every backend computes the same
 * way (each backend's kernels folder), so they draw the same mask and a run is reproducible from its seed. Each dropout layer
 * draws from its own `stream` of the step's seed.
 */
import { family, type FamilyOp } from "./op-def.js";
import { noGradient } from "./elementwise.js";

export const dropout_mask: FamilyOp<1, { p: "float"; shape: "dims"; stream: "int" }, "dropout_mask"> = {
  doc: "a random keep-mask scaled by 1/(1-p)",
  arity: 1,
  attrs: { p: "float", shape: "dims", stream: "int" },
  type: ([seed], attrs) =>
    seed.dtype !== "i32" || seed.shape.length !== 0
      ? "expects an i32 scalar seed"
      : { dtype: "f32", shape: attrs.shape },
  vjp: noGradient,
  kernel: family("dropout_mask"),
};

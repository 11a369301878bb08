// One standard layer (LANGUAGE §6) as PyTorch: the submodule its parameters live in (`nn.Linear`, `nn.Conv2d`, the
// exported `BatchNorm`), and the expression `forward` applies. Parameterless layers are functional calls. Where nnc
// and PyTorch differ in a default, the arguments say nnc's: TensorFlow's `same` padding (the odd pixel at the end)
// is an explicit `F.pad`, maxpool pads with -inf and avgpool counts the padding as zeros, as nnc does.

import type { LayerNode } from "../program.js";
import type { Shape } from "../shape.js";
import { samePads, type Pads } from "../shapes/window.js";
import type { Padding } from "../frontend/args.js";
import { pyNumber } from "./py-names.js";

export interface LayerCode {
  /** The submodule's constructor, for a layer with parameters. */
  readonly module?: string;
  /** The expression of its output, given its input's expression and, for a submodule, `self.<stage>`. */
  readonly apply: (x: string, self: string) => string;
  /** Whether it uses the exported `BatchNorm` class. */
  readonly batchnorm?: boolean;
}

type Pair = readonly [number, number];

export function layerCode(node: LayerNode, input: Shape): LayerCode {
  const a = node.args;
  switch (node.layer) {
    case "linear": {
      const bias = a["bias"] === false ? ", bias=False" : "";
      return {
        module: `nn.Linear(${input.at(-1)}, ${a["units"] as number}${bias})`,
        apply: (x, self) => `${self}(${x})`,
      };
    }
    case "conv2d": {
      const kernel = a["kernel"] as Pair;
      const stride = a["stride"] as Pair;
      const pad = windowPadding(input, kernel, stride, a["padding"] as Padding, "conv");
      const args = [String(input[0]), String(a["filters"] as number), pair(kernel)];
      if (stride[0] !== 1 || stride[1] !== 1) args.push(`stride=${pair(stride)}`);
      if (pad.symmetric) args.push(`padding=${pair(pad.symmetric)}`);
      if (a["bias"] === false) args.push("bias=False");
      return { module: `nn.Conv2d(${args.join(", ")})`, apply: (x, self) => `${self}(${pad.before(x)})` };
    }
    case "maxpool":
    case "avgpool": {
      const size = a["size"] as Pair;
      const stride = (a["stride"] as Pair | undefined) ?? size;
      const max = node.layer === "maxpool";
      const pad = windowPadding(input, size, stride, a["padding"] as Padding, max ? "max" : "avg");
      const args = [pair(size)];
      if (stride[0] !== size[0] || stride[1] !== size[1]) args.push(pair(stride));
      if (pad.symmetric) args.push(`padding=${pair(pad.symmetric)}`);
      const fn = max ? "F.max_pool2d" : "F.avg_pool2d";
      return { apply: (x) => `${fn}(${pad.before(x)}, ${args.join(", ")})` };
    }
    case "flatten":
      return { apply: (x) => `torch.flatten(${x}, 1)` };
    case "reshape":
      return { apply: (x) => `${x}.reshape(-1, ${node.shape.join(", ")})` };
    case "relu":
      return { apply: (x) => `F.relu(${x})` };
    case "sigmoid":
      return { apply: (x) => `torch.sigmoid(${x})` };
    case "tanh":
      return { apply: (x) => `torch.tanh(${x})` };
    case "softmax":
      return { apply: (x) => `F.softmax(${x}, dim=-1)` };
    case "leaky_relu":
      return { apply: (x) => `F.leaky_relu(${x}, ${pyNumber(a["slope"] as number)})` };
    case "elu":
      return { apply: (x) => `F.elu(${x}, ${pyNumber(a["alpha"] as number)})` };
    case "dropout":
      return { apply: (x) => `F.dropout(${x}, ${pyNumber(a["p"] as number)}, self.training)` };
    case "batchnorm": {
      const extra = [
        a["momentum"] !== 0.1 ? `momentum=${pyNumber(a["momentum"] as number)}` : "",
        a["eps"] !== 1e-5 ? `eps=${pyNumber(a["eps"] as number)}` : "",
      ].filter((s) => s !== "");
      return {
        module: `BatchNorm(${[String(input[0]), ...extra].join(", ")})`,
        apply: (x, self) => `${self}(${x})`,
        batchnorm: true,
      };
    }
  }
}

/** `3` for a square pair, `(3, 5)` otherwise. */
function pair(p: Pair): string {
  return p[0] === p[1] ? String(p[0]) : `(${p[0]}, ${p[1]})`;
}

/**
 * The padding of a window layer: PyTorch's own argument where it pads both sides alike (pooling at most half the
 * window, which PyTorch requires), else an `F.pad` before the layer with nnc's exact pads (-inf before a maxpool).
 */
function windowPadding(
  input: Shape,
  kernel: Pair,
  stride: Pair,
  padding: Padding,
  layer: "conv" | "max" | "avg",
): { symmetric: Pair | undefined; before: (x: string) => string } {
  const pads: readonly [Pads, Pads] =
    padding.kind === "same"
      ? [samePads(input[1]!, kernel[0], stride[0]), samePads(input[2]!, kernel[1], stride[1])]
      : [
          [padding.hw[0], padding.hw[0]],
          [padding.hw[1], padding.hw[1]],
        ];
  const [[top, bottom], [left, right]] = pads;
  const none = top === 0 && bottom === 0 && left === 0 && right === 0;
  const fits = layer === "conv" || (top * 2 <= kernel[0] && left * 2 <= kernel[1]);
  const even = top === bottom && left === right && fits;
  if (none) return { symmetric: undefined, before: (x) => x };
  if (even) return { symmetric: [top, left], before: (x) => x };
  const fill = layer === "max" ? ', value=float("-inf")' : "";
  return {
    symmetric: undefined,
    before: (x) => `F.pad(${x}, (${left}, ${right}, ${top}, ${bottom})${fill})`,
  };
}

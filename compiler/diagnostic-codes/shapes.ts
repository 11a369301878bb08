// E3xxx: shapes and values. Shape inference through the network, the loss against the output and the target,
// the data set against both, and the range of every numeric argument.

import { text, type CodeInfo } from "./entry.js";

export const SHAPE_CODES = {
  E3001: {
    title: "a layer's input has the wrong rank (conv and pooling need `[c, h, w]`)",
    explanation: text`
      \`conv2d\`, \`maxpool\` and \`avgpool\` slide a window over images: their input is \`[channels, height,
      width]\` per example (the batch dimension is implicit). A flat vector such as \`[784]\` has no height
      or width. Declare the input as an image, or \`reshape\` it into one first.
    `,
    example: text`
      model Conv {
        input  x: [784]
        target y: class(10)
        network {
          conv2d(16, 3)  # ~ERROR E3001
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give the input a channel and two spatial dimensions:",
    fixed: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16, 3)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E3002: {
    title: "element-wise arithmetic on shapes that do not broadcast",
    explanation: text`
      \`+\`, \`-\`, \`*\` and \`/\` work element by element, with NumPy's broadcasting over the per-example
      shapes: aligned from the right, each pair of dimensions must be equal, or one of them 1. The labels
      show each operand's shape and which dimensions differ.
    `,
    example: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(32) -> relu
          return (x + h) -> linear(10)  # ~ERROR E3002
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give both operands the same shape, here the width of the input:",
    fixed: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64) -> relu
          return (x + h) -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E3003: {
    title: "a kernel larger than its (padded) input",
    explanation: text`
      A convolution's kernel must fit in its input, padding included: an input of height \`h\` with padding
      \`p\` has room for a kernel of at most \`h + 2p\` rows. Pooling before the convolution shrinks its input.
    `,
    example: text`
      model Conv {
        input  x: [1, 8, 8]
        target y: class(10)
        network {
          conv2d(16, 9)  # ~ERROR E3003
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Use a smaller kernel, pad the input (`padding=same`), or pool less before the layer:",
    fixed: text`
      model Conv {
        input  x: [1, 8, 8]
        target y: class(10)
        network {
          conv2d(16, 3)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E3004: {
    title: "pooling that leaves nothing",
    explanation: text`
      A pooling window larger than its (padded) input has nowhere to go, so the output would be empty. Each
      \`maxpool(2)\` halves the height and the width, rounding down: 4 → 2 → 1, and a third has nothing to
      pool.
    `,
    example: text`
      model Conv {
        input  x: [1, 4, 4]
        target y: class(10)
        network {
          maxpool(2)
          maxpool(2)
          maxpool(2)  # ~ERROR E3004
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Pool less, or earlier:",
    fixed: text`
      model Conv {
        input  x: [1, 4, 4]
        target y: class(10)
        network {
          maxpool(2)
          maxpool(2)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E3005: {
    title: "`reshape` to a different number of values",
    explanation: text`
      \`reshape\` rearranges an example's values without adding or dropping any: the new shape must hold as
      many values as the input does. \`[784]\` holds 784 values, and \`[1, 32, 32]\` would hold 1024.
    `,
    example: text`
      model Conv {
        input  x: [784]
        target y: class(10)
        network {
          reshape([1, 32, 32])  # ~ERROR E3005
          conv2d(8, 3)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Reshape to a shape of the same size:",
    fixed: text`
      model Conv {
        input  x: [784]
        target y: class(10)
        network {
          reshape([1, 28, 28])
          conv2d(8, 3)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E3006: {
    title: "the loss does not fit the network's output or the target",
    explanation: text`
      \`cross_entropy\` and \`hinge\` compare \`K\` scores per example with class labels, so the network must
      end in \`[K]\` for a \`class(K)\` target. \`mse\` and \`binary_cross_entropy\` compare the output with
      real-valued targets of the same shape. A class loss on real targets, or the reverse, is the same error.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(128); relu; linear(100) }
        loss      cross_entropy  # ~ERROR E3006
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "End the network with one score per class:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(128); relu; linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E3007: {
    title: "the data set does not fit the input or the target, or a metric the target",
    explanation: text`
      Where a data source's examples are known without reading it (the named data sets and \`spiral\`), nnc
      checks them against the model: the examples must hold as many values as \`input\` declares, and the
      classes must be as many as \`target\` declares. \`accuracy\` and \`top5\` need class labels, and
      \`top5\` needs more than 5 classes.
    `,
    example: text`
      model Spiral {
        input  point: [2]
        target arm: class(4)
        network { linear(100); relu; linear(4) }
        loss      cross_entropy
        optimizer sgd(lr=1.0)
        train {
          data spiral  # ~ERROR E3007
        }
      }
    `,
    fix: "Make the data and the model agree; here the spiral has 3 arms unless told otherwise:",
    fixed: text`
      model Spiral {
        input  point: [2]
        target arm: class(4)
        network { linear(100); relu; linear(4) }
        loss      cross_entropy
        optimizer sgd(lr=1.0)
        train {
          data spiral(classes=4)
        }
      }
    `,
  },
  E3008: {
    title: "an argument out of range (units, kernel, stride, padding, p, lr, …)",
    explanation: text`
      A number is of the right type but outside the values its parameter allows: a layer of 0 units, a
      negative stride, a dropout probability of 1, a learning rate that is not positive, a batch of 0, a
      \`validation\` fraction outside (0, 1). The label says which values are allowed.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(128); relu; dropout(1.0); linear(10) }  # ~ERROR E3008
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give a value in range (`dropout(p)` drops the fraction `p` of the values, below 1):",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(128); relu; dropout(0.5); linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
} as const satisfies Record<`E3${string}`, CodeInfo>;

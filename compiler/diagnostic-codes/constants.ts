// E2019–E2021 and E3009–E3011: constants, the arithmetic of values and `--set` (LANGUAGE §4a), and `concat` in
// graph form (§5).

import { text, type CodeInfo } from "./entry.js";

export const CONSTANT_NAME_CODES = {
  E2019: {
    title: "unknown name in a value's arithmetic: not a constant",
    explanation: text`
      Arithmetic in a value (\`width * 2\`, \`base_lr / 10\`) works on numbers and on the names of constants
      (\`const NAME = VALUE\`, at file level or in the model) and, inside a \`layer\`, of its parameters. This name
      is none of them. A bare name where a number is wanted and a constant is near it gets the same error.
    `,
    example: text`
      const width = 32

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(widht * 2); relu; linear(10) }  # ~ERROR E2019
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Spell the constant as it is defined, or define it above its first use:",
    fixed: text`
      const width = 32

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(width * 2); relu; linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2020: {
    title: "`--set NAME=VALUE` names no constant",
    explanation: text`
      \`--set NAME=VALUE\` (or the API's \`set\` option) replaces the definition of a constant of the file or of
      one of its models before anything is checked, so that one file describes a family of models. The file
      declares no constant of that name; names are case-sensitive.
    `,
    example: text`
      const width = 32

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(width); relu; linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    set: { widht: "64" },
    fix: "Name a constant the file declares (`--set width=64`), or declare it with `const`.",
  },
  E2021: {
    title: "a function other than `concat` called in graph form",
    explanation: text`
      In graph form, \`concat(a, b, …)\` is the one function of tensors. A layer is applied with \`->\`
      (\`x -> linear(10)\`), not called on a tensor.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          return linear(x)  # ~ERROR E2021
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Apply the layer with `->`:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          return x -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
} as const satisfies Record<`E2${string}`, CodeInfo>;

export const CONSTANT_VALUE_CODES = {
  E3009: {
    title: "a value that is not a whole number where an integer is needed",
    explanation: text`
      Units, filters, kernels, strides, dimensions, the batch and the epochs are integers. Arithmetic may give a
      fraction: \`64 / 2\` is \`32\` and fits, \`65 / 2\` is \`32.5\` and does not. The message shows the arithmetic
      with the constants' values.
    `,
    example: text`
      const width = 65

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(width / 2); relu; linear(10) }  # ~ERROR E3009
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Divide with `//`, which rounds down, or choose values that divide:",
    fixed: text`
      const width = 65

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(width // 2); relu; linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E3010: {
    title: "arithmetic without a value: division by zero, or a result too large",
    explanation: text`
      A value's arithmetic divides by zero (\`/\`, \`//\` or \`%\`), or gives a number too large for a double
      (\`10 ** 400\`).
    `,
    example: text`
      const hidden = 0

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1 / hidden)  # ~ERROR E3010
      }
    `,
    fix: "Divide by something other than zero:",
    fixed: text`
      const hidden = 2

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1 / hidden)
      }
    `,
  },
  E3011: {
    title: "`concat` of tensors whose other dimensions differ",
    explanation: text`
      \`concat(a, b, …)\` joins tensors along their first per-example dimension (the channels of \`[c, h, w]\`, as
      \`torch.cat(dim=1)\`): they must have the same rank, and every other dimension must agree.
    `,
    example: text`
      model Two {
        input  x: [3, 8, 8]
        target y: class(10)
        network {
          a = x -> conv2d(4, 3, padding=same)
          b = x -> conv2d(4, 3)
          return concat(a, b) -> flatten -> linear(10)  # ~ERROR E3011
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give the branches the same height and width:",
    fixed: text`
      model Two {
        input  x: [3, 8, 8]
        target y: class(10)
        network {
          a = x -> conv2d(4, 3, padding=same)
          b = x -> conv2d(4, 3, padding=same)
          return concat(a, b) -> flatten -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
} as const satisfies Record<`E3${string}`, CodeInfo>;

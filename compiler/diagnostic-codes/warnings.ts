// W0xxx: warnings. The program compiles and trains; these point at what is most likely not meant.

import { text, type CodeInfo } from "./entry.js";

export const WARNING_CODES = {
  W0001: {
    title: "`softmax`/`sigmoid` before a loss that applies it",
    explanation: text`
      \`cross_entropy\` applies softmax to the network's scores itself, and \`binary_cross_entropy\` applies
      sigmoid, as PyTorch's \`CrossEntropyLoss\` and \`BCEWithLogitsLoss\` do: they take raw scores (logits).
      A network that already ends in \`softmax\` or \`sigmoid\` squashes twice, which trains slowly or not at
      all.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(128); relu; linear(10); softmax }  # ~WARNING W0001
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Remove the final `softmax` or `sigmoid`:",
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
  W0002: {
    title: "`linear` on a `[c, h, w]` input",
    explanation: text`
      \`linear\` works on the last dimension only, as \`torch.nn.Linear\` does: on \`[c, h, w]\` it mixes the
      \`w\` values of each row and keeps \`c\` and \`h\`. A classifier head after a convolution wants every
      value connected, which needs \`flatten\` first. When the loss then does not fit either, E3006 follows.
    `,
    example: text`
      model Rows {
        input  x: [3, 8, 8]
        target y: [3, 8, 4]
        network { linear(4) }  # ~WARNING W0002
        loss      mse
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Add `flatten` before `linear` to connect every value:",
    fixed: text`
      model Rows {
        input  x: [3, 8, 8]
        target y: [96]
        network { flatten; linear(96) }
        loss      mse
        optimizer sgd(lr=0.1)
      }
    `,
  },
  W0003: {
    title: "a binding never used",
    explanation: text`
      A graph-form line binds a value that neither a later line nor \`return\` uses, so it does not reach the
      output and does nothing. It is most often a value that was meant to be used, such as a skip connection.
    `,
    example: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64) -> relu
          skip = x + h  # ~WARNING W0003
          return h -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Use it, or delete the line:",
    fixed: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64) -> relu
          skip = x + h
          return skip -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
} as const satisfies Record<`W${string}`, CodeInfo>;

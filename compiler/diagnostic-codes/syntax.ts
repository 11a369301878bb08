// E1xxx: syntax. The lexer, the parser and the CST-to-AST visitor raise these; the file has no AST yet, or a
// network body whose form is wrong.

import { text, type CodeInfo } from "./entry.js";

export const SYNTAX_CODES = {
  E1001: {
    title: "syntax: something expected is missing (`)`, `}`, a value, …)",
    explanation: text`
      The parser expected a token here (a closing bracket, a name, a value) and found another one, or the end
      of the file. The message says what it expected and what it found; the caret points where the expected
      token should go. A \`{\` that is never closed is reported at the end of the file, with a help note.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          linear(128  # ~ERROR E1001
          relu
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Add what is missing, here the `)` that closes `linear(`:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          linear(128)
          relu
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E1002: {
    title: "a character that cannot start any token",
    explanation: text`
      The file holds a character that is no part of the language: names are letters, digits and \`_\`,
      the operators are \`+ - * / ->\` with \`= : , ;\` and brackets, and comments start with \`#\`. There is
      no matrix product operator: \`linear\` multiplies by a weight matrix.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          h = x -> linear(64)
          return h @ x -> linear(10)  # ~ERROR E1002
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Remove the character, or write what it meant in the language: here a product with a weight matrix is `linear`:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          h = x -> linear(64)
          return h -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E1003: {
    title: 'a string without its closing `"`',
    explanation: text`
      A string starts with \`"\` and must end with \`"\` on the same line. An unterminated string takes the rest
      of its line, so whatever the parser misses on that line is part of this one mistake and is not reported
      again.
    `,
    example: text`
      model Tabular {
        input  x: [4]
        target y: class(3)
        network { linear(3) }
        loss      cross_entropy
        optimizer adam
        train {
          data csv("iris.csv)  # ~ERROR E1003
        }
      }
    `,
    fix: 'Close the string on its line with `"`:',
    fixed: text`
      model Tabular {
        input  x: [4]
        target y: class(3)
        network { linear(3) }
        loss      cross_entropy
        optimizer adam
        train {
          data csv("iris.csv")
        }
      }
    `,
  },
  E1005: {
    title: "two statements on one line without `;`",
    explanation: text`
      Statements (the stages of a network, the lines of a model or a \`train\` block) are separated by line
      breaks or by \`;\`. Two of them side by side on one line are most often a forgotten line break, or a
      forgotten \`->\` in graph form.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          linear(128) relu  # ~ERROR E1005
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Put each statement on its own line, or separate them with `;`:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          linear(128); relu
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E1006: {
    title: "a positional argument after a named one",
    explanation: text`
      A call takes its positional arguments first and its named ones after them, as in Python:
      \`conv2d(16, 5, stride=2)\`. Once an argument is named, the position of the next one no longer says
      which parameter it is.
    `,
    example: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16, kernel=5, 2)  # ~ERROR E1006
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Put the positional arguments first, or name this one too:",
    fixed: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16, kernel=5, stride=2)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E1008: {
    title: "a sequential stage among graph-form bindings",
    explanation: text`
      A network is written in one of two forms. In sequential form each line is a stage applied to the output
      of the line before. In graph form each line binds a name (\`h = x -> linear(64)\`) and the body ends with
      \`return\`. A bare stage among bindings has no input: graph form says what each layer is applied to.
    `,
    example: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64)
          relu  # ~ERROR E1008
          return (x + h) -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Apply the layer with `->` to the value it belongs to:",
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
  E1009: {
    title: "a graph-form body without `return`",
    explanation: text`
      A graph-form network (lines \`name = expression\`) can bind many values; \`return expression\` says which
      one is the network's output. Without it the body has no result.
    `,
    example: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64) -> relu
          out = (x + h) -> linear(10)
        }  # ~ERROR E1009
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "End the body with `return`, here of its last binding:",
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
  E1010: {
    title: "a statement after `return`",
    explanation: text`
      \`return\` ends a graph-form body: nothing after it can reach the network's output, so a binding there
      would be computed for nothing.
    `,
    example: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64) -> relu
          return h -> linear(10)
          g = h -> linear(10)  # ~ERROR E1010
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Delete the line, or move it above `return` and use it there:",
    fixed: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64) -> relu
          return h -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E1011: {
    title: "two `return`s",
    explanation: text`
      A network has one output, so a graph-form body has one \`return\`. To use two results, combine them in one
      expression: add them, multiply them, or \`concat\` them.
    `,
    example: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          h = x -> linear(64) -> relu
          return h -> linear(10)
          return (x + h) -> linear(10)  # ~ERROR E1011
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Keep one `return`:",
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
  E1012: {
    title: "nested too deeply: brackets, minus signs, one expression, user layers",
    explanation: text`
      The parser and the passes after it go one level deeper for each bracket, unary minus, operator and user
      layer a program nests, so nnc bounds how deep a program may go rather than run out of stack: 64 open
      brackets and minus signs at once, 256 operations along one expression, 64 user layers expanded inside
      each other. No real network comes near them; a program that does is better written with names.
    `,
    example: text`
      model Deep {
        input  x: [4]
        target y: class(2)
        network {
          h = NESTED  # ~ERROR E1012
          return h -> linear(2)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `.replace("NESTED", `${"(".repeat(63)}x${")".repeat(63)}`),
    fix: "Name the inner parts, one binding a line:",
    fixed: text`
      model Deep {
        input  x: [4]
        target y: class(2)
        network {
          h = x
          return h -> linear(2)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
} as const satisfies Record<`E1${string}`, CodeInfo>;

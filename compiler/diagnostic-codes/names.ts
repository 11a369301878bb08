// E2001–E2008: names in a network and the arguments of calls. Binding arguments to a layer's, a loss's or an
// optimizer's signature raises E2002–E2006; resolving the names of a network raises the others.

import { text, type CodeInfo } from "./entry.js";

export const NAME_CODES = {
  E2001: {
    title: "unknown layer",
    explanation: text`
      A stage or an application \`-> name\` names a layer that is neither a standard layer (\`linear\`,
      \`conv2d\`, \`relu\`, …) nor a \`layer\` defined in this file or in one it imports. A near miss gets a
      "did you mean". A user layer's parameter cannot be used as a layer either: layers are not values.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { lienar(10) }  # ~ERROR E2001
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Spell the layer as it is defined, or define it with `layer`:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2002: {
    title: "unknown argument name",
    explanation: text`
      A named argument names no parameter of the callee: a layer, a user layer, a loss, an optimizer, a
      schedule, a data source or a \`train\` setting. The help note suggests a near miss or lists the
      parameters there are.
    `,
    example: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16, 3, paddin=same)  # ~ERROR E2002
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Use the parameter's name:",
    fixed: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16, 3, padding=same)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2003: {
    title: "missing required argument",
    explanation: text`
      The callee has a parameter without a default, and the call gives it neither by position nor by name.
      \`conv2d\` needs its number of filters and its kernel size; \`sgd\` needs \`lr\`, as \`torch.optim.SGD\`
      does.
    `,
    example: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16)  # ~ERROR E2003
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give the argument:",
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
  E2004: {
    title: "too many positional arguments",
    explanation: text`
      The call gives more positional arguments than the callee has parameters. This is often an argument of
      the PyTorch counterpart that \`.nn\` does not have: \`maxpool\` takes \`size\`, \`stride\` and
      \`padding\`, and no \`dilation\`.
    `,
    example: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(8, 3)
          maxpool(2, 2, 0, 1)  # ~ERROR E2004
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Drop the extra arguments:",
    fixed: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(8, 3)
          maxpool(2, 2, 0)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2005: {
    title: "an argument given twice",
    explanation: text`
      One parameter receives two values: twice by name, or once by position and once by name. In
      \`conv2d(16, 3, kernel=5)\` the \`3\` is already the kernel.
    `,
    example: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16, 3, kernel=5)  # ~ERROR E2005
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give each argument once:",
    fixed: text`
      model Conv {
        input  x: [1, 28, 28]
        target y: class(10)
        network {
          conv2d(16, kernel=5)
          flatten
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2006: {
    title: "an argument of the wrong type",
    explanation: text`
      A value is not of the kind its parameter takes: a string where a number is wanted, a fraction where a
      whole number is, a name that is none of a parameter's choices (\`padding=middle\`), or a target that is
      neither \`class(K)\` nor a shape. When the value came through a user layer's parameter, the error points
      at the call that gave it.

      A common case is PyTorch's \`nn.Linear(in, out)\`: \`.nn\` infers the input size, so \`linear\` takes the
      output size only, and its second parameter is \`bias\`, a boolean.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(784, 10) }  # ~ERROR E2006
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give a value of the parameter's type; here drop the input size:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2007: {
    title: "unknown name in an expression, or a name used before its definition",
    explanation: text`
      An expression in a graph-form network uses a name that is not the input's and not bound by a line
      above it. Lines are evaluated in order, so a name cannot be used before, or in, its own definition.
      Inside a \`layer\` the input is \`in\`; in a model it is the name \`input\` declares.
    `,
    example: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          hidden = x -> linear(64) -> relu
          return (x + hiden) -> linear(10)  # ~ERROR E2007
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Use a name bound above, spelt as it is bound:",
    fixed: text`
      model Skip {
        input  x: [64]
        target y: class(10)
        network {
          hidden = x -> linear(64) -> relu
          return (x + hidden) -> linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2008: {
    title: "two stages with one name",
    explanation: text`
      Stage names name parameters (\`fc1.weight\`), so they must differ. An unnamed stage is named after its
      layer and its rank among the stages of that layer, named ones included: the second \`linear\` is
      \`linear2\` even when the first is called \`fc1\`. A stage named \`linear2\` by hand can clash with it.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          linear2: linear(128)
          relu
          linear(10)  # ~ERROR E2008
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Rename the named stage:",
    fixed: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network {
          hidden: linear(128)
          relu
          linear(10)
        }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
} as const satisfies Record<`E2${string}`, CodeInfo>;

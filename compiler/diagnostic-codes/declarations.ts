// E2009–E2018: declarations. Layers, models and bindings defined twice, imports, a model's statements and the
// names of its loss, optimizer, data and metrics, and the model `--model` picks.

import { text, type CodeInfo } from "./entry.js";

export const DECLARATION_CODES = {
  E2009: {
    title: "something defined twice (layer, model, binding), or a standard layer redefined",
    explanation: text`
      Two layers, two models of one file, or two bindings of one network share a name, so a use of the name
      could mean either. A binding cannot take the input's name either, and a \`layer\` cannot take the name of
      a standard layer (\`linear\`, \`conv2d\`, …), which every file sees.
    `,
    example: text`
      layer block(n) {
        linear(n)
        relu
      }

      layer block(n) {  # ~ERROR E2009
        linear(n)
        tanh
      }

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { block(64); linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Give each definition its own name:",
    fixed: text`
      layer block(n) {
        linear(n)
        relu
      }

      layer tanh_block(n) {
        linear(n)
        tanh
      }

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { block(64); tanh_block(64); linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2010: {
    title: "an import that does not exist",
    explanation: text`
      \`import "path"\` names a file that cannot be read. Paths are relative to the importing file, not to
      the directory nnc runs in; the help note says where nnc looked.
    `,
    example: text`
      import "blocks.nn"  # ~ERROR E2010

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Correct the path relative to this file, or, as here, define the layer in the file and drop the import:",
    fixed: text`
      layer block(n) {
        linear(n)
        relu
      }

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { block(64); linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2011: {
    title: "an import cycle, or a file importing itself",
    explanation: text`
      Files import each other in a circle (\`a.nn\` imports \`b.nn\`, which imports \`a.nn\`), or a file
      imports itself. The error is at the import that closes the circle, and the help note shows the chain.
      The example below is saved as \`example.nn\`.
    `,
    example: text`
      import "example.nn"  # ~ERROR E2011

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Remove the import; layers that two files share go into a third file that both import:",
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
  E2012: {
    title: "a layer that uses itself",
    explanation: text`
      A user layer is expanded where it is used, so one that contains itself, directly or through other
      layers, would never finish expanding. The help note shows the chain of layers.
    `,
    example: text`
      layer tower(width) {
        linear(width)
        relu
        tower(width)  # ~ERROR E2012
      }

      model Deep {
        input  x: [64]
        target y: class(10)
        network { tower(64); linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Write the repetition out where the layer is used:",
    fixed: text`
      layer block(width) {
        linear(width)
        relu
      }

      model Deep {
        input  x: [64]
        target y: class(10)
        network { block(64); block(64); linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
  },
  E2013: {
    title: "a statement or setting twice, or an unknown setting",
    explanation: text`
      A model has one \`input\`, one \`target\`, one \`network\`, one \`loss\` and one \`optimizer\`
      (\`regularize\` may repeat), and a \`train\` block sets each setting once. A \`train\` setting must also
      be one the language has: \`data\`, \`batch\`, \`epochs\`, \`seed\`, \`shuffle\`, \`validation\`,
      \`early_stop\` and \`metrics\`.
    `,
    example: text`
      model Spiral {
        input  point: [2]
        target arm: class(3)
        network { linear(100); relu; linear(3) }
        loss      cross_entropy
        optimizer sgd(lr=1.0)
        train {
          data       spiral
          batch_size 32  # ~ERROR E2013
        }
      }
    `,
    fix: "Keep one of each, spelt as the language spells it (Keras's `batch_size` is `batch`):",
    fixed: text`
      model Spiral {
        input  point: [2]
        target arm: class(3)
        network { linear(100); relu; linear(3) }
        loss      cross_entropy
        optimizer sgd(lr=1.0)
        train {
          data  spiral
          batch 32
        }
      }
    `,
  },
  E2014: {
    title: "a required statement or setting missing",
    explanation: text`
      A model needs an \`input\`, a \`target\`, a \`network\`, a \`loss\` and an \`optimizer\`; a \`train\`
      block needs \`data\`, and \`early_stop\` needs a \`validation\` split to watch. \`nnc train\` also
      needs the model to have a \`train\` block, and says so with this code when it has none.
    `,
    example: text`
      model Mlp {  # ~ERROR E2014
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss cross_entropy
      }
    `,
    fix: "Add the statement:",
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
  E2015: {
    title: "unknown loss, optimizer, schedule, regularizer, initialiser, data source or metric",
    explanation: text`
      A name that picks one of the language's built-in choices is not one of them. The help note suggests a
      near miss or lists the choices. Spellings from other libraries are a common cause: Keras's
      \`crossentropy\` is \`cross_entropy\`, and \`xavier_uniform\` is \`glorot_uniform\`.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      crossentropy  # ~ERROR E2015
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Use the language's name:",
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
  E2016: {
    title: "`--model NAME` names no model",
    explanation: text`
      The command line asks for a model by name (\`--model NAME\`, or the \`model\` option of the API), and
      the file defines no model of that name. Names are case-sensitive.
    `,
    example: text`
      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    model: "Mpl",
    fix: "Name one of the file's models (`--model Mlp`), or leave `--model` out to check them all.",
  },
  E2017: {
    title: "an import that is not a `.nn` file, or cannot be read",
    explanation: text`
      \`import "path"\` names something that exists but cannot be a \`.nn\` file of layers: a file whose
      name does not end in \`.nn\` (it would be parsed as a program and quoted in its errors), a folder, a
      device or pipe, or a file over 16 MiB. The message says which.
    `,
    example: text`
      import "/etc/passwd"  # ~ERROR E2017

      model Mlp {
        input  x: [784]
        target y: class(10)
        network { linear(10) }
        loss      cross_entropy
        optimizer sgd(lr=0.1)
      }
    `,
    fix: "Import the `.nn` file that defines the layers, or drop the import:",
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
  E2018: {
    title: "a file that declares nothing: no model, layer or import",
    explanation: text`
      The file is empty, or holds only comments. It is most often the wrong path or a file not yet saved. A
      file of layers alone is a library for others to import, and is not this error.
    `,
    example: text`
      # the model is yet to be written  # ~ERROR E2018
    `,
    fix: "Write the model, or check the path:",
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
} as const satisfies Record<`E2${string}`, CodeInfo>;

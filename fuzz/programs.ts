// Programs drawn from the grammar (LANGUAGE.md): models with an input, a target, a network of standard and user
// layers in sequential or graph form, a loss, regularizers, an optimizer with a schedule and a train block. Most
// are valid, since their shapes are chosen to fit; a few draws take a value from outside what a layer accepts, so
// the checker's errors are fuzzed too.

import fc from "fast-check";

const small = fc.integer({ min: 1, max: 8 });
const lr = fc.constantFrom("0.1", "1e-3", "0.01", "1.0", "2 * 0.05", "0.1 / 2", "-0.1", "0");
const act = fc.constantFrom("relu", "sigmoid", "tanh", "leaky_relu(0.1)", "elu", "dropout(0.5)", "softmax");
/** A value outside what the layer takes, now and then: the checker's diagnostics are fuzzed with the rest. */
const units = fc.oneof(
  { weight: 12, arbitrary: small.map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("0", "-3", "2.5", "99999999999999999999", "same", "[2, 2]", '"x"'),
  },
);

/** A vector network: stages over `[d]`, the last one a `linear` to the classes. */
const vectorStages = fc.array(
  fc.oneof(
    units.map((u) => `linear(${u})`),
    act,
    fc.constant("batchnorm"),
    small.map((u) => `fc: linear(${u})`),
  ),
  { maxLength: 5 },
);

/** An image network: convolutions and pooling over `[c, 8, 8]`, then `flatten`. */
const imageStages = fc.array(
  fc.oneof(
    fc
      .tuple(units, fc.constantFrom("1", "3", "[3, 1]"), fc.constantFrom("same", "0", "1", "valid"))
      .map(([f, k, p]) => `conv2d(${f}, ${k}, padding=${p})`),
    fc.constantFrom("maxpool(2)", "avgpool(2, padding=same)", "relu", "batchnorm", "dropout(0.2)"),
  ),
  { maxLength: 4 },
);

/** A graph-form body: bindings that use the input and each other, added and multiplied, then `return`. */
function graphBody(inName: string, width: number): fc.Arbitrary<string[]> {
  return fc
    .array(fc.tuple(act, fc.constantFrom("+", "*", "-", "->")), { minLength: 1, maxLength: 4 })
    .map((steps) => {
      const lines: string[] = [`h0 = ${inName} -> linear(${width})`];
      steps.forEach(([a, op], i) => {
        const prev = `h${i}`;
        lines.push(
          op === "->" ? `h${i + 1} = ${prev} -> ${a}` : `h${i + 1} = (${prev} ${op} ${prev} -> ${a})`,
        );
      });
      lines.push(`return h${steps.length}`);
      return lines;
    });
}

const loss = fc.constantFrom("cross_entropy", "hinge", "hinge(margin=2)", "mse", "binary_cross_entropy");
const optimizer = fc.oneof(
  lr.map((l) => `sgd(lr=${l})`),
  lr.map((l) => `sgd(lr=${l}, momentum=0.9, nesterov=true)`),
  fc.constantFrom("adam(lr=1e-3)", "adamw(weight_decay=0.1)", "rmsprop", "sgd(lr=step(0.1, every=2))"),
  fc.constantFrom("sgd(lr=cosine(0.1))", "adam(lr=exponential(0.01, gamma=0.9))", "sgd"),
);
const regularize = fc.constantFrom("", "regularize l2(1e-3)", "regularize l1(1e-4), l2(1e-3)");
const settings = fc.subarray(
  [
    "batch 16",
    "epochs 2",
    "seed 7",
    "shuffle false",
    "validation 0.2",
    "early_stop patience=2",
    "metrics accuracy",
  ],
  { maxLength: 4 },
);
const data = fc.constantFrom(
  "spiral",
  "spiral(classes=3, points=20)",
  "fashion_mnist",
  'csv("x.csv")',
  "nothing",
);

/** One `.nn` file: perhaps a user layer, then one model. */
export const programs: fc.Arbitrary<string> = fc
  .record({
    image: fc.boolean(),
    graph: fc.boolean(),
    user: fc.boolean(),
    classes: fc.integer({ min: 2, max: 6 }),
    vector: vectorStages,
    conv: imageStages,
    body: graphBody("in", 4),
    net: graphBody("x", 4),
    loss,
    optimizer,
    regularize,
    settings,
    data,
    train: fc.boolean(),
  })
  .map((p) => {
    const layer = p.user ? [`layer block(n=4) {`, ...p.body.map((l) => `  ${l}`), `}`, ""] : [];
    const input = p.image ? "[2, 8, 8]" : "[3]";
    const head = [...(p.image ? [...p.conv, "flatten"] : []), ...p.vector, ...(p.user ? ["block(4)"] : [])];
    const network = p.graph
      ? p.net
          .map((l, i) => (i === 0 && p.image ? l.replace("x ->", "x -> flatten ->") : l))
          .slice(0, -1)
          .concat([`return ${p.net.at(-1)!.slice("return ".length)} -> linear(${p.classes})`])
      : [...head, `linear(${p.classes})`];
    const target =
      p.loss === "mse" || p.loss === "binary_cross_entropy" ? `[${p.classes}]` : `class(${p.classes})`;
    const train = p.train
      ? [`  train {`, `    data ${p.data}`, ...p.settings.map((s) => `    ${s}`), `  }`]
      : [];
    return [
      ...layer,
      "model Fuzzed {",
      `  input  x: ${input}`,
      `  target y: ${target}`,
      "  network {",
      ...network.map((l) => `    ${l}`),
      "  }",
      `  loss      ${p.loss}`,
      ...(p.regularize ? [`  ${p.regularize}`] : []),
      `  optimizer ${p.optimizer}`,
      ...train,
      "}",
      "",
    ].join("\n");
  });

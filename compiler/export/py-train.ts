// The checked model's training setup → the model-specific head of `train.py`: the data source and settings, each
// parameter's initialisation rule, the penalties, and the loss, optimizer and learning-rate schedule as short
// Python functions with LANGUAGE §7–§8's definitions (the lecture's hinge, not PyTorch's multi-margin loss; the
// optimizers are torch.optim's, whose update rules nnc's are). The loop itself is py-loop.ts.

import { baseName } from "../file-name.js";
import type { CheckedModel } from "../program.js";
import type { LossSpec, OptimizerSpec } from "../frontend/model-specs.js";
import type { LearningRate } from "../frontend/model-specs.js";
import { bug } from "../diagnostics.js";
import { TRAIN_LOOP } from "./py-loop.js";
import { pyLiteral, pyNumber, pyString } from "./py-names.js";

export function emitTrainPy(m: CheckedModel, dataBase: string): string {
  const t = m.train ?? bug("exporting a training loop without a train block");
  const file = baseName(m.span.file.name);
  const data = { ...t.data };
  const init = m.params.map((p) => {
    const value =
      p.init.kind === "uniform" ? p.init.bound : p.init.kind === "normal" ? p.init.std : p.init.value;
    return `    (${pyString(p.name)}, ${pyLiteral(p.shape)}, ${pyString(p.init.kind)}, ${pyNumber(value)}),`;
  });
  const penalties = m.params.flatMap((p) =>
    p.role === "weight"
      ? (p.regularizers ?? m.regularizers).map(
          (r) => `    (${pyString(p.name)}, ${pyString(r.kind)}, ${pyNumber(r.lambda)}),`,
        )
      : [],
  );
  const head = [
    `"""Trains ${m.name} as the train block of ${file} says, with nnc's semantics, in PyTorch.`,
    "",
    "    python train.py [--epochs N] [--steps N] [--batch N] [--lr X] [--seed N] [--no-shuffle]",
    "                    [--init CKPT] [--save PATH] [--data-dir DIR] [--log PATH] [--quiet]",
    "    torchrun --nproc_per_node N train.py ...    (DistributedDataParallel: gloo on CPUs, nccl on GPUs)",
    "",
    "The same seed gives nnc's batch order, validation split and initial weights; --save writes a safetensors file",
    "with nnc's parameter names, which nnc eval reads.",
    '"""',
    "import argparse",
    "import copy",
    "import json",
    "import math",
    "import os",
    "import sys",
    "import time",
    "",
    "import numpy as np",
    "import torch",
    "import torch.distributed as dist",
    "import torch.nn.functional as F",
    "from torch.nn.parallel import DistributedDataParallel",
    "",
    `from model import ${m.name} as Model`,
    "from nnc_data import batch_order, initial_weights, load_data, split_validation",
    "from nnc_safetensors import load_file, save_file",
    "",
    `NAME = ${pyString(m.name)}`,
    `DATA = ${pyLiteral(data)}`,
    `# The folder of ${file}, relative to this file: the data's paths are relative to it.`,
    `DATA_BASE = ${pyString(dataBase)}`,
    `INPUT_SHAPE = ${pyLiteral(m.input.shape)}`,
    `CLASSES = ${m.target.kind === "class" ? m.target.classes : "None"}  # None: real-valued targets`,
    `TARGET_SHAPE = ${m.target.kind === "class" ? "None" : pyLiteral(m.target.shape)}`,
    `BATCH = ${t.batch}`,
    `EPOCHS = ${t.epochs}`,
    `SEED = ${t.seed}`,
    `SHUFFLE = ${t.shuffle ? "True" : "False"}`,
    `VALIDATION = ${t.validation === undefined ? "None" : pyNumber(t.validation)}  # the fraction held out`,
    `EARLY_STOP = ${t.earlyStop ? pyLiteral({ patience: t.earlyStop.patience, min_delta: t.earlyStop.minDelta }) : "None"}`,
    `TOP5 = ${t.metrics.includes("top5") ? "True" : "False"}`,
    `PARAMETERS = ${m.parameterCount}  # trainable, as nnc check counts them`,
    "# Each parameter's first values as nnc draws them: (name, shape, rule, bound | std | value).",
    "INIT = [",
    ...init,
    "]",
    "# The penalties (LANGUAGE §7): (weight, l1 | l2, lambda); biases and batchnorm's parameters have none.",
    ...(penalties.length ? ["PENALTIES = [", ...penalties, "]"] : ["PENALTIES = []"]),
  ];
  return [
    head.join("\n"),
    lossPy(m.loss),
    optimizerPy(m.optimizer),
    schedulePy(m.optimizer.lr),
    TRAIN_LOOP,
  ].join("\n\n\n");
}

function lossPy(loss: LossSpec): string {
  const def = "def per_example_loss(scores, y):";
  switch (loss.kind) {
    case "cross_entropy":
      return [
        def,
        '    """L_i = -log softmax(s)_y."""',
        '    return F.cross_entropy(scores, y, reduction="none")',
      ].join("\n");
    case "hinge":
      return [
        def,
        `    """The multiclass SVM loss: L_i = sum over j != y of max(0, s_j - s_y + ${pyNumber(loss.margin)})."""`,
        `    margins = F.relu(scores - scores.gather(1, y[:, None]) + ${pyNumber(loss.margin)})`,
        "    return margins.scatter(1, y[:, None], 0).sum(1)",
      ].join("\n");
    case "mse":
      return [
        def,
        '    """L_i = mean_k (s_k - t_k)^2."""',
        "    return (scores - y).pow(2).flatten(1).mean(1)",
      ].join("\n");
    case "binary_cross_entropy":
      return [
        def,
        '    """On logits, mean over k: log(1 + e^s) - s t."""',
        '    return F.binary_cross_entropy_with_logits(scores, y, reduction="none").flatten(1).mean(1)',
      ].join("\n");
  }
}

function optimizerPy(o: OptimizerSpec): string {
  const def = "def make_optimizer(params, lr):";
  const n = pyNumber;
  switch (o.kind) {
    case "sgd": {
      const extra = o.momentum > 0 ? `, momentum=${n(o.momentum)}${o.nesterov ? ", nesterov=True" : ""}` : "";
      return `${def}\n    return torch.optim.SGD(params, lr=lr${extra})`;
    }
    case "adam":
      return `${def}\n    return torch.optim.Adam(params, lr=lr, betas=(${n(o.beta1)}, ${n(o.beta2)}), eps=${n(o.eps)})`;
    case "adamw":
      return (
        `${def}\n    return torch.optim.AdamW(\n        params, lr=lr, betas=(${n(o.beta1)}, ${n(o.beta2)}), ` +
        `eps=${n(o.eps)}, weight_decay=${n(o.weight_decay)}\n    )`
      );
    case "rmsprop":
      return `${def}\n    return torch.optim.RMSprop(params, lr=lr, alpha=${n(o.alpha)}, eps=${n(o.eps)})`;
  }
}

function schedulePy(lr: LearningRate): string {
  const base = typeof lr === "number" ? lr : lr.lr;
  const head = [
    `BASE_LR = ${pyNumber(base)}`,
    "",
    "",
    "def learning_rate(epoch, epochs, base):",
    '    """The rate during epoch `epoch` (from 0), stepped once per epoch as torch.optim.lr_scheduler steps."""',
  ];
  if (typeof lr === "number") return [...head, "    return base"].join("\n");
  switch (lr.kind) {
    case "step":
      return [...head, `    return base * ${pyNumber(lr.gamma)} ** (epoch // ${lr.every})`].join("\n");
    case "exponential":
      return [...head, `    return base * ${pyNumber(lr.gamma)} ** epoch`].join("\n");
    case "cosine": {
      const t = lr.epochs === undefined ? "epochs" : String(lr.epochs);
      return [
        ...head,
        `    t = ${t}  # CosineAnnealingLR with eta_min = 0`,
        "    return base * (1 + math.cos(math.pi * min(epoch, t) / t)) / 2",
      ].join("\n");
    }
  }
}

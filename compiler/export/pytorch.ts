// A checked model → a small Python package that trains it in PyTorch (issue 12): `model.py` (the nn.Module, whose
// state_dict() keys are nnc's checkpoint keys), `train.py` (the train block as a loop with nnc's semantics, also
// under torchrun with DistributedDataParallel), `nnc_data.py`, `nnc_safetensors.py` and a README. Written from the
// checked model's layers and graph, not from the IR, so the code reads as a person would write it.

import { baseName } from "../file-name.js";
import type { CheckedModel } from "../program.js";
import { DATA_PY } from "./py-data.js";
import { emitModelPy } from "./py-module.js";
import { SAFETENSORS_PY } from "./py-static.js";
import { emitTrainPy } from "./py-train.js";

export interface PyTorchExportOptions {
  /** The `.nn` file's folder relative to the output folder: `train.py` reads the data's paths relative to it. */
  readonly dataBase?: string;
  /** The nnc version named in the files' first lines. */
  readonly version?: string;
}

/** The files of the package, by name; `train.py` and the data module only when the model has a `train` block. */
export function exportPyTorch(m: CheckedModel, options: PyTorchExportOptions = {}): Map<string, string> {
  const version = options.version ?? "";
  const files = new Map<string, string>();
  files.set("model.py", emitModelPy(m, version));
  files.set("nnc_safetensors.py", SAFETENSORS_PY);
  if (m.train) {
    files.set("train.py", emitTrainPy(m, options.dataBase ?? "."));
    files.set("nnc_data.py", DATA_PY);
  }
  files.set("README.md", readme(m));
  return files;
}

function readme(m: CheckedModel): string {
  const file = baseName(m.span.file.name);
  const lines = [
    `# ${m.name} in PyTorch`,
    "",
    `Exported by \`nnc export ${file} --to pytorch\`. \`model.py\` holds the module: its \`state_dict()\` keys are nnc's`,
    "checkpoint keys, so a checkpoint of `nnc train` loads as it is:",
    "",
    "```python",
    `from model import ${m.name}`,
    "from nnc_safetensors import load_file",
    "",
    `model = ${m.name}()`,
    `model.load_state_dict(load_file("${m.name}.safetensors"), strict=True)`,
    "```",
    "",
  ];
  if (!m.train)
    return [...lines, `${file} has no \`train\` block, so there is no training loop.`, ""].join("\n");
  return [
    ...lines,
    `\`train.py\` trains it as the \`train\` block of ${file} says (needs torch and numpy):`,
    "",
    "```sh",
    "python train.py                           # one process: the CPU, or the first GPU",
    "torchrun --nproc_per_node 4 train.py      # DistributedDataParallel: gloo on CPUs, nccl on GPUs",
    "```",
    "",
    "It takes the flags of `nnc train` that apply (`--epochs`, `--steps`, `--batch`, `--lr`, `--seed`, `--no-shuffle`,",
    "`--init`, `--save`, `--data-dir`, `--log`, `--quiet`). The same seed gives nnc's batch order, validation split and",
    "first weights; the weights it saves are a safetensors file that `nnc eval` reads. Under torchrun each process",
    "takes its share of each of nnc's batches; batchnorm's statistics are then each process's own, and dropout's",
    "masks come from PyTorch's generator in any case. (Debian's torch 1.13 under Python 3.11 needs",
    "`torchrun --redirects 2 --tee 2 ...`: its defaults crash there.)",
    "",
  ].join("\n");
}

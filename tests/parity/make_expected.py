#!/usr/bin/python3
"""Writes the PyTorch reference fixtures for nnc's parity tests.

Run from the repository root:  /usr/bin/python3 tests/parity/make_expected.py

For each case below it writes tests/parity/<case>.nn (the model) and tests/parity/<case>.json:

  {"model": "<case>.nn", "batch": 4, "steps": 5,
   "x": [[...], ...],              20 examples, float32 values, fed in order (no shuffle)
   "y": [...],                     20 class ints, or 20 lists of floats for real-valued targets
   "init": {name: [...]},          flat float32 values, PyTorch layout, nnc parameter names
   "losses": [...],                the data loss (mean over the batch) of each step's forward
   "expected": {name: [...]}}      the parameters after the 5 optimizer steps

The objective differentiated is the data loss (LANGUAGE §7) plus the regularizers, written out
explicitly (never as an optimizer's weight_decay). Everything is float32. The fixtures are plain
JSON: the tests that read them do not need torch.
"""

import json
import os
import shutil
import subprocess

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
N_EXAMPLES = 20
BATCH = 4
STEPS = N_EXAMPLES // BATCH  # 5

torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)


# ---------------------------------------------------------------- the cases
# A stage is (layer, args) where args holds the .nn arguments, plus "name" for a named stage and
# "regularize" for a layer's own regularizer. Numbers that appear in the .nn text are strings so
# that the file shows them exactly as written; the model reads them with float().

def lin(units, bias=True, name=None, regularize=None):
    return ("linear", {"units": units, "bias": bias, "name": name, "regularize": regularize})


def act(layer, **args):
    return (layer, args)


CASES = [
    dict(
        case="ce_sgd",
        input=4, target=("class", 3),
        network=[lin(8), act("relu"), lin(3)],
        loss=("cross_entropy", {}),
        regularize=[],
        optimizer=("sgd", {"lr": "0.1"}),
    ),
    dict(
        case="ce_sgd_momentum_l2",
        input=4, target=("class", 3),
        network=[lin(6), act("tanh"), lin(3)],
        loss=("cross_entropy", {}),
        regularize=[("l2", "1e-2")],
        optimizer=("sgd", {"lr": "0.1", "momentum": "0.9"}),
    ),
    dict(
        case="ce_nesterov_l1",
        input=6, target=("class", 3),
        network=[lin(7), act("sigmoid"), lin(3)],
        loss=("cross_entropy", {}),
        regularize=[("l1", "1e-3")],
        optimizer=("sgd", {"lr": "0.05", "momentum": "0.9", "nesterov": "true"}),
    ),
    dict(
        case="hinge_sgd",
        input=4, target=("class", 3),
        network=[lin(8), act("relu"), lin(3)],
        loss=("hinge", {}),
        regularize=[],
        optimizer=("sgd", {"lr": "0.1"}),
    ),
    dict(
        case="hinge_margin_adam",
        input=6, target=("class", 3),
        network=[lin(5), act("leaky_relu", slope="0.1"), lin(3)],
        loss=("hinge", {"margin": "2"}),
        regularize=[],
        optimizer=("adam", {"lr": "0.01"}),
    ),
    dict(
        case="mse_adam",
        input=4, target=("real", 2),
        network=[lin(6), act("elu"), lin(2)],
        loss=("mse", {}),
        regularize=[],
        optimizer=("adam", {"lr": "0.01", "beta1": "0.8", "beta2": "0.99", "eps": "1e-6"}),
    ),
    dict(
        case="bce_adamw",
        input=4, target=("binary", 3),
        network=[lin(6), act("tanh"), lin(3)],
        loss=("binary_cross_entropy", {}),
        regularize=[],
        optimizer=("adamw", {"lr": "0.01", "weight_decay": "0.1"}),
    ),
    dict(
        case="ce_rmsprop_layer_reg",
        input=6, target=("class", 3),
        network=[
            lin(8, name="fc1"),
            act("relu"),
            lin(6, regularize=("l1", "1e-2")),
            act("relu"),
            lin(3),
        ],
        loss=("cross_entropy", {}),
        regularize=[("l2", "1e-3")],
        optimizer=("rmsprop", {"lr": "0.01", "alpha": "0.9"}),
    ),
    dict(
        case="ce_softmax_hidden",
        input=4, target=("class", 3),
        network=[lin(6), act("softmax"), lin(3)],
        loss=("cross_entropy", {}),
        regularize=[],
        optimizer=("sgd", {"lr": "0.5"}),
    ),
    dict(
        case="ce_no_bias",
        input=4, target=("class", 3),
        network=[lin(7, bias=False), act("relu"), lin(3, bias=False)],
        loss=("cross_entropy", {}),
        regularize=[],
        optimizer=("adam", {"lr": "0.01"}),
    ),
]


# ---------------------------------------------------------------- names and the .nn text

def stage_names(network):
    """LANGUAGE §6: a named stage keeps its name; an unnamed one is LAYER + its rank among all
    the stages of that layer (named ones count too), from 1 in source order."""
    counts, names = {}, []
    for layer, args in network:
        counts[layer] = counts.get(layer, 0) + 1
        names.append(args.get("name") or f"{layer}{counts[layer]}")
    return names


def call(name, positional=(), named=()):
    parts = [str(p) for p in positional] + [f"{k}={v}" for k, v in named]
    return f"{name}({', '.join(parts)})" if parts else name


def stage_text(layer, args):
    if layer == "linear":
        named = []
        if not args["bias"]:
            named.append(("bias", "false"))
        if args["regularize"]:
            named.append(("regularize", call(args["regularize"][0], [args["regularize"][1]])))
        text = call("linear", [args["units"]], named)
    else:
        text = call(layer, [], [(k, v) for k, v in args.items()])
    return f"{args['name']}: {text}" if args.get("name") else text


def model_name(case):
    return "".join(p.capitalize() for p in case.split("_"))


def nn_text(c):
    kind, k = c["target"]
    target = f"class({k})" if kind == "class" else f"[{k}]"
    data = 'csv("unused.csv", label="y")'
    loss = call(c["loss"][0], [], list(c["loss"][1].items()))
    opt = call(c["optimizer"][0], [], list(c["optimizer"][1].items()))
    lines = [
        f"# Parity fixture (generated by make_expected.py; the data come from {c['case']}.json).",
        f"model {model_name(c['case'])} {{",
        f"  input  x: [{c['input']}]",
        f"  target y: {target}",
        "",
        "  network {",
        *[f"    {stage_text(layer, args)}" for layer, args in c["network"]],
        "  }",
        "",
        f"  loss       {loss}",
    ]
    if c["regularize"]:
        lines.append("  regularize " + ", ".join(call(r, [lam]) for r, lam in c["regularize"]))
    lines += [
        f"  optimizer  {opt}",
        "",
        f"  train {{ data {data}; batch {BATCH}; shuffle false }}",
        "}",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- the PyTorch model

def param_shapes(c):
    """(name, shape, is_weight, own regularizer) for each parameter, in source order."""
    out, width = [], c["input"]
    for (layer, args), name in zip(c["network"], stage_names(c["network"])):
        if layer == "linear":
            units = args["units"]
            out.append((f"{name}.weight", (units, width), True, args["regularize"]))
            if args["bias"]:
                out.append((f"{name}.bias", (units,), False, None))
            width = units
    return out


def forward(c, params, x):
    h = x
    for (layer, args), name in zip(c["network"], stage_names(c["network"])):
        if layer == "linear":
            h = F.linear(h, params[f"{name}.weight"], params.get(f"{name}.bias"))
        elif layer == "relu":
            h = torch.relu(h)
        elif layer == "tanh":
            h = torch.tanh(h)
        elif layer == "sigmoid":
            h = torch.sigmoid(h)
        elif layer == "softmax":
            h = torch.softmax(h, dim=-1)
        elif layer == "leaky_relu":
            h = F.leaky_relu(h, negative_slope=float(args.get("slope", "0.01")))
        elif layer == "elu":
            h = F.elu(h, alpha=float(args.get("alpha", "1.0")))
        else:
            raise ValueError(layer)
    return h


def data_loss(c, s, y):
    name, args = c["loss"]
    if name == "cross_entropy":
        return F.cross_entropy(s, y)  # mean over the batch of -log softmax(s)_y
    if name == "hinge":
        # L_i = Σ_{j≠y} max(0, s_j − s_y + margin); no division by the class count.
        margin = float(args.get("margin", "1"))
        sy = s.gather(1, y.unsqueeze(1))
        m = torch.clamp(s - sy + margin, min=0)
        m = m * (1 - F.one_hot(y, s.shape[1]).to(s.dtype))  # drop j = y
        return m.sum(dim=1).mean()
    if name == "mse":
        return F.mse_loss(s, y)  # mean over all elements = mean over batch of mean over k
    if name == "binary_cross_entropy":
        return F.binary_cross_entropy_with_logits(s, y)  # on logits, mean over all elements
    raise ValueError(name)


def penalty(c, params):
    total = torch.zeros((), dtype=torch.float32)
    for name, _, is_weight, own in param_shapes(c):
        if not is_weight:
            continue  # biases are not regularized
        for reg, lam in [own] if own else c["regularize"]:
            w = params[name]
            if reg == "l2":
                total = total + float(lam) * (w * w).sum()
            elif reg == "l1":
                total = total + float(lam) * w.abs().sum()
            else:
                raise ValueError(reg)
    return total


def make_optimizer(c, params):
    name, a = c["optimizer"]
    ps = list(params.values())
    lr = float(a["lr"])
    if name == "sgd":
        return torch.optim.SGD(
            ps, lr=lr, momentum=float(a.get("momentum", "0")), nesterov=a.get("nesterov") == "true"
        )
    betas = (float(a.get("beta1", "0.9")), float(a.get("beta2", "0.999")))
    eps = float(a.get("eps", "1e-8"))
    if name == "adam":
        return torch.optim.Adam(ps, lr=lr, betas=betas, eps=eps)
    if name == "adamw":
        return torch.optim.AdamW(
            ps, lr=lr, betas=betas, eps=eps, weight_decay=float(a.get("weight_decay", "0.01"))
        )
    if name == "rmsprop":
        return torch.optim.RMSprop(
            ps, lr=lr, alpha=float(a.get("alpha", "0.99")), eps=float(a.get("eps", "1e-8"))
        )
    raise ValueError(name)


# ---------------------------------------------------------------- data, run, write

def f32list(a):
    """float32 values as the shortest decimals that read back as the same float32."""
    return [float(str(v)) for v in np.asarray(a, dtype=np.float32).reshape(-1)]


def run_case(i, c):
    rng = np.random.RandomState(1000 + i)
    x = rng.uniform(-1.0, 1.0, size=(N_EXAMPLES, c["input"])).astype(np.float32)
    kind, k = c["target"]
    if kind == "class":
        y = rng.randint(0, k, size=N_EXAMPLES)
        y_json = [int(v) for v in y]
        y_t = torch.tensor(y, dtype=torch.int64)
    elif kind == "real":
        y = rng.normal(0.0, 1.0, size=(N_EXAMPLES, k)).astype(np.float32)
        y_json = [f32list(row) for row in y]
        y_t = torch.from_numpy(y)
    else:  # binary: floats in {0, 1}
        y = rng.randint(0, 2, size=(N_EXAMPLES, k)).astype(np.float32)
        y_json = [f32list(row) for row in y]
        y_t = torch.from_numpy(y)

    init = {}
    for name, shape, _, _ in param_shapes(c):
        init[name] = rng.uniform(-0.5, 0.5, size=shape).astype(np.float32)
    params = {n: torch.tensor(v, dtype=torch.float32, requires_grad=True) for n, v in init.items()}
    opt = make_optimizer(c, params)

    x_t = torch.from_numpy(x)
    losses = []
    for step in range(STEPS):
        xb = x_t[step * BATCH : (step + 1) * BATCH]
        yb = y_t[step * BATCH : (step + 1) * BATCH]
        opt.zero_grad()
        dl = data_loss(c, forward(c, params, xb), yb)
        objective = dl + penalty(c, params)
        objective.backward()
        opt.step()
        losses.append(float(str(np.float32(dl.item()))))

    fixture = {
        "model": f"{c['case']}.nn",
        "batch": BATCH,
        "steps": STEPS,
        "x": [f32list(row) for row in x],
        "y": y_json,
        "init": {n: f32list(v) for n, v in init.items()},
        "losses": losses,
        "expected": {n: f32list(p.detach().numpy()) for n, p in params.items()},
    }
    return fixture


def main():
    written = []
    for i, c in enumerate(CASES):
        fixture = run_case(i, c)
        nn_path = os.path.join(HERE, f"{c['case']}.nn")
        json_path = os.path.join(HERE, f"{c['case']}.json")
        with open(nn_path, "w") as f:
            f.write(nn_text(c))
        with open(json_path, "w") as f:
            json.dump(fixture, f)
            f.write("\n")
        written.append(json_path)
        print(f"{c['case']:22s} losses " + " ".join(f"{l:.5f}" for l in fixture["losses"]))
    # The repository's `prettier --check .` covers tests/parity/: format the JSON the same way.
    prettier = os.path.join(ROOT, "node_modules", ".bin", "prettier")
    if os.path.exists(prettier) and shutil.which("node"):
        subprocess.run([prettier, "--log-level", "warn", "--write", *written], cwd=ROOT, check=True)
    else:
        print("note: prettier not found; run `npx prettier --write tests/parity` before committing")
    print(f"torch {torch.__version__}, numpy {np.__version__}: wrote {len(written)} fixtures")


if __name__ == "__main__":
    main()

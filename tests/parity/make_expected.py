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


def layer(name, *pos, **named):
    """A stage with positional arguments as written in .nn (strings), e.g. layer("conv2d", "4", "3", padding="same")."""
    return (name, {"pos": list(pos), **named})


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
    # Convolutional stacks: every optimizer, strides, uneven `same` padding, overlapping pools, batchnorm.
    dict(
        case="conv_pool_sgd",
        input=[1, 6, 6], target=("class", 3),
        network=[layer("conv2d", "3", "3", padding="1"), act("relu"), layer("maxpool", "2"), act("flatten"), lin(3)],
        loss=("cross_entropy", {}),
        regularize=[],
        optimizer=("sgd", {"lr": "0.1"}),
    ),
    dict(
        case="conv_batchnorm_adam",
        input=[2, 7, 7], target=("class", 3),
        network=[
            # No bias before batchnorm: its gradient is zero up to rounding, which Adam would amplify.
            layer("conv2d", "4", "3", stride="2", padding="same", bias="false"),
            layer("batchnorm"),
            act("relu"),
            layer("avgpool", "2"),
            act("flatten"),
            lin(3),
        ],
        loss=("cross_entropy", {}),
        regularize=[],
        optimizer=("adam", {"lr": "0.01"}),
    ),
    dict(
        case="conv_nesterov_l2",
        input=[1, 8, 8], target=("class", 3),
        network=[
            layer("conv2d", "3", "[3, 2]", stride="[1, 2]", bias="false"),
            act("tanh"),
            layer("maxpool", "3", stride="2", padding="1"),
            act("flatten"),
            lin(3),
        ],
        loss=("hinge", {}),
        regularize=[("l2", "1e-2")],
        optimizer=("sgd", {"lr": "0.05", "momentum": "0.9", "nesterov": "true"}),
    ),
    dict(
        case="conv_batchnorm_momentum",
        input=[3, 5, 5], target=("class", 3),
        network=[
            layer("conv2d", "2", "2", padding="valid", bias="false"),
            layer("batchnorm", momentum="0.2"),
            act("sigmoid"),
            act("flatten"),
            lin(6, bias=False),
            layer("batchnorm", eps="1e-3"),
            act("relu"),
            lin(3),
        ],
        loss=("cross_entropy", {}),
        regularize=[],
        optimizer=("sgd", {"lr": "0.1", "momentum": "0.9"}),
    ),
    dict(
        case="conv_two_rmsprop",
        input=[1, 6, 6], target=("class", 3),
        network=[
            layer("conv2d", "2", "3", padding="same"),
            act("relu"),
            layer("conv2d", "3", "3"),
            layer("avgpool", "2", padding="1"),
            act("flatten"),
            lin(3),
        ],
        loss=("cross_entropy", {}),
        regularize=[("l1", "1e-3")],
        optimizer=("rmsprop", {"lr": "0.01"}),
    ),
    dict(
        case="conv_pool_adamw",
        input=[2, 6, 5], target=("real", 2),
        network=[
            layer("conv2d", "3", "2", stride="[2, 1]"),
            act("elu"),
            layer("maxpool", "[2, 3]", stride="1"),
            act("flatten"),
            lin(2),
        ],
        loss=("mse", {}),
        regularize=[],
        optimizer=("adamw", {"lr": "0.01", "weight_decay": "0.1"}),
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
        named = [(k, v) for k, v in args.items() if k not in ("pos", "name")]
        text = call(layer, args.get("pos", []), named)
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
        f"  input  x: {list(c['input']) if isinstance(c['input'], list) else [c['input']]}",
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

def pair(text):
    v = json.loads(text)
    return (v, v) if isinstance(v, int) else tuple(v)


def window(args, size, kernel_key):
    """(kernel, stride, pads [top, bottom, left, right], out [h, w]) as LANGUAGE §6 defines them."""
    k = pair(args["pos"][1] if kernel_key == "kernel" else args["pos"][0])
    st = pair(args.get("stride", "1" if kernel_key == "kernel" else json.dumps(list(k))))
    p = args.get("padding", "0")
    pads, out = [], []
    for i in range(2):
        n = size[i]
        if p == "same":
            o = -(-n // st[i])
            total = max((o - 1) * st[i] + k[i] - n, 0)
            pads += [total // 2, total - total // 2]
        else:
            q = 0 if p == "valid" else pair(p)[i]
            pads += [q, q]
            o = (n + 2 * q - k[i]) // st[i] + 1
        out.append(o)
    return k, st, pads, out


def param_shapes(c):
    """(name, shape, kind, own regularizer) for each parameter and buffer, in source order; kind is weight, bias,
    norm or buffer, and only weights are regularized."""
    out = []
    shape = list(c["input"]) if isinstance(c["input"], list) else [c["input"]]
    for (layer, args), name in zip(c["network"], stage_names(c["network"])):
        if layer == "linear":
            units = args["units"]
            out.append((f"{name}.weight", (units, shape[-1]), "weight", args["regularize"]))
            if args["bias"]:
                out.append((f"{name}.bias", (units,), "bias", None))
            shape = shape[:-1] + [units]
        elif layer == "conv2d":
            k, _, _, o = window(args, shape[1:], "kernel")
            f = int(args["pos"][0])
            out.append((f"{name}.weight", (f, shape[0], k[0], k[1]), "weight", None))
            if args.get("bias") != "false":
                out.append((f"{name}.bias", (f,), "bias", None))
            shape = [f] + o
        elif layer in ("maxpool", "avgpool"):
            shape = shape[:1] + window(args, shape[1:], "size")[3]
        elif layer == "batchnorm":
            ch = (shape[0],)
            out += [(f"{name}.weight", ch, "norm", None), (f"{name}.bias", ch, "norm", None)]
            out += [(f"{name}.running_mean", ch, "buffer", None), (f"{name}.running_var", ch, "buffer", None)]
        elif layer == "flatten":
            shape = [int(np.prod(shape))]
    return out


def forward(c, params, x):
    h = x
    shape = list(c["input"]) if isinstance(c["input"], list) else [c["input"]]
    for (layer, args), name in zip(c["network"], stage_names(c["network"])):
        if layer == "linear":
            h = F.linear(h, params[f"{name}.weight"], params.get(f"{name}.bias"))
        elif layer == "conv2d":
            k, st, pads, _ = window(args, list(h.shape[2:]), "kernel")
            h = F.pad(h, [pads[2], pads[3], pads[0], pads[1]])
            h = F.conv2d(h, params[f"{name}.weight"], params.get(f"{name}.bias"), stride=st)
        elif layer == "maxpool":
            k, st, pads, _ = window(args, list(h.shape[2:]), "size")
            h = F.max_pool2d(h, k, st, padding=(pads[0], pads[2]))
        elif layer == "avgpool":
            k, st, pads, _ = window(args, list(h.shape[2:]), "size")
            h = F.avg_pool2d(h, k, st, padding=(pads[0], pads[2]), count_include_pad=True)
        elif layer == "batchnorm":
            h = F.batch_norm(
                h,
                params[f"{name}.running_mean"],
                params[f"{name}.running_var"],
                params[f"{name}.weight"],
                params[f"{name}.bias"],
                training=True,
                momentum=float(args.get("momentum", "0.1")),
                eps=float(args.get("eps", "1e-5")),
            )
        elif layer == "flatten":
            h = h.reshape(h.shape[0], -1)
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
    for name, _, kind, own in param_shapes(c):
        if kind != "weight":
            continue  # biases and batchnorm's parameters are not regularized
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
    ps = [p for p in params.values() if p.requires_grad]
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
    shape = c["input"] if isinstance(c["input"], list) else [c["input"]]
    x = rng.uniform(-1.0, 1.0, size=(N_EXAMPLES, *shape)).astype(np.float32)
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

    init, trained = {}, {}
    for name, shape, kind, _ in param_shapes(c):
        if kind == "buffer":  # PyTorch's starting running statistics
            init[name] = (np.zeros if name.endswith("mean") else np.ones)(shape, dtype=np.float32)
        else:
            init[name] = rng.uniform(-0.5, 0.5, size=shape).astype(np.float32)
        trained[name] = kind != "buffer"
    params = {n: torch.tensor(v, dtype=torch.float32, requires_grad=trained[n]) for n, v in init.items()}
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
        "x": [f32list(row) for row in x],  # each example flattened, row-major
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

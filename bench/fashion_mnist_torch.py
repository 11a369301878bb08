"""PyTorch's side of the Fashion-MNIST comparison (issue 3): the quickstart's MLP, SGD lr 0.1, batch 64, one epoch.

  fashion_mnist_torch.py [SEED ...]          PyTorch's initialisation and shuffling, one run per seed
  fashion_mnist_torch.py --init F.safetensors  nnc's initial weights (linear1..3), the data in file order

Prints the epoch's mean train loss, test accuracy and test loss. Needs Debian's python3-torch and
dataset-fashion-mnist; run with /usr/bin/python3."""
import gzip, json, struct, sys, time
import numpy as np
import torch
from torch import nn

D = "/usr/share/datasets/fashion-mnist/"


def idx(name, offset):
    with gzip.open(D + name) as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def safetensors(path):
    raw = open(path, "rb").read()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8 : 8 + n])
    out = {}
    for name, h in header.items():
        if name == "__metadata__":
            continue
        b, e = h["data_offsets"]
        out[name] = torch.tensor(np.frombuffer(raw[8 + n + b : 8 + n + e], dtype=np.float32).reshape(h["shape"]).copy())
    return out


xtr = torch.tensor(idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28) / 255.0, dtype=torch.float32)
ytr = torch.tensor(idx("train-labels-idx1-ubyte.gz", 8), dtype=torch.long)
xte = torch.tensor(idx("t10k-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28) / 255.0, dtype=torch.float32)
yte = torch.tensor(idx("t10k-labels-idx1-ubyte.gz", 8), dtype=torch.long)
torch.set_num_threads(1)

args = sys.argv[1:]
init = args[args.index("--init") + 1] if "--init" in args else None
runs = [None] if init else [int(s) for s in args] or [0]

for seed in runs:
    torch.manual_seed(seed or 0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10))
    if init:
        w = safetensors(init)
        with torch.no_grad():
            for i, k in [(1, 1), (3, 2), (5, 3)]:
                model[i].weight.copy_(w[f"linear{k}.weight"])
                model[i].bias.copy_(w[f"linear{k}.bias"])
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.CrossEntropyLoss()
    t0 = time.time()
    order = torch.arange(len(xtr)) if init else torch.randperm(len(xtr))
    total = 0.0
    for i in range(0, len(xtr), 64):
        b = order[i : i + 64]
        loss = loss_fn(model(xtr[b]), ytr[b])
        total += loss.item() * len(b)
        opt.zero_grad()
        loss.backward()
        opt.step()
    secs = time.time() - t0
    with torch.no_grad():
        out = model(xte)
        acc = (out.argmax(1) == yte).float().mean().item()
        test_loss = loss_fn(out, yte).item()
    what = f"init {init}, no shuffle" if init else f"seed {seed}"
    print(f"{what}: train loss {total / len(xtr):.4f}  test accuracy {100 * acc:.2f}%  test loss {test_loss:.4f}  epoch {secs:.1f}s (1 thread)")

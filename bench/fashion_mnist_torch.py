"""PyTorch's side of the Fashion-MNIST comparison (issue 3): the quickstart's MLP, SGD lr 0.1, batch 64, shuffled,
one epoch, PyTorch's default initialisation; prints test accuracy and seconds. Needs Debian's python3-torch and
dataset-fashion-mnist; run with /usr/bin/python3. Usage: fashion_mnist_torch.py [SEED ...]"""
import gzip, sys, time
import numpy as np
import torch
from torch import nn

D = "/usr/share/datasets/fashion-mnist/"

def idx(name, offset):
    with gzip.open(D + name) as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)

xtr = torch.tensor(idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28) / 255.0, dtype=torch.float32)
ytr = torch.tensor(idx("train-labels-idx1-ubyte.gz", 8), dtype=torch.long)
xte = torch.tensor(idx("t10k-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28) / 255.0, dtype=torch.float32)
yte = torch.tensor(idx("t10k-labels-idx1-ubyte.gz", 8), dtype=torch.long)
torch.set_num_threads(1)

for seed in [int(s) for s in sys.argv[1:]] or [0]:
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.CrossEntropyLoss()
    t0 = time.time()
    perm = torch.randperm(len(xtr))
    for i in range(0, len(xtr), 64):
        b = perm[i : i + 64]
        loss = loss_fn(model(xtr[b]), ytr[b])
        opt.zero_grad()
        loss.backward()
        opt.step()
    secs = time.time() - t0
    with torch.no_grad():
        acc = (model(xte).argmax(1) == yte).float().mean().item()
    print(f"seed {seed}: test accuracy {100 * acc:.1f}%  epoch {secs:.1f}s (1 thread)")

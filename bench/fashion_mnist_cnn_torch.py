"""PyTorch's side of the CNN speed comparison (issue 5): examples/fashion_mnist_cnn.nn in PyTorch, batch 64, Adam,
one epoch on Fashion-MNIST on the CPU (`--threads N`, default PyTorch's own choice). Prints seconds per epoch and the
test accuracy.
Needs Debian's python3-torch and dataset-fashion-mnist; run with /usr/bin/python3."""
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

if "--threads" in sys.argv:
    torch.set_num_threads(int(sys.argv[sys.argv.index("--threads") + 1]))
torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(64 * 4 * 4, 10),
)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
order = torch.randperm(len(xtr))
t0 = time.time()
for s in range(0, len(xtr), 64):
    b = order[s : s + 64]
    opt.zero_grad()
    loss_fn(model(xtr[b]), ytr[b]).backward()
    opt.step()
seconds = time.time() - t0
with torch.no_grad():
    acc = (model(xte).argmax(1) == yte).float().mean().item()
print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads: {seconds:.1f} s per epoch, test accuracy {acc * 100:.2f}%")

"""One run of one benchmark workload on PyTorch (bench/main.ts starts it in its own process):
  torch_child.py W1|W2 [--quick] [--device cuda] [--init F.safetensors]
                                                     one epoch, batches of 64 in file order, then the test evaluation,
                                                     from nnc's initial weights when given (same layouts as PyTorch's)
  torch_child.py W3 --shape MxKxN                    torch.matmul GFLOP/s, float32
Prints "RESULT {json}" (bench/protocol.ts's ChildResult). The driver sets OMP_WAIT_POLICY=PASSIVE and puts Debian's
OpenBLAS (pthreads) first on LD_LIBRARY_PATH, and `--threads` to the machine's cores. Needs python3-torch and
python3-numpy; NNC_DATA, when set, is the folder of Fashion-MNIST's files."""
import gzip, json, os, resource, struct, sys, time
import numpy as np
import torch
from torch import nn

D = os.environ.get("NNC_DATA", "/usr/share/datasets/fashion-mnist") + "/"
args = sys.argv[1:]
workload = args[0]
quick = "--quick" in args
device = args[args.index("--device") + 1] if "--device" in args else "cpu"
init = args[args.index("--init") + 1] if "--init" in args else None
torch.set_num_threads(int(args[args.index("--threads") + 1]) if "--threads" in args else 2)


def idx(name, offset):
    with gzip.open(D + name) as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def images(name, count):
    return torch.tensor(idx(name, 16).reshape(-1, 1, 28, 28)[:count] / 255.0, dtype=torch.float32)


def labels(name, count):
    return torch.tensor(idx(name, 8)[:count].astype(np.int64))


def blas():
    # torch 1.13 built against the generic libblas.so.3: whichever library the loader found is the one that runs.
    paths = {line.split()[-1] for line in open("/proc/self/maps") if "libblas" in line or "libopenblas" in line}
    return ", ".join(sorted({os.path.basename(os.path.realpath(p)) for p in paths})) or "no BLAS loaded"


def emit(r):
    r["rssMiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(r), flush=True)


def safetensors(path):
    """The tensors of a safetensors file, in the file's order (nnc writes its parameters in its model's order)."""
    raw = open(path, "rb").read()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8 : 8 + n])
    tensors = sorted(((h["data_offsets"], h["shape"]) for k, h in header.items() if k != "__metadata__"))
    return [torch.tensor(np.frombuffer(raw[8 + n + b : 8 + n + e], dtype=np.float32).reshape(shape).copy())
            for (b, e), shape in tensors]


def model(w):
    # PyTorch's default initialisation: uniform ±1/sqrt(fan_in) for weights and biases, as nnc's.
    if w == "W1":
        return nn.Sequential(
            nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10)
        )
    return nn.Sequential(
        nn.Conv2d(1, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64 * 7 * 7, 10),
    )


def epoch(w):
    ntr, nte = (6000, 1000) if quick else (60000, 10000)
    xtr, ytr = images("train-images-idx3-ubyte.gz", ntr), labels("train-labels-idx1-ubyte.gz", ntr)
    xte, yte = images("t10k-images-idx3-ubyte.gz", nte), labels("t10k-labels-idx1-ubyte.gz", nte)
    xtr, ytr, xte, yte = (t.to(device) for t in (xtr, ytr, xte, yte))
    torch.manual_seed(0)
    net = model(w)
    if init:
        # nnc's parameters come in its model's order, weight then bias per layer, as net.parameters() here.
        with torch.no_grad():
            for p, t in zip(net.parameters(), safetensors(init), strict=True):
                p.copy_(t)
    net = net.to(device)
    opt = torch.optim.SGD(net.parameters(), lr=1e-3) if w == "W1" else torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    t0 = time.perf_counter()
    net.train()
    for s in range(0, ntr, 64):
        opt.zero_grad()
        loss_fn(net(xtr[s : s + 64]), ytr[s : s + 64]).backward()
        opt.step()
    net.eval()
    correct = 0
    with torch.no_grad():
        for s in range(0, nte, 64):
            correct += (net(xte[s : s + 64]).argmax(1) == yte[s : s + 64]).sum().item()
    seconds = time.perf_counter() - t0  # .item() waited for the device
    emit({"seconds": seconds, "samplesPerSecond": ntr / seconds, "accuracy": correct / nte,
          "note": f"torch {torch.__version__}, {'nnc' if init else 'its own'} initial weights, " + (torch.cuda.get_device_name() if device == "cuda" else f"{torch.get_num_threads()} threads, {blas()}")})


def matmul(shape):
    m, k, n = (int(d) for d in shape.split("x"))
    a, b = torch.rand(m, k) - 0.5, torch.rand(k, n) - 0.5
    torch.matmul(a, b)
    times = []
    end = time.perf_counter() + (0.3 if quick else 1.0)
    while time.perf_counter() < end or len(times) < 5:
        t0 = time.perf_counter()
        torch.matmul(a, b)
        times.append(time.perf_counter() - t0)
    seconds = sorted(times)[len(times) // 2]
    emit({"seconds": seconds, "gflops": 2 * m * k * n / seconds / 1e9, "note": f"torch.matmul, {blas()}"})


if workload in ("W1", "W2"):
    epoch(workload)
elif workload == "W3":
    matmul(args[args.index("--shape") + 1])
else:
    sys.exit(f"unknown workload {workload}")

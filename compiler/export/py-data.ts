// `nnc_data.py` of the exported PyTorch package: nnc's data sources (LANGUAGE §9.1) read from the same places with
// the same values (runtime/data/), and nnc's seeded generator (runtime/rng.ts) with its seed derivation
// (runtime/loop.ts), so that a seed gives train.py the batch order, validation split, spiral and first weights
// that it gives `nnc train`. The integer arithmetic is JavaScript's, spelled with 32-bit masks.

export const DATA_PY = String.raw`"""nnc's data sources and seeded randomness, ported exactly: the same seed gives the same batch order,
validation split, spiral points and initial weights as nnc train. Data sets are read, never downloaded: a named
set missing from every folder searched is an error that says where to put it (nnc train downloads it)."""
import csv
import gzip
import io
import math
import os

import numpy as np

M32 = 0xFFFFFFFF


def _imul(a, b):
    return (a * b) & M32


def _rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M32


class Rng:
    """xoshiro128** seeded through splitmix32 (nnc's runtime/rng.ts)."""

    def __init__(self, seed):
        self.s = [0, 0, 0, 0]
        x = seed & M32
        for i in range(4):
            x = (x + 0x9E3779B9) & M32
            z = _imul(x ^ (x >> 16), 0x85EBCA6B)
            z = _imul(z ^ (z >> 13), 0xC2B2AE35)
            self.s[i] = z ^ (z >> 16)

    def next_u32(self):
        s = self.s
        result = _imul(_rotl(_imul(s[1], 5), 7), 9)
        t = (s[1] << 9) & M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = _rotl(s[3], 11)
        return result

    def next(self):
        return self.next_u32() / 4294967296

    def uniform(self, lo, hi):
        return lo + (hi - lo) * self.next()

    def normal(self):
        u = 1 - self.next()
        v = self.next()
        return math.sqrt(-2 * math.log(u)) * math.cos(2 * math.pi * v)

    def permutation(self, n):
        p = list(range(n))
        for i in range(n - 1, 0, -1):
            j = math.floor(self.next() * (i + 1))
            p[i], p[j] = p[j], p[i]
        return p


def derive_seed(seed, k):
    """Stream k of a seed: epoch e's shuffle is stream e + 1, the validation split stream 0x7a11d."""
    x = (seed & M32) ^ _imul(k + 1, 0x9E3779B9)
    x = _imul(x ^ (x >> 16), 0x7FEB352D)
    x = _imul(x ^ (x >> 15), 0x846CA68B)
    return x ^ (x >> 16)


def batch_order(seed, epoch, n, shuffle):
    """The examples of epoch epoch (from 0) in the order nnc takes them."""
    return Rng(derive_seed(seed, epoch + 1)).permutation(n) if shuffle else list(range(n))


def initial_weights(params, seed):
    """nnc's initialise(): each parameter drawn in order from one generator, as its layer declared."""
    rng = Rng(seed)
    out = {}
    for name, shape, rule, value in params:
        n = math.prod(shape)
        if rule == "uniform":
            data = [rng.uniform(-value, value) for _ in range(n)]
        elif rule == "normal":
            data = [value * rng.normal() for _ in range(n)]
        else:
            data = [value] * n
        out[name] = np.array(data, dtype=np.float64).astype(np.float32).reshape(shape)
    return out


def split_validation(x, y, fraction, seed):
    """Holds out the last round(n * fraction) examples of a seeded shuffle (at least one), as nnc does."""
    n = len(x)
    order = np.array(Rng(derive_seed(seed, 0x7A11D)).permutation(n), dtype=np.int64)
    n_val = max(1, math.floor(n * fraction + 0.5))
    keep, held = order[: n - n_val], order[n - n_val :]
    return (x[keep], y[keep]), (x[held], y[held])


def _mulberry32(seed):
    state = [seed & M32]

    def uniform():
        state[0] = (state[0] + 0x6D2B79F5) & M32
        s = state[0]
        t = _imul(s ^ (s >> 15), 1 | s)
        t = ((t + _imul(t ^ (t >> 7), 61 | t)) & M32) ^ t
        return (t ^ (t >> 14)) / 4294967296

    return uniform


def _gaussian(uniform):
    spare = []

    def draw():
        if spare:
            return spare.pop()
        r = math.sqrt(-2 * math.log(1 - uniform()))
        theta = 2 * math.pi * uniform()
        spare.append(r * math.sin(theta))
        return r * math.cos(theta)

    return draw


def spiral(classes, points, noise, seed):
    """The CS231n spiral, point for point nnc's (runtime/data/spiral.ts): a training split only."""
    randn = _gaussian(_mulberry32(seed))
    x = np.zeros((classes * points, 2), dtype=np.float32)
    y = np.zeros(classes * points, dtype=np.int64)
    step = 1 / (points - 1) if points > 1 else 0
    for j in range(classes):
        for i in range(points):
            n = j * points + i
            r = i * step
            t = 4 * j + 4 * i * step + randn() * noise
            x[n] = (r * math.sin(t), r * math.cos(t))
            y[n] = j
    return {"train": (x, y)}


def _read(path):
    with open(path, "rb") as f:
        raw = f.read()
    return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw


_IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path):
    """An IDX file, gzip or not: (values, is_ubyte)."""
    raw = _read(path)
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] not in _IDX_TYPES:
        raise ValueError(f"{path}: not an IDX file")
    rank = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(rank)]
    values = np.frombuffer(raw, dtype=_IDX_TYPES[raw[2]], count=math.prod(dims), offset=4 + 4 * rank)
    return values.reshape(dims), raw[2] == 0x08


def idx_pair(images, labels, classes):
    x, ubyte = read_idx(images)
    x = (x.astype(np.float64) / 255 if ubyte else x.astype(np.float64)).astype(np.float32)
    y, _ = read_idx(labels)
    if len(y) != len(x):
        raise ValueError(f"{labels}: {len(y)} labels, but {images} has {len(x)} images")
    return x, (y.astype(np.int64) if classes else y.astype(np.float32))


def read_cifar(path):
    raw = np.frombuffer(_read(path), dtype=np.uint8).reshape(-1, 3073)
    return (raw[:, 1:].astype(np.float64) / 255).astype(np.float32), raw[:, 0].astype(np.int64)


def read_csv(path, label, classes, features=None):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = [r for r in csv.reader(f) if any(c.strip() for c in r)]
    header = [h.strip() for h in rows[0]]
    if label not in header:
        raise ValueError(f"{path}: no column {label} for the label; the columns are {', '.join(header)}")
    names = features or [h for h in header if h != label]
    at = [header.index(n) for n in names]
    x = np.array([[float(r[i]) for i in at] for r in rows[1:]], dtype=np.float32).reshape(-1, len(names))
    y = np.array([float(r[header.index(label)]) for r in rows[1:]], dtype=np.float64)
    return x, (y.astype(np.int64) if classes else y.astype(np.float32)), names


NAMED_FILES = {
    "idx": ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"],
    "cifar10": ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"],
}


def search_dirs(name, data_dir):
    """Where nnc looks for a named set, in order: --data-dir, $NNC_DATA, ~/.cache/nnc/NAME, /usr/share/datasets."""
    dashed = name.replace("_", "-")
    dirs = []
    for given in (data_dir, os.environ.get("NNC_DATA")):
        if given:
            dirs += [os.path.join(given, name), os.path.join(given, dashed), given]
    dirs += [os.path.join(os.path.expanduser("~"), ".cache", "nnc", name), os.path.join("/usr/share/datasets", dashed)]
    return list(dict.fromkeys(dirs))


def _locate(name, folder):
    found = {}
    for file in NAMED_FILES["cifar10" if name == "cifar10" else "idx"]:
        if name == "cifar10":
            options = [os.path.join(folder, file), os.path.join(folder, "cifar-10-batches-bin", file)]
        else:
            options = [os.path.join(folder, file), os.path.join(folder, file[: -len(".gz")])]
        path = next((p for p in options if os.path.isfile(p)), None)
        if path is None:
            return None
        found[file] = path
    return found


def load_named(name, data_dir):
    dirs = search_dirs(name, data_dir)
    files = next((f for f in (_locate(name, d) for d in dirs) if f), None)
    if files is None:
        raise FileNotFoundError(
            f"data set {name} is in none of {', '.join(dirs)}; run nnc train once to download it, or pass --data-dir"
        )
    if name == "cifar10":
        parts = [read_cifar(files[f"data_batch_{i}.bin"]) for i in range(1, 6)]
        train = (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
        return {"train": train, "test": read_cifar(files["test_batch.bin"])}
    f = NAMED_FILES["idx"]
    return {"train": idx_pair(files[f[0]], files[f[1]], True), "test": idx_pair(files[f[2]], files[f[3]], True)}


def load_data(source, base, classes, seed, data_dir=None):
    """The splits of a train block's data source: {"train": (x, y), "test": (x, y) where it has one}."""
    kind = source["kind"]
    at = lambda p: os.path.join(base, p)
    if kind in ("fashion_mnist", "mnist", "cifar10"):
        return load_named(kind, data_dir)
    if kind == "spiral":
        return spiral(source["classes"], source["points"], source["noise"], seed)
    if kind == "idx":
        out = {"train": idx_pair(at(source["images"]), at(source["labels"]), classes)}
        if source.get("test_images"):
            out["test"] = idx_pair(at(source["test_images"]), at(source["test_labels"]), classes)
        return out
    x, y, names = read_csv(at(source["path"]), source["label"], classes)
    out = {"train": (x, y)}
    if source.get("test"):
        tx, ty, _ = read_csv(at(source["test"]), source["label"], classes, names)
        out["test"] = (tx, ty)
    return out
`;

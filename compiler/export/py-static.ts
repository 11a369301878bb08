// The parts of the exported PyTorch package that are the same for every model: the BatchNorm class that keeps
// `state_dict()` equal to nnc's checkpoint keys, and `nnc_safetensors.py`, a reader and writer of float32
// safetensors files (Debian has no `python3-safetensors`; this needs only torch and numpy).

/** nnc's batchnorm as a module: BatchNorm1d/2d/3d in one, without `num_batches_tracked`. */
export const BATCHNORM_CLASS = String.raw`class BatchNorm(nn.modules.batchnorm._BatchNorm):
    """nnc's batchnorm: each channel (the first dimension after the batch) normalised over the batch and every
    later dimension, as BatchNorm1d on [N, c] and BatchNorm2d on [N, c, h, w]. Its state is weight, bias,
    running_mean and running_var, as in nnc's checkpoints: the momentum is always set, so PyTorch's
    num_batches_tracked would count for nothing, and it is left out to keep strict loading exact both ways."""

    def __init__(self, channels, momentum=0.1, eps=1e-5):
        super().__init__(channels, eps=eps, momentum=momentum)
        self.num_batches_tracked = None

    def _check_input_dim(self, x):
        if x.dim() < 2:
            raise ValueError(f"expected a batch of [channels, ...] examples, got shape {tuple(x.shape)}")

    def _load_from_state_dict(self, state_dict, prefix, *args):
        # _BatchNorm's own version adds a num_batches_tracked key to old state dicts, which strict loading refuses.
        nn.Module._load_from_state_dict(self, state_dict, prefix, *args)`;

export const SAFETENSORS_PY = String.raw`"""Safetensors files of float32 tensors, read and written without the safetensors package: an 8-byte
little-endian header length, a JSON header (each tensor's dtype, shape and data offsets), then the raw
little-endian data. nnc's checkpoints are such files, and nnc reads the ones save_file writes."""
import json
import math
import os
import struct
import tempfile

import numpy as np
import torch


def load_file(path, device="cpu"):
    """The tensors of a safetensors file by name; every length is checked before it is trusted."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 8:
        raise ValueError(f"{path}: not a safetensors file ({len(data)} bytes)")
    (size,) = struct.unpack("<Q", data[:8])
    if 8 + size > len(data):
        raise ValueError(f"{path}: the header says {size} bytes, the file has {len(data) - 8} after the length")
    header = json.loads(data[8 : 8 + size].decode("utf-8"))
    base = 8 + size
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        if entry.get("dtype") != "F32":
            raise ValueError(f"{path}: tensor {name} is {entry.get('dtype')}; only float32 (F32) is read")
        shape = [int(d) for d in entry["shape"]]
        start, end = (int(o) for o in entry["data_offsets"])
        count = math.prod(shape)
        if end - start != 4 * count or start < 0 or base + end > len(data):
            raise ValueError(f"{path}: tensor {name}'s data offsets do not fit its shape or the file")
        values = np.frombuffer(data, dtype="<f4", count=count, offset=base + start).reshape(shape)
        tensors[name] = torch.from_numpy(values.astype(np.float32)).to(device)
    return tensors


def save_file(tensors, path, metadata=None):
    """Writes the tensors as float32, atomically: a temp file beside the target, flushed, renamed over it."""
    header, blobs, offset = {}, [], 0
    for name, tensor in tensors.items():
        values = tensor.detach().to("cpu", torch.float32).contiguous().numpy().astype("<f4")
        blob = values.tobytes()
        header[name] = {"dtype": "F32", "shape": list(values.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned, as the reference writer does
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(struct.pack("<Q", len(text)))
            f.write(text)
            for blob in blobs:
                f.write(blob)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
`;

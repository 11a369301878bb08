"""Runs exported modules on given inputs (tests/export-pytorch-forward.test.ts): for each job, the module of
model.py loads nnc's weights with strict=True, computes the scores in eval mode, and writes them and its own
state_dict() back as safetensors (through the exported nnc_safetensors.py) for nnc to compare and to load."""
import importlib
import json
import sys

import torch

for job in json.load(open(sys.argv[1])):
    sys.path.insert(0, job["dir"])
    for name in ("model", "nnc_safetensors"):
        sys.modules.pop(name, None)
    module = importlib.import_module("model")
    st = importlib.import_module("nnc_safetensors")
    model = getattr(module, job["model"])()
    model.load_state_dict(st.load_file(job["weights"]), strict=True)
    model.eval()
    with torch.no_grad():
        scores = model(st.load_file(job["input"])["x"])
    st.save_file({"scores": scores}, job["scores"])
    st.save_file(model.state_dict(), job["state"])
    sys.path.remove(job["dir"])

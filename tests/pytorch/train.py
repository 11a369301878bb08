"""Runs exported train.py scripts in one process (tests/export-pytorch-train.test.ts), to pay for importing torch
once: each job is a folder and the arguments, run as `python train.py ARGS` would run them."""
import json
import os
import runpy
import sys

for job in json.load(open(sys.argv[1])):
    sys.path.insert(0, job["dir"])
    for name in ("model", "nnc_data", "nnc_safetensors"):
        sys.modules.pop(name, None)
    sys.argv = ["train.py", *job["args"]]
    try:
        runpy.run_path(os.path.join(job["dir"], "train.py"), run_name="__main__")
    except SystemExit as e:
        if e.code not in (None, 0):
            raise
    sys.path.remove(job["dir"])

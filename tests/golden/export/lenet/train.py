"""Trains LeNet as the train block of lenet.nn says, with nnc's semantics, in PyTorch.

    python train.py [--epochs N] [--steps N] [--batch N] [--lr X] [--seed N] [--no-shuffle]
                    [--init CKPT] [--save PATH] [--data-dir DIR] [--log PATH] [--quiet]
    torchrun --nproc_per_node N train.py ...    (DistributedDataParallel: gloo on CPUs, nccl on GPUs)

The same seed gives nnc's batch order, validation split and initial weights; --save writes a safetensors file
with nnc's parameter names, which nnc eval reads.
"""
import argparse
import copy
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel

from model import LeNet as Model
from nnc_data import batch_order, initial_weights, load_data, split_validation
from nnc_safetensors import load_file, save_file

NAME = "LeNet"
DATA = {"kind": "fashion_mnist"}
# The folder of lenet.nn, relative to this file: the data's paths are relative to it.
DATA_BASE = "../../../../examples"
INPUT_SHAPE = [1, 28, 28]
CLASSES = 10  # None: real-valued targets
TARGET_SHAPE = None
BATCH = 64
EPOCHS = 10
SEED = 0
SHUFFLE = True
VALIDATION = None  # the fraction held out
EARLY_STOP = None
TOP5 = False
PARAMETERS = 61706  # trainable, as nnc check counts them
# Each parameter's first values as nnc draws them: (name, shape, rule, bound | std | value).
INIT = [
    ("conv2d1.weight", [6, 1, 5, 5], "uniform", 0.2),
    ("conv2d1.bias", [6], "uniform", 0.2),
    ("conv2d2.weight", [16, 6, 5, 5], "uniform", 0.08164965809277261),
    ("conv2d2.bias", [16], "uniform", 0.08164965809277261),
    ("linear1.weight", [120, 400], "uniform", 0.05),
    ("linear1.bias", [120], "uniform", 0.05),
    ("linear2.weight", [84, 120], "uniform", 0.09128709291752768),
    ("linear2.bias", [84], "uniform", 0.09128709291752768),
    ("linear3.weight", [10, 84], "uniform", 0.1091089451179962),
    ("linear3.bias", [10], "uniform", 0.1091089451179962),
]
# The penalties (LANGUAGE §7): (weight, l1 | l2, lambda); biases and batchnorm's parameters have none.
PENALTIES = []


def per_example_loss(scores, y):
    """L_i = -log softmax(s)_y."""
    return F.cross_entropy(scores, y, reduction="none")


def make_optimizer(params, lr):
    return torch.optim.Adam(params, lr=lr, betas=(0.9, 0.999), eps=1e-8)


BASE_LR = 0.002


def learning_rate(epoch, epochs, base):
    """The rate during epoch `epoch` (from 0), stepped once per epoch as torch.optim.lr_scheduler steps."""
    t = epochs  # CosineAnnealingLR with eta_min = 0
    return base * (1 + math.cos(math.pi * min(epoch, t) / t)) / 2


def penalty(model):
    weights = dict(model.named_parameters())
    total = 0.0
    for name, kind, lam in PENALTIES:
        w = weights[name]
        total = total + lam * (w.pow(2).sum() if kind == "l2" else w.abs().sum())
    return total


def parse_args():
    p = argparse.ArgumentParser(description=f"train {NAME} as nnc train does")
    p.add_argument("--epochs", type=int, default=EPOCHS)
    p.add_argument("--steps", type=int, help="stop after N optimizer steps (also mid-epoch)")
    p.add_argument("--batch", type=int, default=BATCH)
    p.add_argument("--lr", type=float, help="the (starting) learning rate")
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--no-shuffle", action="store_true", help="keep the data set's order")
    p.add_argument("--init", help="start from these weights (a safetensors file of nnc's names)")
    p.add_argument("--save", default=f"./{NAME}.safetensors", help="where the weights go")
    p.add_argument("--data-dir", help="where named data sets are looked for first")
    p.add_argument("--log", help="append one JSON object per line, as nnc train --log")
    p.add_argument("--quiet", action="store_true", help="the final metrics only")
    return p.parse_args()


def tensors(split, device):
    x, y = split
    if x[0].size != math.prod(INPUT_SHAPE):
        sys.exit(f"error: the examples have {x[0].size} values, but the input takes {math.prod(INPUT_SHAPE)}")
    x = torch.from_numpy(np.ascontiguousarray(x)).reshape(-1, *INPUT_SHAPE)
    y = torch.from_numpy(np.ascontiguousarray(y))
    if CLASSES is None:
        y = y.reshape(-1, *TARGET_SHAPE)
    return x.to(device), y.to(device)


@torch.no_grad()
def evaluate(model, split, rank, world):
    """Summed loss, right answers and top-5 hits over this process's share, added up over all processes."""
    x, y = split
    model.eval()
    sums = torch.zeros(4, dtype=torch.float64, device=x.device)
    for rows in torch.arange(rank, len(x), world, device=x.device).split(1024):
        scores = model(x[rows])
        sums += torch.stack(metric_sums(scores, y[rows])).double()
    model.train()
    if world > 1:
        dist.all_reduce(sums)
    loss, correct, top5, count = sums.tolist()
    classes = CLASSES is not None
    return {
        "loss": loss / count,
        "accuracy": correct / count if classes else None,
        "top5": top5 / count if classes and TOP5 else None,
    }


def metric_sums(scores, y):
    loss = per_example_loss(scores, y).sum()
    count = torch.tensor(float(len(scores)), device=scores.device)
    if CLASSES is None:
        return [loss, count * 0, count * 0, count]
    correct = (scores.argmax(1) == y).sum()
    # in the top 5: fewer than 5 classes score higher than the true one
    top5 = ((scores > scores.gather(1, y[:, None])).sum(1) <= 4).sum()
    return [loss, correct.to(loss.dtype), top5.to(loss.dtype), count]


def rounded(x, digits):
    return None if x is None or not math.isfinite(x) else math.floor(x * 10**digits + 0.5) / 10**digits


def split_text(name, s):
    parts = [f"{name} accuracy {100 * s['accuracy']:.1f}%"] if s["accuracy"] is not None else []
    if s["top5"] is not None:
        parts.append(f"{name} top-5 {100 * s['top5']:.1f}%")
    return parts + [f"{name} loss {s['loss']:.4f}"]


def main():
    args = parse_args()
    world = int(os.environ.get("WORLD_SIZE", "1"))
    cuda = torch.cuda.is_available()
    if world > 1:
        dist.init_process_group("nccl" if cuda else "gloo")
    rank = dist.get_rank() if world > 1 else 0
    local = int(os.environ.get("LOCAL_RANK", "0"))
    device = torch.device("cuda", local) if cuda else torch.device("cpu")
    if cuda:
        torch.cuda.set_device(device)
    lead = rank == 0
    say = (lambda line: print(line, flush=True)) if lead and not args.quiet else (lambda line: None)
    shuffle = SHUFFLE and not args.no_shuffle
    torch.manual_seed(args.seed)  # dropout's masks come from PyTorch's generator, not nnc's

    base = os.path.join(os.path.dirname(os.path.abspath(__file__)), DATA_BASE)
    splits = load_data(DATA, base, CLASSES, args.seed, args.data_dir)
    train, val = splits["train"], None
    if VALIDATION is not None:
        train, val = split_validation(*train, VALIDATION, args.seed)
    train = tensors(train, device)
    val = val and tensors(val, device)
    test = tensors(splits["test"], device) if "test" in splits else None

    model = Model().to(device)
    if args.init:
        start = load_file(args.init)
    else:
        start = {k: torch.from_numpy(v) for k, v in initial_weights(INIT, args.seed).items()}
    model.load_state_dict(start, strict=True)
    net = DistributedDataParallel(model, device_ids=[local] if cuda else None) if world > 1 else model
    base_lr = args.lr if args.lr is not None else BASE_LR
    optimizer = make_optimizer(model.parameters(), base_lr)

    def log(event):
        if args.log and lead:
            with open(args.log, "a") as f:
                f.write(json.dumps(event, separators=(",", ":")) + "\n")

    n, batch = len(train[0]), args.batch
    steps_per_epoch = math.ceil(n / batch)
    step, reason, history, t_start = 0, "epochs", [], time.perf_counter()
    best_loss, best_epoch, since_best, best_state = math.inf, 0, 0, None
    stopped_mid = False
    for epoch in range(args.epochs):
        lr = learning_rate(epoch, args.epochs, base_lr)
        for group in optimizer.param_groups:
            group["lr"] = lr
        order = torch.tensor(batch_order(args.seed, epoch, n, shuffle), device=device)
        t0 = time.perf_counter()
        sums = torch.zeros(3, dtype=torch.float64, device=device)  # data loss, right answers, examples
        steps_done = False
        for k in range(steps_per_epoch):
            rows = order[k * batch : (k + 1) * batch]
            mine = rows[rank::world]
            x, y = train[0][mine], train[1][mine]
            scores = net(x)
            losses = per_example_loss(scores, y)
            batch_loss = losses.sum().detach().double()
            if world > 1:
                dist.all_reduce(batch_loss)
            if not math.isfinite(batch_loss.item()):
                reason = "nan"
                say(f"stopped (nan) at step {step + 1}: the loss is not finite; the last good weights are kept")
                break
            objective = losses.sum() / len(rows) * world + penalty(model)
            optimizer.zero_grad(set_to_none=True)
            objective.backward()
            optimizer.step()
            step += 1
            _, correct, _, count = metric_sums(scores.detach(), y)
            sums += torch.stack([losses.sum().detach(), correct, count]).double()
            if args.steps is not None and step >= args.steps:
                reason = "steps"
                stopped_mid = k + 1 < steps_per_epoch
                steps_done = True
                break
        if reason == "nan" or stopped_mid:
            break
        if world > 1:
            dist.all_reduce(sums)
        seconds = time.perf_counter() - t0
        loss_sum, correct, seen = sums.tolist()
        test_m = evaluate(model, test, rank, world) if test else None
        val_m = evaluate(model, val, rank, world) if val else None
        m = {"epoch": epoch + 1, "test": test_m, "val": val_m}
        history.append(m)
        parts = [f"epoch {epoch + 1}/{args.epochs}", f"train loss {loss_sum / seen:.4f}"]
        if test_m is None and CLASSES is not None:
            parts.append(f"train accuracy {100 * correct / seen:.1f}%")
        parts += split_text("test", test_m) if test_m else []
        parts += split_text("val", val_m) if val_m else []
        # as nnc train: each of up to 20 epochs, else about 20 lines and the last
        period = 1 if args.epochs <= 20 else math.ceil(args.epochs / 20)
        if epoch == 0 or (epoch + 1) % period == 0 or epoch + 1 == args.epochs:
            say("  ".join(parts + [f"{seconds:.1f}s"]))
        log({
            "event": "epoch", "epoch": epoch + 1, "steps": steps_per_epoch,
            "train_loss": rounded(loss_sum / seen, 6),
            "train_accuracy": rounded(correct / seen, 6) if CLASSES is not None else None,
            "test_loss": rounded(test_m["loss"], 6) if test_m else None,
            "test_accuracy": rounded(test_m["accuracy"], 6) if test_m else None,
            "test_top5": rounded(test_m["top5"], 6) if test_m else None,
            "val_loss": rounded(val_m["loss"], 6) if val_m else None,
            "val_accuracy": rounded(val_m["accuracy"], 6) if val_m else None,
            "lr": lr, "seconds": rounded(seconds, 3),
            "samples_per_second": round(seen / max(seconds, 1e-9)),
        })
        if EARLY_STOP and val_m:
            if val_m["loss"] < best_loss - EARLY_STOP["min_delta"]:
                best_loss, best_epoch, since_best = val_m["loss"], epoch + 1, 0
                best_state = copy.deepcopy(model.state_dict())
            else:
                since_best += 1
            if since_best >= EARLY_STOP["patience"]:
                reason = "early_stop"
                break
        if steps_done:
            break

    # Early stopping keeps the best epoch's weights, as Keras' restore_best_weights does.
    restored = None
    if reason == "early_stop" and best_state is not None and best_epoch < len(history):
        model.load_state_dict(best_state)
        restored = best_epoch
    at = restored or (len(history) if not stopped_mid and reason != "nan" else 0)
    final = next((h["test"] for h in history if h["epoch"] == at and h["test"]), None)
    if final is None:
        final = evaluate(model, test or train, rank, world)
    how = "done" if reason == "epochs" else f"stopped ({reason.replace('_', ' ')})"
    line = f"{how} after {step} steps"
    if restored:
        line += f"; restored the weights of epoch {restored}, the best (val loss {best_loss:.4f})"
    on = "on the test set" if test else "re-evaluated on the training set (no test split)"
    parts = [f"accuracy {100 * final['accuracy']:.1f}%"] if final["accuracy"] is not None else []
    parts += [f"top-5 {100 * final['top5']:.1f}%"] if final["top5"] is not None else []
    if lead:
        print(line)
        print(f"final weights {on}: " + "  ".join(parts + [f"loss {final['loss']:.4f}"]), flush=True)
        save_file(model.state_dict(), args.save, {"format": "nnc", "model": NAME, "written_by": "train.py"})
        print(f"saved {PARAMETERS:,} parameters to {args.save}", file=sys.stderr)
    log({
        "event": "end", "reason": reason, "parameters": PARAMETERS,
        "backend": f"pytorch-{device.type}" + (f"-ddp{world}" if world > 1 else ""),
        "test_loss": rounded(final["loss"], 6), "test_accuracy": rounded(final["accuracy"], 6),
        "test_top5": rounded(final["top5"], 6), "epochs": len(history), "steps": step,
        "restored_epoch": restored, "seconds": rounded(time.perf_counter() - t_start, 3),
        "weights": args.save if lead else None,
    })
    if world > 1:
        dist.barrier()
        # Everything is written. torch 1.13's gloo process group can deadlock when Python's finalisation destroys
        # the DDP reducer (its destructor joins a worker thread that waits for the GIL the main thread holds), so a
        # distributed run ends here, without finalisation.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1 if reason == "nan" else 0)
    if reason == "nan":
        sys.exit(1)


if __name__ == "__main__":
    main()

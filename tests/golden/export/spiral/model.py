# Spiral, exported by nnc (golden) from spiral.nn.
import torch
import torch.nn.functional as F
from torch import nn


class Spiral(nn.Module):
    """Spiral of spiral.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("Spiral.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 100)
        self.scores = nn.Linear(100, 3)

    def forward(self, point):
        point = self.hidden(point)
        point = F.relu(point)
        point = self.scores(point)
        return point

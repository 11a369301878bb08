# AttentionNet, exported by nnc (golden) from attention.nn.
import torch
import torch.nn.functional as F
from torch import nn


class AttentionNet(nn.Module):
    """AttentionNet of attention.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("AttentionNet.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.conv2d1 = nn.Conv2d(1, 32, 3, padding=1)
        self.conv2d2 = nn.Conv2d(32, 1, 1)
        self.linear1 = nn.Linear(6272, 10)

    def forward(self, x):
        x = self.conv2d1(x)
        x = F.relu(x)
        h = self.conv2d2(x)
        h = torch.sigmoid(h)
        x = x * h
        x = F.max_pool2d(x, 2)
        x = torch.flatten(x, 1)
        x = self.linear1(x)
        return x

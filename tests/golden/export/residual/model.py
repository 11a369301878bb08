# ResNet, exported by nnc (golden) from residual.nn.
import torch
import torch.nn.functional as F
from torch import nn


class Residual(nn.Module):
    """`residual(16)`, a user layer."""

    def __init__(self):
        super().__init__()
        self.conv2d1 = nn.Conv2d(16, 16, 3, padding=1)
        self.conv2d2 = nn.Conv2d(16, 16, 3, padding=1)

    def forward(self, x):
        h = self.conv2d1(x)
        h = F.relu(h)
        h = self.conv2d2(h)
        x = x + h
        x = F.relu(x)
        return x


class ResNet(nn.Module):
    """ResNet of residual.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("ResNet.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.conv2d1 = nn.Conv2d(1, 16, 3, padding=1)
        self.residual1 = Residual()
        self.residual2 = Residual()
        self.linear1 = nn.Linear(784, 10)

    def forward(self, image):
        image = self.conv2d1(image)
        image = F.relu(image)
        image = self.residual1(image)
        image = F.max_pool2d(image, 2)
        image = self.residual2(image)
        image = F.max_pool2d(image, 2)
        image = torch.flatten(image, 1)
        image = self.linear1(image)
        return image

# LeNet, exported by nnc (golden) from lenet.nn.
import torch
import torch.nn.functional as F
from torch import nn


class LeNet(nn.Module):
    """LeNet of lenet.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("LeNet.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.conv2d1 = nn.Conv2d(1, 6, 5, padding=2)
        self.conv2d2 = nn.Conv2d(6, 16, 5)
        self.linear1 = nn.Linear(400, 120)
        self.linear2 = nn.Linear(120, 84)
        self.linear3 = nn.Linear(84, 10)

    def forward(self, image):
        image = self.conv2d1(image)
        image = F.relu(image)
        image = F.max_pool2d(image, 2)
        image = self.conv2d2(image)
        image = F.relu(image)
        image = F.max_pool2d(image, 2)
        image = torch.flatten(image, 1)
        image = self.linear1(image)
        image = F.relu(image)
        image = self.linear2(image)
        image = F.relu(image)
        image = self.linear3(image)
        return image

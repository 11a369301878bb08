# AlexNet, exported by nnc (golden) from alexnet.nn.
import torch
import torch.nn.functional as F
from torch import nn


class AlexNet(nn.Module):
    """AlexNet of alexnet.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("AlexNet.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.conv2d1 = nn.Conv2d(3, 96, 11, stride=4)
        self.conv2d2 = nn.Conv2d(96, 256, 5, padding=2)
        self.conv2d3 = nn.Conv2d(256, 384, 3, padding=1)
        self.conv2d4 = nn.Conv2d(384, 384, 3, padding=1)
        self.conv2d5 = nn.Conv2d(384, 256, 3, padding=1)
        self.linear1 = nn.Linear(9216, 4096)
        self.linear2 = nn.Linear(4096, 4096)
        self.linear3 = nn.Linear(4096, 1000)

    def forward(self, image):
        image = self.conv2d1(image)
        image = F.relu(image)
        image = F.max_pool2d(image, 3, 2)
        image = self.conv2d2(image)
        image = F.relu(image)
        image = F.max_pool2d(image, 3, 2)
        image = self.conv2d3(image)
        image = F.relu(image)
        image = self.conv2d4(image)
        image = F.relu(image)
        image = self.conv2d5(image)
        image = F.relu(image)
        image = F.max_pool2d(image, 3, 2)
        image = torch.flatten(image, 1)
        image = F.dropout(image, 0.5, self.training)
        image = self.linear1(image)
        image = F.relu(image)
        image = F.dropout(image, 0.5, self.training)
        image = self.linear2(image)
        image = F.relu(image)
        image = self.linear3(image)
        return image

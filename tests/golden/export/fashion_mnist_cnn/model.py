# FashionCNN, exported by nnc (golden) from fashion_mnist_cnn.nn.
import torch
import torch.nn.functional as F
from torch import nn


class FashionCNN(nn.Module):
    """FashionCNN of fashion_mnist_cnn.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("FashionCNN.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.conv2d1 = nn.Conv2d(1, 32, 5)
        self.conv2d2 = nn.Conv2d(32, 64, 5)
        self.linear1 = nn.Linear(1024, 10)

    def forward(self, image):
        image = self.conv2d1(image)
        image = F.relu(image)
        image = F.max_pool2d(image, 2)
        image = self.conv2d2(image)
        image = F.relu(image)
        image = F.max_pool2d(image, 2)
        image = torch.flatten(image, 1)
        image = self.linear1(image)
        return image

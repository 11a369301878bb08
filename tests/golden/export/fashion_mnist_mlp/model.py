# FashionMLP, exported by nnc (golden) from fashion_mnist_mlp.nn.
import torch
import torch.nn.functional as F
from torch import nn


class FashionMLP(nn.Module):
    """FashionMLP of fashion_mnist_mlp.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("FashionMLP.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.linear1 = nn.Linear(784, 512)
        self.linear2 = nn.Linear(512, 512)
        self.linear3 = nn.Linear(512, 10)

    def forward(self, image):
        image = torch.flatten(image, 1)
        image = self.linear1(image)
        image = F.relu(image)
        image = self.linear2(image)
        image = F.relu(image)
        image = self.linear3(image)
        return image

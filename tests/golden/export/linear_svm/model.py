# LinearSVM, exported by nnc (golden) from linear_svm.nn.
import torch
import torch.nn.functional as F
from torch import nn


class LinearSVM(nn.Module):
    """LinearSVM of linear_svm.nn. Its state_dict() keys and layouts are nnc's checkpoint keys, so
    `load_state_dict(load_file("LinearSVM.safetensors"))` loads what `nnc train` saved."""

    def __init__(self):
        super().__init__()
        self.scores = nn.Linear(3072, 10)

    def forward(self, image):
        image = torch.flatten(image, 1)
        image = self.scores(image)
        return image

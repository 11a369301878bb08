#!/usr/bin/env bash
# The GPU day of issue 10, on a machine with a hardware WebGPU adapter (the project's device machine: x86-64, one
# NVIDIA H200, root, no network, no Node; a python3 with CUDA PyTorch). Unpacks what bench/device-pack.sh prepared
# (carried as .device), then
#   tests: the op tests (WGSL against the CPU) and the PyTorch parity fixtures on the hardware adapter, both kernel
#          targets, and the CPU parity fixtures;
#   bench: W1 and W2 on nnc webgpu, PyTorch on the CPU and on CUDA (npm run bench's driver, 3 runs each).
# `bench/device.sh [tests|bench|all]` (default all); what a part needs is packed for it (`device-pack.sh PART`): all
# of it together is over the 64 MiB a call carries, so tests and bench go as two calls. Writes JSON and logs to
# $OUT (else ./device-out). About 1–3 minutes a part once the machine has started. NNC_DEVICE_DRY=1 rehearses it on
# a machine without a GPU: the system's Vulkan loader, a software adapter accepted, W1 alone with --quick.
# It replaces node_modules (a link in a git worktree) and dist with the packed ones: restore them after a rehearsal.
set -euo pipefail
cd "$(dirname "$0")/.."
part=${1:-all}
out=${OUT:-device-out}
mkdir -p "$out"
t0=$(date +%s)

# What the machine lacks: Node, node_modules (here a link to another checkout, which does not travel), the data,
# and the Vulkan loader Dawn opens (the NVIDIA driver's ICD is mounted under /usr/local/nvidia).
mkdir -p /tmp/nnc-device/bin
xz -dc .device/node.xz >/tmp/nnc-device/bin/node && chmod +x /tmp/nnc-device/bin/node
export PATH=/tmp/nnc-device/bin:$PATH
rm -rf node_modules && tar -xJf .device/modules.tar.xz
rm -rf dist && tar -xJf .device/dist.tar.xz
dry=${NNC_DEVICE_DRY:-}
if [ -z "$dry" ]; then
  for f in .device/debs/*.deb; do dpkg -x "$f" /; done
  ldconfig
fi
if [ -z "${VK_DRIVER_FILES:-}${VK_ICD_FILENAMES:-}" ] && [ -f /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ]; then
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
fi
[ -d .device/data ] && export NNC_DATA=$PWD/.device/data
export XDG_RUNTIME_DIR=/tmp
node --version
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader || true

# Which adapter Dawn finds; a software one (or none) is a failure here, the point being the hardware kernels.
node --input-type=module -e '
  const { acquireDevice } = await import("./dist/backends/webgpu/device.js");
  const a = await acquireDevice({ env: process.env });
  console.log(`adapter: ${a.description}${a.software ? " (software)" : ""}`);
  process.exit(a.software && !process.env.NNC_DEVICE_DRY ? 1 : 0);
' | tee "$out/adapter.txt"

status=0
if [ "$part" = tests ] || [ "$part" = all ]; then
  timeout 240 node_modules/.bin/vitest run tests/wgsl.test.ts tests/webgpu-train.test.ts tests/parity.test.ts \
    tests/ops.test.ts --reporter=default --reporter=json --outputFile="$out/tests.json" 2>&1 |
    tee "$out/tests.log" || status=1
fi
if [ "$part" = bench ] || [ "$part" = all ]; then
  only=W1,W2
  [ -n "$dry" ] && only=W1
  timeout 300 node dist/bench/main.js --only $only --systems webgpu,PyTorch ${dry:+--quick --webgpu} 2>&1 | tee "$out/bench.log" || status=1
  cp bench/results.json "$out/results.json" || status=1
fi
echo "device.sh $part: exit $status after $(($(date +%s) - t0)) s"
exit $status

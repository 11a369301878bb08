#!/usr/bin/env bash
# Run here (x86-64) before bench/device.sh goes to the device machine, which reaches no network and has no Node:
# `bench/device-pack.sh tests|bench` packs into .device/ (git-ignored) what that part unpacks — this Node binary,
# node_modules (for `bench` without the test runner's, which the 64 MiB a call carries cannot also hold beside the
# data), Fashion-MNIST for `bench`, Debian's Vulkan loader — and builds dist/. The call then carries ".device" and
# "dist": run(command="bash bench/device.sh PART", carry=[".device", "dist"]).
set -euo pipefail
cd "$(dirname "$0")/.."
part=${1:?tests or bench}
rm -rf .device && mkdir -p .device/debs
npm run build >/dev/null
xz -T2 -6 -c "$(readlink -f "$(command -v node)")" >.device/node.xz
# node_modules may be a link (git worktrees share one): follow it.
mods=$(readlink -f node_modules)
skip=(@tensorflow typescript @typescript prettier .cache)
[ "$part" = bench ] && skip+=(vitest @vitest vite rolldown @rolldown lightningcss lightningcss-linux-x64-gnu esbuild @esbuild)
tar -C "$(dirname "$mods")" -cJf .device/modules.tar.xz --transform "s|^$(basename "$mods")|node_modules|" \
  "${skip[@]/#/--exclude=$(basename "$mods")/}" \
  --exclude='*/webgpu/dist/darwin-*' --exclude='*/webgpu/dist/win32-*' --exclude='*/webgpu/dist/linux-arm64' \
  "$(basename "$mods")"
tar -cJf .device/dist.tar.xz --exclude='*.map' --exclude='*.d.ts' dist
if [ "$part" = bench ]; then mkdir -p .device/data && cp /usr/share/datasets/fashion-mnist/*.gz .device/data/; fi
(cd .device/debs && apt-get download libvulkan1 >/dev/null)
du -sh .device

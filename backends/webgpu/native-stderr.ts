// Dawn and the Vulkan loader write warnings straight to file descriptor 2 from native code while an adapter is
// looked for ("Warning: vkCreateInstance failed with VK_ERROR_INCOMPATIBLE_DRIVER" and a line of a C++ stack;
// SwiftShader's Wayland probe: "error: XDG_RUNTIME_DIR is invalid or not set"). Node cannot intercept those, so
// while a probe runs fd 2 points at a temporary file (dup/dup2 through koffi, the FFI the BLAS path already uses),
// then it is put back and what was written comes back as text. Where koffi or libc cannot be loaded, the probe runs
// as it is.

import { closeSync, fstatSync, openSync, readSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { loadKoffi } from "../cpu/blas/koffi.js";

interface Libc {
  dup(fd: number): number;
  dup2(from: number, to: number): number;
  close(fd: number): number;
}

// A cache: libc is bound at most once per process (null when it could not be).
let libc: Libc | null | undefined;

function bindLibc(): Libc | undefined {
  if (libc === undefined) {
    libc = null;
    const koffi = loadKoffi();
    const names = process.platform === "darwin" ? ["libSystem.B.dylib"] : ["libc.so.6", "libc.so"];
    for (const name of koffi && process.platform !== "win32" ? names : []) {
      try {
        const lib = koffi!.load(name);
        libc = {
          dup: lib.func("int dup(int)") as Libc["dup"],
          dup2: lib.func("int dup2(int, int)") as Libc["dup2"],
          close: lib.func("int close(int)") as Libc["close"],
        };
        break;
      } catch {
        // Not this name: try the next.
      }
    }
  }
  return libc ?? undefined;
}

/**
 * Runs `probe` with native writes to fd 2 caught, and hands what was written meanwhile to `caught` (on success and
 * on failure alike). JavaScript's own writes to stderr in that time are caught too: the probe makes none.
 */
export async function withNativeStderrCaught<T>(
  probe: () => Promise<T>,
  caught: (text: string) => void,
): Promise<T> {
  const c = bindLibc();
  let file: number | undefined;
  let saved = -1;
  if (c) {
    const path = join(tmpdir(), `nnc-dawn-${process.pid}-${randomBytes(6).toString("hex")}.log`);
    try {
      file = openSync(path, "wx+", 0o600);
      unlinkSync(path); // the descriptor keeps it readable; nothing is left behind
      saved = c.dup(2);
      if (saved >= 0 && c.dup2(file, 2) < 0) {
        c.close(saved);
        saved = -1;
      }
    } catch {
      saved = -1;
    }
  }
  try {
    return await probe();
  } finally {
    if (saved >= 0) {
      c!.dup2(saved, 2);
      c!.close(saved);
    }
    if (file !== undefined) {
      if (saved >= 0) caught(readAll(file));
      closeSync(file);
    }
  }
}

/** The text written to an open descriptor, from its start. */
function readAll(fd: number): string {
  const size = fstatSync(fd).size;
  const buf = Buffer.alloc(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buf, at, size - at, at);
    if (n <= 0) break;
    at += n;
  }
  return buf.subarray(0, at).toString("utf8");
}

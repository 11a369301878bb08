// Where a BLAS is looked for, and how each kind is bound once loaded: a library path and its kind in, a `Blas`
// (row-major sgemm, dgemm when the library has one, its name and version) out. Loading goes through koffi's FFI;
// the typed arrays are passed as pointers, with no copy.

import { arch, platform } from "node:os";
import type { Koffi, LibraryHandle } from "./koffi.js";

export type BlasKind = "openblas" | "mkl" | "dnnl" | "accelerate";

/** One place a BLAS may be: a file name for the loader's search path, or an absolute path. */
export interface BlasLibrary {
  readonly kind: BlasKind;
  readonly path: string;
}

/** C = op(A)·op(B) over row-major buffers: A is [m, k] ([k, m] stored when ta), B is [k, n] ([n, k] when tb). */
export type Gemm<F> = (ta: boolean, tb: boolean, m: number, n: number, k: number, a: F, b: F, c: F) => void;

export interface Blas {
  /** The library and its version, e.g. "OpenBLAS 0.3.21". */
  readonly name: string;
  /** The threads its GEMM uses, when the library says. */
  readonly threads: number | undefined;
  readonly sgemm: Gemm<Float32Array>;
  /** Absent where the library has no double-precision GEMM (oneDNN): `nnc gradcheck` then keeps JavaScript loops. */
  readonly dgemm: Gemm<Float64Array> | undefined;
}

/**
 * The libraries tried, in order: on macOS Accelerate, which every Mac has. Elsewhere the fastest first: MKL, then
 * oneDNN (its sgemm ran the MLP's training step in 5.2 ms against OpenBLAS's 7.3, the CNN's in 48 against 64, on
 * the development machine; it has no dgemm, so `nnc gradcheck` keeps its loops there), then OpenBLAS (what
 * `.ci/run` and most distributions install).
 */
export function defaultBlasLibraries(): readonly BlasLibrary[] {
  const os = platform();
  if (os === "darwin") {
    return [
      { kind: "accelerate", path: "/System/Library/Frameworks/Accelerate.framework/Accelerate" },
      { kind: "openblas", path: "/opt/homebrew/opt/openblas/lib/libopenblas.dylib" },
      { kind: "openblas", path: "/usr/local/opt/openblas/lib/libopenblas.dylib" },
    ];
  }
  if (os === "win32") {
    return [
      { kind: "mkl", path: "mkl_rt.2.dll" },
      { kind: "dnnl", path: "dnnl.dll" },
      { kind: "openblas", path: "libopenblas.dll" },
    ];
  }
  // Debian's libopenblas0-pthread registers itself as libopenblas.so.0 on the loader path through alternatives;
  // its own folder is the fallback when the alternative points elsewhere.
  const multiarch = arch() === "arm64" ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
  return [
    { kind: "mkl", path: "libmkl_rt.so.2" },
    { kind: "mkl", path: "libmkl_rt.so" },
    { kind: "dnnl", path: "libdnnl.so.3" },
    { kind: "dnnl", path: "libdnnl.so.2" },
    { kind: "openblas", path: "libopenblas.so.0" },
    { kind: "openblas", path: `/usr/lib/${multiarch}/openblas-pthread/libopenblas.so.0` },
    { kind: "openblas", path: "libopenblas.so" },
  ];
}

// CBLAS's enums (cblas.h).
const ROW_MAJOR = 101;
const NO_TRANS = 111;
const TRANS = 112;

/** The leading dimensions of row-major op(A), op(B) and C: a transposed operand is read as stored, no copy. */
function leading(ta: boolean, tb: boolean, m: number, n: number, k: number): [number, number, number] {
  return [Math.max(1, ta ? m : k), Math.max(1, tb ? k : n), Math.max(1, n)];
}

function cblas<F extends Float32Array | Float64Array>(
  lib: LibraryHandle,
  name: string,
  type: string,
): Gemm<F> {
  const f = lib.func(
    `void ${name}(int order, int ta, int tb, int m, int n, int k, ${type} alpha, const ${type} *a, int lda, ` +
      `const ${type} *b, int ldb, ${type} beta, ${type} *c, int ldc)`,
  );
  return (ta, tb, m, n, k, a, b, c) => {
    const [lda, ldb, ldc] = leading(ta, tb, m, n, k);
    f(ROW_MAJOR, ta ? TRANS : NO_TRANS, tb ? TRANS : NO_TRANS, m, n, k, 1, a, lda, b, ldb, 0, c, ldc);
  };
}

function optional<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/** Binds a loaded library of kind `kind`, with its GEMM on `threads` threads where the library lets us say. */
export function bindBlas(koffi: Koffi, lib: LibraryHandle, kind: BlasKind, threads: number): Blas {
  switch (kind) {
    case "openblas": {
      const config = lib.func("const char *openblas_get_config(void)");
      lib.func("void openblas_set_num_threads(int)")(threads);
      const get = lib.func("int openblas_get_num_threads(void)");
      // "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64": the first two words.
      const words = String(config()).split(" ");
      return {
        name: words.slice(0, 2).join(" "),
        threads: Number(get()),
        sgemm: cblas(lib, "cblas_sgemm", "float"),
        dgemm: cblas(lib, "cblas_dgemm", "double"),
      };
    }
    case "mkl": {
      optional(() => lib.func("void MKL_Set_Num_Threads(int)")(threads));
      const version = optional(() => {
        const buf = Buffer.alloc(256);
        lib.func("void MKL_Get_Version_String(uint8_t *buf, int len)")(buf, buf.length);
        return /Version (\S+)/.exec(buf.toString("latin1"))?.[1];
      });
      const max = optional(() => Number(lib.func("int MKL_Get_Max_Threads(void)")()));
      return {
        name: version ? `MKL ${version}` : "MKL",
        threads: max,
        sgemm: cblas(lib, "cblas_sgemm", "float"),
        dgemm: cblas(lib, "cblas_dgemm", "double"),
      };
    }
    case "dnnl":
      return bindDnnl(koffi, lib, threads);
    case "accelerate":
      return {
        name: "Accelerate",
        threads: undefined,
        sgemm: cblas(lib, "cblas_sgemm", "float"),
        dgemm: cblas(lib, "cblas_dgemm", "double"),
      };
  }
}

/** oneDNN's `dnnl_sgemm` is row-major with BLAS's 'N'/'T' characters; it runs on OpenMP's threads. */
function bindDnnl(koffi: Koffi, lib: LibraryHandle, threads: number): Blas {
  const version = koffi.struct({
    major: "int",
    minor: "int",
    patch: "int",
    hash: "const char *",
    cpu_runtime: "uint",
    gpu_runtime: "uint",
  });
  const v = optional(() => {
    const p: unknown = lib.func("const void *dnnl_version(void)")();
    const d = koffi.decode(p, version) as { major: number; minor: number; patch: number };
    return `${d.major}.${d.minor}.${d.patch}`;
  });
  // dlsym through oneDNN's handle also finds its OpenMP runtime's symbols.
  optional(() => lib.func("void omp_set_num_threads(int)")(threads));
  const max = optional(() => Number(lib.func("int omp_get_max_threads(void)")()));
  const f = lib.func(
    "int dnnl_sgemm(char ta, char tb, int64_t m, int64_t n, int64_t k, float alpha, const float *a, int64_t lda, " +
      "const float *b, int64_t ldb, float beta, float *c, int64_t ldc)",
  );
  const [N, T] = [78, 84]; // 'N', 'T'
  return {
    name: v ? `oneDNN ${v}` : "oneDNN",
    threads: max,
    sgemm: (ta, tb, m, n, k, a, b, c) => {
      const [lda, ldb, ldc] = leading(ta, tb, m, n, k);
      const status = Number(f(ta ? T : N, tb ? T : N, m, n, k, 1, a, lda, b, ldb, 0, c, ldc));
      if (status !== 0) throw new Error(`compiler bug: dnnl_sgemm returned status ${status}`);
    },
    dgemm: undefined,
  };
}

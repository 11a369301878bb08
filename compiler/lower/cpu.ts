// IR → CPU plan. Each instruction becomes a kernel call over Float32Array/Int32Array buffers: element-wise ops
// are compiled once (via `new Function`) into typed loops with their expression inlined, so the step runs no
// per-element closure; the others call their op's hand-written loop. Buffers are sized once for the largest
// batch; a smaller last batch uses the front of each buffer.

import type { Buffer } from "../ops/op-def.js";
import { OPS } from "../ops/index.js";
import type { Attrs, Func, IrShape, TensorType } from "../ir/types.js";
import { elementCount } from "../ir/types.js";
import { stridesOf } from "../ops/strided.js";

export interface CpuStep {
  readonly args: readonly number[];
  readonly result: number;
  readonly run: (inputs: readonly Buffer[], output: Buffer, batch: number) => void;
}

export interface CpuPlan {
  readonly func: Func;
  /** Per value id: its type. */
  readonly types: ReadonlyMap<number, TensorType>;
  readonly steps: readonly CpuStep[];
}

export function concrete(shape: IrShape, batch: number): number[] {
  return shape.map((d) => (d === "N" ? batch : d));
}

export function lowerToCpu(f: Func): CpuPlan {
  const types = new Map<number, TensorType>();
  for (const i of f.inputs) types.set(i.value.id, i.value.type);
  const steps: CpuStep[] = f.body.map((ins) => {
    types.set(ins.result.id, ins.result.type);
    const def = OPS[ins.op];
    const argShapes = ins.args.map((a) => a.type.shape);
    const outShape = ins.result.type.shape;
    const k = def.cpu;
    let run: CpuStep["run"];
    if (k.kind === "map") {
      const loop = compileMap(k.expr("v", ins.attrs));
      run = (inputs, output, batch) => loop(inputs[0]!, output, elementCount(outShape, batch));
    } else if (k.kind === "zip") {
      const loop = compileZip(k.expr("u", "v", ins.attrs));
      run = (inputs, output, batch) =>
        zip(loop, inputs[0]!, inputs[1]!, output, argShapes[0]!, argShapes[1]!, outShape, batch);
    } else {
      const custom = k.run;
      const attrs: Attrs = ins.attrs;
      run = (inputs, output, batch) =>
        custom({
          inputs,
          output,
          inputShapes: argShapes.map((s) => concrete(s, batch)),
          outputShape: concrete(outShape, batch),
          attrs,
          batch,
        });
    }
    return { args: ins.args.map((a) => a.id), result: ins.result.id, run };
  });
  return { func: f, types, steps };
}

type MapLoop = (x: Buffer, out: Buffer, n: number) => void;
type ZipLoop = (
  a: Buffer,
  b: Buffer,
  out: Buffer,
  n: number,
  mode: number,
  shape: number[],
  sa: number[],
  sb: number[],
) => void;

// Kernels with the same expression share one compiled loop (and V8's optimised code for it).
const mapCache = new Map<string, MapLoop>();
const zipCache = new Map<string, ZipLoop>();

function compileMap(expr: string): MapLoop {
  let f = mapCache.get(expr);
  if (!f) {
    f = new Function(
      "x",
      "out",
      "n",
      `for (let i = 0; i < n; i++) { const v = x[i]; out[i] = ${expr}; }`,
    ) as MapLoop;
    mapCache.set(expr, f);
  }
  return f;
}

/**
 * mode 0: same shapes (one flat loop); 1: b is a single value; 2: a is a single value; 3: general broadcasting
 * (an odometer over the output with per-operand strides, 0 along broadcast axes).
 */
function compileZip(expr: string): ZipLoop {
  let f = zipCache.get(expr);
  if (!f) {
    f = new Function(
      "a",
      "b",
      "out",
      "n",
      "mode",
      "shape",
      "sa",
      "sb",
      `
      if (mode === 0) { for (let i = 0; i < n; i++) { const u = a[i], v = b[i]; out[i] = ${expr}; } return; }
      if (mode === 1) { const v = b[0]; for (let i = 0; i < n; i++) { const u = a[i]; out[i] = ${expr}; } return; }
      if (mode === 2) { const u = a[0]; for (let i = 0; i < n; i++) { const v = b[i]; out[i] = ${expr}; } return; }
      const rank = shape.length;
      const idx = new Array(rank).fill(0);
      let ia = 0, ib = 0;
      for (let i = 0; i < n; i++) {
        const u = a[ia], v = b[ib];
        out[i] = ${expr};
        for (let d = rank - 1; d >= 0; d--) {
          ia += sa[d]; ib += sb[d];
          if (++idx[d] < shape[d]) break;
          ia -= sa[d] * shape[d]; ib -= sb[d] * shape[d];
          idx[d] = 0;
        }
      }`,
    ) as ZipLoop;
    zipCache.set(expr, f);
  }
  return f;
}

function zip(
  loop: ZipLoop,
  a: Buffer,
  b: Buffer,
  out: Buffer,
  shapeA: IrShape,
  shapeB: IrShape,
  shapeOut: IrShape,
  batch: number,
): void {
  const n = elementCount(shapeOut, batch);
  const na = elementCount(shapeA, batch);
  const nb = elementCount(shapeB, batch);
  if (na === n && nb === n) return loop(a, b, out, n, 0, [], [], []);
  if (nb === 1 && na === n) return loop(a, b, out, n, 1, [], [], []);
  if (na === 1 && nb === n) return loop(a, b, out, n, 2, [], [], []);
  const shape = concrete(shapeOut, batch);
  loop(
    a,
    b,
    out,
    n,
    3,
    shape,
    broadcastStrides(shapeA, shape, batch),
    broadcastStrides(shapeB, shape, batch),
  );
}

function broadcastStrides(operand: IrShape, out: number[], batch: number): number[] {
  const s = concrete(operand, batch);
  const st = stridesOf(s);
  const lead = out.length - s.length;
  return out.map((_, i) => (i < lead || s[i - lead] === 1 ? 0 : st[i - lead]!));
}

// Element-wise fusion: a chain (or tree) of element-wise ops becomes one kernel, when each value inside it has
// one use, is no output, and has the shape of the kernel's result. The backends then evaluate the whole
// expression per element: one pass over memory instead of one per op, and no buffer for the values inside.

import { elementwiseKernel } from "../ops/index.js";
import type { Func, Instr } from "../ir/types.js";
import type { Value } from "../ir/value.js";

/** One kernel: its instructions in order (the last is the root, whose result the kernel writes) and its inputs. */
export interface Kernel {
  readonly instrs: readonly Instr[];
  /** The values the kernel reads: the arguments of its instructions that no instruction of it makes. */
  readonly args: readonly Value[];
  readonly result: Value;
}

/** Both backends evaluate it as an expression per element. */
export function isElementwise(ins: Instr): boolean {
  return elementwiseKernel(ins.op) !== undefined;
}

/**
 * The statements computing one output element of a fused element-wise kernel from its leaves `l0`, `l1`, …, in a
 * backend's language: `language` picks which of an op's expressions, `decl` is how it declares a value.
 */
export function fusedStatements(k: Kernel, language: "cpu" | "wgsl", decl: "const" | "let"): string[] {
  const leaf = new Map(k.args.map((a, j) => [a.id, `l${j}`]));
  const temp = new Map<number, string>();
  return k.instrs.map((ins, n) => {
    const args = ins.args.map((a) => temp.get(a.id) ?? leaf.get(a.id)!);
    const e = elementwiseKernel(ins.op);
    if (!e) throw new Error(`compiler bug: ${ins.op} fused but not element-wise`);
    const expr = e[language](...args);
    if (n === k.instrs.length - 1) return `out[i] = ${expr};`;
    temp.set(ins.result.id, `t${n}`);
    return `${decl} t${n} = ${expr};`;
  });
}

function sameShape(a: Value, b: Value): boolean {
  const x = a.type.shape;
  const y = b.type.shape;
  return x.length === y.length && x.every((d, i) => d === y[i]);
}

/** The kernels of `f`: element-wise chains fused, unless `fuse` is false (each instruction alone, so that a check
 *  of each kernel's result names one instruction: `--check-numerics`). */
export function planKernels(f: Func, fuse = true): Kernel[] {
  if (!fuse)
    return f.body.map((ins) => ({ instrs: [ins], args: [...new Set(ins.args)], result: ins.result }));
  const uses = new Map<number, number>();
  for (const ins of f.body) for (const a of ins.args) uses.set(a.id, (uses.get(a.id) ?? 0) + 1);
  for (const o of f.outputs) uses.set(o.value.id, (uses.get(o.value.id) ?? 0) + 1);
  const outputs = new Set(f.outputs.map((o) => o.value.id));
  const byResult = new Map(f.body.map((ins) => [ins.result.id, ins] as const));
  // Kernels not yet closed, by the id of their root's result.
  const open = new Map<number, { instrs: Instr[]; root: number }>();
  const rootIndex = new Map<number, number>();
  f.body.forEach((ins, n) => {
    const instrs: Instr[] = [];
    if (isElementwise(ins)) {
      for (const a of new Set(ins.args)) {
        const maker = byResult.get(a.id);
        const inner = open.get(a.id);
        if (
          maker &&
          inner &&
          isElementwise(maker) &&
          uses.get(a.id) === 1 &&
          !outputs.has(a.id) &&
          sameShape(a, ins.result)
        ) {
          for (const item of inner.instrs) instrs.push(item);
          open.delete(a.id);
        }
      }
    }
    instrs.push(ins);
    open.set(ins.result.id, { instrs, root: n });
    rootIndex.set(ins.result.id, n);
  });
  return [...open.values()]
    .sort((a, b) => a.root - b.root)
    .map(({ instrs }) => {
      // Members keep body order, so each is defined before its use.
      instrs.sort((a, b) => rootIndex.get(a.result.id)! - rootIndex.get(b.result.id)!);
      const made = new Set(instrs.map((i) => i.result.id));
      const args: Value[] = [];
      for (const i of instrs) for (const a of i.args) if (!made.has(a.id) && !args.includes(a)) args.push(a);
      return { instrs, args, result: instrs.at(-1)!.result };
    });
}

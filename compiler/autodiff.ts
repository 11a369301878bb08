// Reverse-mode autodiff as an IR → IR pass (DESIGN.md, "Autodiff is a compiler pass"). The backward pass is more
// IR, appended to the forward function: walking the instructions in reverse, each op's vjp turns the gradient of
// its output into gradients of its inputs (upstream gradient × local gradient), and gradients reaching one value
// along several paths are added. The driver knows no op by name.

import { Builder } from "./ir/builder.js";
import { eliminateDeadCode } from "./passes/dead-code.js";
import type { Func } from "./ir/types.js";
import type { Value } from "./ir/value.js";
import { instrVjp } from "./ir/instr.js";
import { bug } from "./diagnostics.js";
import { backwardOf } from "./ir/origin.js";

/** A function with its backward pass, and which of its outputs is the gradient of each input asked for. */
export interface Differentiated {
  readonly func: Func;
  /** Input name → the output holding d loss / d input (also the value's name in the body: `d.<input>`). */
  readonly gradients: ReadonlyMap<string, string>;
}

/**
 * Appends to `f` the gradient of its scalar output `loss` with respect to each input in `wrt`, as outputs. An input
 * the loss does not depend on gets a zero gradient.
 */
export function differentiate(f: Func, loss: string, wrt: readonly string[]): Differentiated {
  const lossOut = f.outputs.find((o) => o.name === loss) ?? bug(`no output ${loss}`);
  if (lossOut.value.type.shape.length !== 0) bug(`${loss} is not a scalar`);
  const wrtIds = new Set(
    wrt.map((w) => (f.inputs.find((i) => i.name === w) ?? bug(`no input ${w}`)).value.id),
  );

  // Only values that depend on a wrt input and that the loss depends on carry gradients.
  const dependsOnWrt = new Set(wrtIds);
  for (const ins of f.body) if (ins.args.some((a) => dependsOnWrt.has(a.id))) dependsOnWrt.add(ins.result.id);
  const lossNeeds = new Set([lossOut.value.id]);
  for (let i = f.body.length - 1; i >= 0; i--) {
    const ins = f.body[i]!;
    if (lossNeeds.has(ins.result.id)) for (const a of ins.args) lossNeeds.add(a.id);
  }
  const active = (v: Value) => dependsOnWrt.has(v.id) && lossNeeds.has(v.id);

  const b = Builder.extend(f);
  const grads = new Map<number, Value>();
  const accumulate = (v: Value, g: Value) => {
    const prev = grads.get(v.id);
    grads.set(v.id, prev ? b.add(prev, g) : g);
  };
  grads.set(lossOut.value.id, b.scalar(1));
  for (let i = f.body.length - 1; i >= 0; i--) {
    const ins = f.body[i]!;
    const dy = grads.get(ins.result.id);
    if (!dy || !active(ins.result)) continue;
    // The gradient's instructions come from where the instruction did: "the backward pass of layer `linear2`".
    b.within(backwardOf(f.origins?.get(ins.result.id)), () => {
      const dxs = instrVjp(b, ins, dy);
      ins.args.forEach((a, k) => {
        const dx = dxs[k];
        if (dx && active(a)) accumulate(a, dx);
      });
    });
  }
  const gradients = new Map<string, string>();
  for (const w of wrt) {
    const input = f.inputs.find((i) => i.name === w) ?? bug(`no input ${w}`);
    const g = grads.get(input.value.id) ?? b.broadcast(b.scalar(0), input.value.type.shape);
    const name = `d.${input.name}`;
    b.nameValue(g, name);
    b.output(name, g);
    gradients.set(input.name, name);
  }
  return { func: eliminateDeadCode(b.finish()), gradients };
}

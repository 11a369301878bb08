// Where an instruction came from: the layer, loss, regularizer or optimizer update that built it, and for the
// backward pass the one whose gradient it computes, with the source span of the stage when there is one. The
// builder records it per value (`Func.origins`); `nnc train --check-numerics` names it with the instruction that
// made the first NaN or infinity.

import type { Span } from "../source.js";
import { where } from "../source.js";
import { printInstr } from "./print.js";
import type { Func } from "./types.js";

export interface Origin {
  /** `layer \`linear2\``, `loss \`cross_entropy\``, `sgd's update of \`linear1.weight\``. */
  readonly what: string;
  readonly span?: Span;
  /** The network node (`CheckedModel.nodes`) that built it, for a layer or arithmetic: `nnc graph` groups by it. */
  readonly node?: number;
  /** Whether it computes a gradient (autodiff built it) rather than a value of the forward pass. */
  readonly backward?: boolean;
}

/** The origin of an instruction that computes a gradient for an instruction of origin `o`. */
export function backwardOf(o: Origin | undefined): Origin | undefined {
  if (!o || o.backward) return o;
  return { ...o, what: `the backward pass of ${o.what}`, backward: true };
}

/** `layer \`linear2\` at spiral.nn:9:13 (\`linear(3)\`)`. */
export function describeOrigin(o: Origin): string {
  if (!o.span) return o.what;
  const text = o.span.file.text.slice(o.span.start, o.span.end).replace(/\s+/g, " ").trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  const safe = [...shown].map((c) => (c < " " || c === "\x7f" ? JSON.stringify(c).slice(1, -1) : c)).join("");
  return `${o.what} at ${o.span.file.name}:${where(o.span)}${safe ? ` (\`${safe}\`)` : ""}`;
}

/** A value of `f` as a reader of `nnc compile --emit grad` would find it: its instruction and its origin. */
export function describeValue(f: Func, id: number): string {
  const input = f.inputs.find((i) => i.value.id === id);
  if (input) return `input \`${input.name}\``;
  const ins = f.body.find((i) => i.result.id === id);
  if (!ins) return `value ${id}`;
  const o = f.origins?.get(id);
  return `\`${printInstr(f, ins)}\`${o ? `, in ${describeOrigin(o)}` : ""}`;
}

// What the editor may complete, from the compiler's own tables: the standard layers and their signatures
// (stdlib/), losses, optimizers, schedules, regularizers, data sources and train settings (model-specs.ts),
// initialisers (stdlib/weights.ts) and the keywords of the lexer. Nothing here is a second list to keep in step.

import type { Sig } from "../compiler/frontend/args.js";
import {
  dataKind,
  lossKind,
  optimizerKind,
  regularizerKind,
  scheduleKind,
  SETTINGS,
} from "../compiler/frontend/model-specs.js";
import { STANDARD_LAYERS } from "../stdlib/index.js";
import { INITIALISERS } from "../stdlib/weights.js";
import { KEYWORDS } from "../grammar/tokens.js";

export type Family =
  "layer" | "loss" | "optimizer" | "schedule" | "regularizer" | "data" | "initialiser" | "setting";

export const FAMILIES: Readonly<Record<Family, Readonly<Record<string, Sig>>>> = {
  layer: Object.fromEntries(Object.entries(STANDARD_LAYERS).map(([name, def]) => [name, def.sig])),
  loss: lossKind.family,
  optimizer: optimizerKind.family,
  schedule: scheduleKind.family,
  regularizer: regularizerKind.family,
  data: dataKind.family,
  initialiser: INITIALISERS,
  setting: { ...SETTINGS, metrics: {} },
};

/** The language's keywords, as the lexer has them. */
export const KEYWORD_WORDS: readonly string[] = KEYWORDS.map((k) => (k.PATTERN as RegExp).source);

/** The family whose calls a named argument takes: `init=` an initialiser, `lr=` a schedule. */
export const ARGUMENT_FAMILIES: Readonly<Record<string, Family>> = {
  init: "initialiser",
  lr: "schedule",
  regularize: "regularizer",
};

/** `linear(units, bias=true, init=…)`: a call's signature in words. */
export function signatureText(name: string, sig: Sig): string {
  const args = Object.entries(sig).map(([arg, spec]) => {
    if (spec.required) return arg;
    const d = spec.default;
    const shown = typeof d === "number" || typeof d === "boolean" || typeof d === "string" ? String(d) : "…";
    return `${arg}=${shown}`;
  });
  return args.length ? `${name}(${args.join(", ")})` : name;
}

/** The signature of `name` in whichever family holds it. */
export function findSig(name: string): { family: Family; sig: Sig } | undefined {
  for (const [family, table] of Object.entries(FAMILIES) as [Family, Record<string, Sig>][])
    if (Object.hasOwn(table, name)) return { family, sig: table[name]! };
  return undefined;
}

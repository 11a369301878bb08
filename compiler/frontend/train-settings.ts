// A model's `train` block → its settings (LANGUAGE §9), each given once, bound to its signature (`batch 64` binds
// like `batch(64)`) and in range, with the defaults filled in; `data` is required. The metrics stay undefined when
// not given: their default depends on the target.

import type * as A from "./ast.js";
import { bindArgs, convertArg, unknownName, word, type Bound } from "./args.js";
import { SETTINGS, type Metric, type TrainSpec } from "./model-specs.js";
import { error, hasErrors, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";
import type { Span } from "../source.js";

/** Seeds are 32-bit (the generator's state starts from `seed >>> 0`): a larger one would wrap onto a smaller. */
export const MAX_SEED = 2 ** 32 - 1;

export type TrainSettings = Omit<TrainSpec, "metrics"> & { readonly metrics: readonly Metric[] | undefined };

type SettingName = keyof typeof SETTINGS;

/** What the block gives, setting by setting. */
type Given = { -readonly [K in keyof TrainSettings]?: TrainSettings[K] };

const metric = word(["accuracy", "top5"] as const, "metric");

export function checkTrain(stmt: A.TrainStmt): Checked<TrainSettings | undefined> {
  const diags: Diagnostic[] = [];
  const seen = new Map<string, A.Setting>();
  const given: Given = {};
  const names = [...Object.keys(SETTINGS), "metrics"];
  for (const s of stmt.settings) {
    const name = s.name.name;
    const prev = seen.get(name);
    if (prev) {
      diags.push(
        error("E2013", `\`${name}\` is set twice`, [
          primary(s.span, "again here"),
          secondary(prev.span, "first here"),
        ]),
      );
      continue;
    }
    seen.set(name, s);
    if (name === "metrics") {
      const ms: Metric[] = [];
      for (const a of s.args) {
        const m = convertArg(metric, a.value, "a metric");
        for (const item of m.diagnostics) diags.push(item);
        if (m.value) ms.push(m.value);
      }
      given.metrics = ms;
    } else if (isSetting(name)) diags.push(...applySetting(name, s, given));
    else diags.push(unknownName(s.name, "train setting", names, "E2013"));
  }
  if (!seen.has("data")) {
    diags.push(
      error("E2014", "the `train` block has no `data`", [primary(stmt.span, "needs `data`")]).withHelp(
        "add a line such as `data fashion_mnist` or `data spiral(classes=3)`",
      ),
    );
  }
  const es = seen.get("early_stop");
  if (es && !seen.has("validation")) {
    diags.push(
      error("E2014", "`early_stop` watches the validation loss, and there is no validation set", [
        primary(es.span, "needs `validation`"),
      ]).withHelp("add `validation 0.1` to hold out a tenth of the training set"),
    );
  }
  if (hasErrors(diags) || !given.data) return { value: undefined, diagnostics: diags };
  const settings: TrainSettings = {
    data: given.data,
    batch: given.batch ?? 64,
    epochs: given.epochs ?? 1,
    seed: given.seed ?? 0,
    shuffle: given.shuffle ?? true,
    validation: given.validation,
    earlyStop: given.earlyStop,
    metrics: given.metrics,
  };
  return { value: settings, diagnostics: diags };
}

function isSetting(name: string): name is SettingName {
  return Object.hasOwn(SETTINGS, name);
}

/** Binds setting `name` as written at `s`, records it in `given` and checks its range. */
function applySetting(name: SettingName, s: A.Setting, given: Given): Diagnostic[] {
  switch (name) {
    case "data":
      return bindSetting(name, s, (b) => {
        given.data = b.args.source;
        return [];
      });
    case "batch":
      return bindSetting(name, s, (b) => {
        given.batch = b.args.size;
        return rangeCheck(b.args.size >= 1, b.spans.size, "the batch size must be at least 1", "must be ≥ 1");
      });
    case "epochs":
      return bindSetting(name, s, (b) => {
        given.epochs = b.args.count;
        return rangeCheck(b.args.count >= 1, b.spans.count, "`epochs` must be at least 1", "must be ≥ 1");
      });
    case "seed":
      return bindSetting(name, s, (b) => {
        given.seed = b.args.value;
        if (b.args.value > MAX_SEED)
          return rangeCheck(
            false,
            b.spans.value,
            `the seed must be at most ${MAX_SEED} (2^32 − 1)`,
            "too large",
          );
        return rangeCheck(b.args.value >= 0, b.spans.value, "the seed cannot be negative", "must be ≥ 0");
      });
    case "shuffle":
      return bindSetting(name, s, (b) => {
        given.shuffle = b.args.enabled;
        return [];
      });
    case "validation":
      return bindSetting(name, s, (b) => {
        const f = b.args.fraction;
        given.validation = f;
        return rangeCheck(
          f > 0 && f < 1,
          b.spans.fraction,
          "`validation` is a fraction between 0 and 1",
          "0 < fraction < 1",
        );
      });
    case "early_stop":
      return bindSetting(name, s, (b) => {
        const { patience, min_delta } = b.args;
        given.earlyStop = { patience, minDelta: min_delta };
        // Both point at the setting's first argument, as the other settings' checks do.
        return [
          ...rangeCheck(
            patience >= 1,
            b.spans.patience,
            "`patience` must be at least 1 epoch",
            "must be ≥ 1",
          ),
          ...rangeCheck(min_delta >= 0, b.spans.patience, "`min_delta` cannot be negative", "must be ≥ 0"),
        ];
      });
  }
}

function bindSetting<K extends SettingName>(
  name: K,
  s: A.Setting,
  use: (bound: Bound<(typeof SETTINGS)[K]>) => Diagnostic[],
): Diagnostic[] {
  const call: A.CallValue = { kind: "call", callee: s.name, args: s.args, parens: true, span: s.span };
  const bound = bindArgs(call, SETTINGS[name], `setting \`${name}\``);
  return bound.value ? [...bound.diagnostics, ...use(bound.value)] : bound.diagnostics;
}

function rangeCheck(ok: boolean, at: Span, message: string, label: string): Diagnostic[] {
  return ok ? [] : [error("E3008", message, [primary(at, label)])];
}

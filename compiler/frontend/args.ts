// Arguments: binds a call's positional and named arguments to a signature and converts each value to its type
// (int, float, bool, pairs, `same`/`valid`, nested calls such as `l2(1e-4)` or `step(0.1, every=5)`). Every
// mismatch is an E2xxx diagnostic pointing at the argument; values that came through a user layer's parameter
// keep the span of the call site that supplied them.

import type { Code } from "../diagnostic-codes/index.js";
import type * as A from "./ast.js";
import { error, primary, secondary, type Checked, type Diagnostic, type Label } from "../diagnostics.js";
import { type Span } from "../source.js";
import { suggest } from "./suggest.js";
import { typeMismatch } from "./mismatch.js";

export { argText, valueText } from "./value-text.js";
export { typeMismatch } from "./mismatch.js";

export interface ArgType<T> {
  /** For messages: "an integer", "`same`, `valid`, an integer or a pair". */
  readonly describe: string;
  /**
   * The value converted, or undefined with the diagnostics that say why; undefined with none when `v` is simply not
   * of this type, which the caller reports as a mismatch with `describe` (`typeMismatch`).
   */
  convert(v: A.Value): Checked<T | undefined>;
}

/** What an argument type converts to: `ConvertedBy<typeof lossKind>` is a loss spec. */
export type ConvertedBy<T> = T extends ArgType<infer V> ? V : never;

/** A conversion that succeeded. */
export function accept<T>(value: T): Checked<T> {
  return { value, diagnostics: [] };
}

/** A conversion that failed: for the reasons given, or, with none, because the value is of another type. */
export function reject(...diagnostics: Diagnostic[]): Checked<undefined> {
  return { value: undefined, diagnostics };
}

/** A value of `type` ready for use: what went wrong is always said, a plain mismatch in `what`'s words. */
export function convertArg<T>(type: ArgType<T>, v: A.Value, what: string): Checked<T | undefined> {
  const r = type.convert(v);
  if (r.value !== undefined || r.diagnostics.length) return r;
  return reject(typeMismatch(v, type.describe, what));
}

/** A type whose values convert or are of another kind, with nothing more to say: numbers, lists of them, names. */
export function plainType<T>(describe: string, convert: (v: A.Value) => T | undefined): ArgType<T> {
  return { describe, convert: (v) => ({ value: convert(v), diagnostics: [] }) };
}

export interface ArgSpec<T> {
  readonly type: ArgType<T>;
  readonly required: boolean;
  readonly default?: T;
  /** A hint for a value of the wrong type: what the user most likely meant. */
  readonly hint?: (v: A.Value) => string | undefined;
}

export type Sig = Record<string, ArgSpec<unknown>>;
export type ArgsOf<S extends Sig> = { [K in keyof S]: S[K] extends ArgSpec<infer T> ? T : never };

export function req<T>(type: ArgType<T>): ArgSpec<T> {
  return { type, required: true };
}

export function opt<T>(type: ArgType<T>, def: T): ArgSpec<T> {
  return { type, required: false, default: def };
}

/** An optional argument with no default: absent means "not given". */
export function maybe<T>(type: ArgType<T>): ArgSpec<T | undefined> {
  return { type: type as ArgType<T | undefined>, required: false };
}

export interface Bound<S extends Sig> {
  readonly args: ArgsOf<S>;
  /** Where each argument was given; the call itself for defaults. */
  readonly spans: { [K in keyof S]: Span };
  /** Where an argument whose value came through a user layer's parameter is written in the layer's body. */
  readonly via: { readonly [K in keyof S]?: Span };
}

/** A label at the body's argument whose value was given elsewhere (at a user layer's call), if it was. */
export function viaLabel(arg: A.Arg, key: string, what: string): Label | undefined {
  const v = arg.value.span;
  const a = arg.span;
  if (v.file === a.file && v.start >= a.start && v.end <= a.end) return undefined;
  return secondary(a, `passed on as \`${key}\` of ${what}`);
}

/**
 * Binds `call`'s arguments to `sig`. `what` names the callee for messages ("layer `conv2d`"). The value is
 * undefined when an argument is missing or malformed (the diagnostics say which).
 */
export function bindArgs<S extends Sig>(
  call: A.CallValue,
  sig: S,
  what: string,
): Checked<Bound<S> | undefined> {
  const diags: Diagnostic[] = [];
  const names = Object.keys(sig);
  const given = new Map<string, A.Arg>();
  let ok = true;
  call.args.forEach((arg, i) => {
    let key: string;
    if (arg.name) {
      key = arg.name.name;
      if (!(key in sig)) {
        const d = error("E2002", `${what} has no argument \`${key}\``, [
          primary(arg.name.span, "unknown argument"),
        ]);
        const near = suggest(key, names);
        diags.push(
          near
            ? d.withHelp(`did you mean \`${near}\`?`)
            : d.withHelp(
                names.length
                  ? `its arguments are ${names.map((n) => `\`${n}\``).join(", ")}`
                  : "it takes none",
              ),
        );
        ok = false;
        return;
      }
    } else {
      if (i >= names.length) {
        diags.push(
          error(
            "E2004",
            `${what} takes ${names.length} argument${names.length === 1 ? "" : "s"}, but more were given`,
            [primary(arg.span, "one too many")],
          ).withHelp(
            names.length
              ? `its arguments are ${names.map((n) => `\`${n}\``).join(", ")}`
              : "drop the parentheses' contents",
          ),
        );
        ok = false;
        return;
      }
      key = names[i]!;
    }
    const prev = given.get(key);
    if (prev) {
      diags.push(
        error("E2005", `argument \`${key}\` of ${what} is given twice`, [
          primary(arg.span, "again here"),
          secondary(prev.span, "first here"),
        ]),
      );
      ok = false;
      return;
    }
    given.set(key, arg);
  });

  const args: Record<string, unknown> = {};
  const spans: Record<string, Span> = {};
  const via: Record<string, Span> = {};
  for (const key of names) {
    const spec = sig[key]!;
    const arg = given.get(key);
    spans[key] = arg?.value.span ?? call.span;
    const label = arg && viaLabel(arg, key, what);
    if (label) via[key] = label.span;
    if (!arg) {
      if (spec.required) {
        diags.push(
          error("E2003", `${what} needs the argument \`${key}\``, [
            primary(call.span, `\`${key}\` is missing`),
          ]).withHelp(`give it as \`${call.callee.name}(${signatureHint(sig)})\``),
        );
        ok = false;
      } else args[key] = spec.default;
      continue;
    }
    const converted = spec.type.convert(arg.value);
    let problems = converted.diagnostics;
    if (converted.value === undefined) {
      if (!problems.length) {
        const d = typeMismatch(arg.value, spec.type.describe, `argument \`${key}\``);
        const hint = spec.hint?.(arg.value);
        problems = [hint ? d.withHelp(hint) : d];
      }
      ok = false;
    } else args[key] = converted.value;
    for (const item of label ? problems.map((d) => d.withLabels(label)) : problems) diags.push(item);
  }
  if (!ok) return { value: undefined, diagnostics: diags };
  return {
    value: {
      args: args as ArgsOf<S>,
      spans: spans as { [K in keyof S]: Span },
      via: via as { [K in keyof S]?: Span },
    },
    diagnostics: diags,
  };
}

function signatureHint(sig: Sig): string {
  return Object.entries(sig)
    .map(([k, s]) => (s.required ? k : `${k}=…`))
    .join(", ");
}

// The types ------------------------------------------------------------------------------------------------------

export const int = plainType("an integer", (v) =>
  v.kind === "number" && Number.isSafeInteger(v.value) ? v.value : undefined,
);

export const float = plainType("a number", (v) =>
  v.kind === "number" && Number.isFinite(v.value) ? v.value : undefined,
);

export const bool = plainType("`true` or `false`", (v) => (v.kind === "bool" ? v.value : undefined));

export const str = plainType("a string", (v) => (v.kind === "string" ? v.value : undefined));

/** An integer or `[a, b]`: kernel sizes and strides. */
export const pair = plainType("an integer or a pair `[h, w]`", pairOf);

function pairOf(v: A.Value): readonly [number, number] | undefined {
  if (v.kind === "number" && Number.isInteger(v.value)) return [v.value, v.value];
  if (v.kind === "list" && v.items.length === 2) {
    const [a, b] = v.items;
    if (
      a!.kind === "number" &&
      b!.kind === "number" &&
      Number.isInteger(a!.value) &&
      Number.isInteger(b!.value)
    )
      return [a!.value, b!.value];
  }
  return undefined;
}

export type Padding =
  { readonly kind: "same" } | { readonly kind: "explicit"; readonly hw: readonly [number, number] };

export const padding = plainType(
  "an integer, a pair `[h, w]`, `same` or `valid`",
  (v): Padding | undefined => {
    if (v.kind === "call" && !v.parens) {
      if (v.callee.name === "same") return { kind: "same" };
      if (v.callee.name === "valid") return { kind: "explicit", hw: [0, 0] };
      return undefined;
    }
    const p = pairOf(v);
    return p && { kind: "explicit", hw: p };
  },
);

/** A list of integers: shapes. */
export const intList = plainType(
  "a list of integers such as `[1, 28, 28]`",
  (v): readonly number[] | undefined => {
    if (v.kind !== "list") return undefined;
    const out: number[] = [];
    for (const it of v.items) {
      if (it.kind !== "number" || !Number.isInteger(it.value)) return undefined;
      out.push(it.value);
    }
    return out;
  },
);

/** A bare name from a fixed set: `metrics accuracy`, `padding=same`. */
export function word<W extends string>(words: readonly W[], what: string): ArgType<W> {
  return {
    describe: words.map((w) => `\`${w}\``).join(", "),
    convert(v) {
      if (v.kind !== "call" || v.parens || v.args.length) return reject();
      const known = words.find((w) => w === v.callee.name);
      return known ? accept(known) : reject(unknownName(v.callee, what, words));
    },
  };
}

export function unknownName(
  id: A.Ident,
  what: string,
  known: readonly string[],
  code: Code = "E2015",
): Diagnostic {
  const near = suggest(id.name, known);
  return error(code, `unknown ${what} \`${id.name}\``, [primary(id.span, `not a known ${what}`)]).withHelp(
    near ? `did you mean \`${near}\`?` : `known: ${known.map((k) => `\`${k}\``).join(", ")}`,
  );
}

/**
 * A call from a family with their own signatures: `l2(1e-4)`, `normal(0.01)`, `step(0.1, every=5)`. The result
 * is `{ kind, ...args }`.
 */
export type Variant<K extends string, S extends Sig> = { readonly kind: K } & ArgsOf<S>;

export function callOf<F extends Record<string, Sig>>(
  family: F,
  what: string,
): ArgType<{ [K in keyof F & string]: Variant<K, F[K]> }[keyof F & string]> & { readonly family: F } {
  const kinds = Object.keys(family);
  return {
    family,
    describe: `a ${what} (${kinds.map((k) => `\`${k}\``).join(", ")})`,
    convert(v) {
      if (v.kind !== "call") return reject();
      const sig = family[v.callee.name];
      if (!sig) return reject(unknownName(v.callee, what, kinds));
      const bound = bindArgs(v, sig, `${what} \`${v.callee.name}\``);
      if (!bound.value) return reject(...bound.diagnostics);
      const result = { kind: v.callee.name, ...bound.value.args };
      variantSpans.set(result, bound.value.spans);
      return { value: result as never, diagnostics: bound.diagnostics };
    },
  };
}

// Where each argument of a converted call was written, for range checks made after conversion.
const variantSpans = new WeakMap<object, Record<string, Span>>();

/** The span of argument `key` of a value made by `callOf` (the call's own span for a defaulted argument). */
export function argSpan(variant: object, key: string): Span | undefined {
  return variantSpans.get(variant)?.[key];
}

/** The first type that accepts the value. */
export function either<T, U>(a: ArgType<T>, b: ArgType<U>): ArgType<T | U> {
  return {
    describe: `${a.describe} or ${b.describe}`,
    convert(v) {
      // What `a` says about a value it refuses is beside the point when `b` may take it.
      const x = a.convert(v);
      return x.value !== undefined ? x : b.convert(v);
    },
  };
}

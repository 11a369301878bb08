// A user layer's use: its parameters bound to the call's arguments (or their defaults), and the names of its
// parameters in its body replaced by those values (arithmetic over them is folded after, in expand.ts).

import type * as A from "./ast.js";
import { accept, bindArgs, type ArgSpec, type ArgType } from "./args.js";
import type { Checked } from "../diagnostics.js";

/** User-layer arguments keep their AST value: their type is checked where the body uses them. */
const anyValue: ArgType<A.Value> = { describe: "a value", convert: accept };

/** A user layer's parameters bound to the call's arguments: positional, named, or the declared defaults. */
export function bindUserArgs(
  decl: A.LayerDecl,
  call: A.CallValue,
): Checked<Map<string, A.Value> | undefined> {
  const sig: Record<string, ArgSpec<A.Value>> = Object.fromEntries(
    decl.params.map((p) => [
      p.name.name,
      p.default
        ? { type: anyValue, required: false, default: p.default }
        : { type: anyValue, required: true },
    ]),
  );
  const bound = bindArgs(call, sig, `layer \`${decl.name.name}\``);
  return { value: bound.value && new Map(Object.entries(bound.value.args)), diagnostics: bound.diagnostics };
}

/** Replaces bare names that are user-layer parameters by the values the call site gave. */
export function substitute(v: A.Value, env: ReadonlyMap<string, A.Value>): A.Value {
  if (env.size === 0) return v;
  switch (v.kind) {
    case "call": {
      if (!v.parens && v.args.length === 0) {
        const bound = env.get(v.callee.name);
        if (bound) return bound;
      }
      return { ...v, args: v.args.map((a) => ({ ...a, value: substitute(a.value, env) })) };
    }
    case "list":
      return { ...v, items: v.items.map((i) => substitute(i, env)) };
    case "binary":
      return { ...v, lhs: substitute(v.lhs, env), rhs: substitute(v.rhs, env) };
    case "neg":
      return { ...v, operand: substitute(v.operand, env) };
    default:
      return v;
  }
}

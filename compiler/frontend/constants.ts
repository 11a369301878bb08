// Constants and arithmetic (LANGUAGE §4a): a file's AST → the same AST with every constant's name replaced by its
// value and every arithmetic value folded to a number, so that the phases after it see the literals they always
// saw. `--set NAME=VALUE` replaces a constant's definition first. Inside a user layer, its parameters hide the
// file's constants and stay as names: the arithmetic over them is folded at each use (expand.ts, `foldValue`).

import type * as A from "./ast.js";
import { valueText } from "./value-text.js";
import { suggest } from "./suggest.js";
import { error, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";
import type { Span } from "../source.js";
import { isStandardLayer } from "../../stdlib/index.js";

/** A value that replaces a constant's definition: `--set width=64` (or the API's `set: { width: 64 }`). */
export type Override = number | string | boolean;

/** A constant in scope: its definition and its value, folded. */
interface Constant {
  readonly decl: A.ConstDecl;
  readonly value: A.Value;
}

/** The names a value is folded against. */
export interface Scope {
  /** Constants by name, innermost scope last: a model's hide the file's. */
  readonly constants: readonly ReadonlyMap<string, Constant>[];
  /** A user layer's parameters: left as names, folded at each use. */
  readonly params: ReadonlySet<string>;
}

/** `file` with its constants substituted and its arithmetic folded; `overrides` replace constants first. */
export function foldFile(
  file: A.FileAst,
  overrides: ReadonlyMap<string, Override> = new Map(),
): Checked<A.FileAst> {
  const diags: Diagnostic[] = [];
  const take = <T>(r: Checked<T>): T => {
    for (const item of r.diagnostics) diags.push(item);
    return r.value;
  };
  const fileConsts = take(defineAll(file.consts, [], overrides));
  const top: Scope = { constants: [fileConsts], params: new Set() };
  const layers = file.layers.map((l) => take(foldLayer(l, top)));
  const models = file.models.map((m) => {
    const own = take(
      defineAll(
        m.statements.filter((s): s is A.ConstDecl => s.kind === "const"),
        [fileConsts],
        overrides,
      ),
    );
    const scope: Scope = { constants: [fileConsts, own], params: new Set() };
    const statements = m.statements.map((s) => take(foldStmt(s, scope)));
    return { ...m, statements };
  });
  const known = new Set([
    ...file.consts.map((c) => c.name.name),
    ...file.models.flatMap((m) => m.statements.flatMap((s) => (s.kind === "const" ? [s.name.name] : []))),
  ]);
  for (const [name, value] of overrides) {
    if (known.has(name)) continue;
    const near = suggest(name, [...known]);
    diags.push(
      error("E2020", `\`--set ${name}=${String(value)}\` names no constant`, []).withHelp(
        near
          ? `did you mean \`${near}\`?`
          : known.size
            ? `the constants are ${[...known].map((k) => `\`${k}\``).join(", ")}`
            : "the file declares no constant: `const NAME = VALUE`",
      ),
    );
  }
  return { value: { ...file, layers, models }, diagnostics: diags };
}

/** Each definition folded in order, against the ones above it and the enclosing scopes. */
function defineAll(
  decls: readonly A.ConstDecl[],
  outer: readonly ReadonlyMap<string, Constant>[],
  overrides: ReadonlyMap<string, Override>,
): Checked<Map<string, Constant>> {
  const diags: Diagnostic[] = [];
  const own = new Map<string, Constant>();
  for (const decl of decls) {
    const name = decl.name.name;
    const prev = own.get(name);
    if (prev) {
      diags.push(
        error("E2009", `constant \`${name}\` is defined twice`, [
          primary(decl.name.span, "defined again here"),
          secondary(prev.decl.name.span, "first defined here"),
        ]).withHelp("give each constant its own name"),
      );
      continue;
    }
    if (isStandardLayer(name)) {
      diags.push(
        error("E2009", `\`${name}\` is a standard layer and cannot name a constant`, [
          primary(decl.name.span, "a standard layer's name"),
        ]).withHelp("give the constant another name"),
      );
      continue;
    }
    const set = overrides.get(name);
    const written = set === undefined ? decl.value : overrideValue(set, decl.value.span);
    const folded = foldValue(written, { constants: [...outer, own], params: new Set() });
    for (const item of folded.diagnostics) diags.push(item);
    own.set(name, { decl: set === undefined ? decl : { ...decl, value: written }, value: folded.value });
  }
  return { value: own, diagnostics: diags };
}

/** A `--set` value as a literal where the definition it replaces was written. */
function overrideValue(v: Override, at: Span): A.Value {
  if (typeof v === "number") return { kind: "number", value: v, text: String(v), span: at };
  if (typeof v === "boolean") return { kind: "bool", value: v, span: at };
  return { kind: "string", value: v, span: at };
}

function foldLayer(l: A.LayerDecl, top: Scope): Checked<A.LayerDecl> {
  const diags: Diagnostic[] = [];
  const params = l.params.map((p) => {
    if (!p.default) return p;
    const d = foldValue(p.default, top);
    for (const item of d.diagnostics) diags.push(item);
    return { ...p, default: d.value };
  });
  const scope: Scope = { constants: top.constants, params: new Set(l.params.map((p) => p.name.name)) };
  const body = foldBody(l.body, scope);
  return { value: { ...l, params, body: body.value }, diagnostics: [...diags, ...body.diagnostics] };
}

function foldStmt(s: A.ModelStmt, scope: Scope): Checked<A.ModelStmt> {
  const one = (v: A.Value, wrap: (v: A.Value) => A.ModelStmt): Checked<A.ModelStmt> => {
    const r = foldValue(v, scope);
    return { value: wrap(r.value), diagnostics: r.diagnostics };
  };
  switch (s.kind) {
    case "const":
      return { value: s, diagnostics: [] }; // folded with its scope, by `defineAll`
    case "input":
      return one(s.shape, (shape) => ({ ...s, shape }));
    case "target":
      return one(s.type, (type) => ({ ...s, type }));
    case "loss":
      return one(s.loss, (loss) => ({ ...s, loss }));
    case "optimizer":
      return one(s.optimizer, (optimizer) => ({ ...s, optimizer }));
    case "regularize": {
      const terms = s.terms.map((t) => foldValue(t, scope));
      return {
        value: { ...s, terms: terms.map((t) => t.value) },
        diagnostics: terms.flatMap((t) => t.diagnostics),
      };
    }
    case "network": {
      const body = foldBody(s.body, scope);
      return { value: { ...s, body: body.value }, diagnostics: body.diagnostics };
    }
    case "train": {
      const diags: Diagnostic[] = [];
      const settings = s.settings.map((set) => ({ ...set, args: foldArgs(set.args, scope, diags) }));
      return { value: { ...s, settings }, diagnostics: diags };
    }
  }
}

function foldArgs(args: readonly A.Arg[], scope: Scope, diags: Diagnostic[]): A.Arg[] {
  return args.map((a) => {
    const r = foldValue(a.value, scope);
    for (const item of r.diagnostics) diags.push(item);
    return { ...a, value: r.value };
  });
}

function foldCall(call: A.CallValue, scope: Scope, diags: Diagnostic[]): A.CallValue {
  return call.args.length ? { ...call, args: foldArgs(call.args, scope, diags) } : call;
}

function foldBody(body: A.Body, scope: Scope): Checked<A.Body> {
  const diags: Diagnostic[] = [];
  if (body.kind === "sequential") {
    const stages = body.stages.map((s) => ({ ...s, layer: foldCall(s.layer, scope, diags) }));
    return { value: { ...body, stages }, diagnostics: diags };
  }
  const expr = (e: A.Expr): A.Expr => {
    switch (e.kind) {
      case "ref":
      case "num":
        return e;
      case "neg":
        return { ...e, operand: expr(e.operand) };
      case "binary":
        return { ...e, lhs: expr(e.lhs), rhs: expr(e.rhs) };
      case "apply":
        return { ...e, input: expr(e.input), layer: foldCall(e.layer, scope, diags) };
      case "call":
        return { ...e, args: e.args.map(expr) };
    }
  };
  const bindings = body.bindings.map((b) => ({ ...b, expr: expr(b.expr) }));
  return { value: { ...body, bindings, result: expr(body.result) }, diagnostics: diags };
}

// Folding one value --------------------------------------------------------------------------------------------

/**
 * `v` with constants substituted and arithmetic computed. A name that is neither a constant nor a parameter stays a
 * name (`same`, `relu`, `fashion_mnist`); inside arithmetic it is E2019. Arithmetic over a user layer's parameters
 * stays arithmetic, folded once the parameters are bound.
 */
export function foldValue(v: A.Value, scope: Scope): Checked<A.Value> {
  const diags: Diagnostic[] = [];
  const value = fold(v, scope, diags, false);
  return { value, diagnostics: diags };
}

function fold(v: A.Value, scope: Scope, diags: Diagnostic[], inArithmetic: boolean): A.Value {
  switch (v.kind) {
    case "number":
    case "string":
    case "bool":
      return v;
    case "list":
      return { ...v, items: v.items.map((i) => fold(i, scope, diags, false)) };
    case "call": {
      if (v.parens || v.args.length) return foldCall(v, scope, diags);
      return lookup(v, scope, diags, inArithmetic);
    }
    case "neg": {
      const x = fold(v.operand, scope, diags, true);
      if (x.kind === "number") return computed(-x.value, { ...v, operand: x }, v.span);
      if (isPending(x, scope)) return { ...v, operand: x };
      if (x.kind !== "call") diags.push(notArithmetic(x, "`-`"));
      return { ...v, operand: x };
    }
    case "binary": {
      const lhs = fold(v.lhs, scope, diags, true);
      const rhs = fold(v.rhs, scope, diags, true);
      const shown = { ...v, lhs, rhs };
      if (lhs.kind === "number" && rhs.kind === "number") {
        const r = arithmetic(v, lhs.value, rhs.value);
        if (typeof r === "number") return computed(r, shown, v.span);
        diags.push(r);
        return shown;
      }
      if (v.op === "+" && lhs.kind === "string" && rhs.kind === "string")
        return { kind: "string", value: lhs.value + rhs.value, span: v.span };
      if (isPending(lhs, scope) || isPending(rhs, scope)) return shown;
      for (const side of [lhs, rhs])
        if (side.kind !== "number" && side.kind !== "call") diags.push(notArithmetic(side, `\`${v.op}\``));
      return shown;
    }
  }
}

/** A user layer's parameter, or arithmetic over one: folded when the layer is used. */
function isPending(v: A.Value, scope: Scope): boolean {
  if (v.kind === "call") return !v.parens && !v.args.length && scope.params.has(v.callee.name);
  return v.kind === "binary" || v.kind === "neg";
}

function computed(value: number, from: A.Value, at: Span): A.NumberValue {
  return { kind: "number", value, text: String(value), from, span: at };
}

/** `a op b`, or why it has no value (E3010). Integer division and remainder round toward -∞, as Python's. */
function arithmetic(v: A.BinaryValue, a: number, b: number): number | Diagnostic {
  if (b === 0 && (v.op === "/" || v.op === "//" || v.op === "%"))
    return error("E3010", `\`${sourceText(v)}\` divides by zero`, [
      primary(v.rhs.span, "this is 0"),
      secondary(v.opSpan, ""),
    ]);
  const r =
    v.op === "+"
      ? a + b
      : v.op === "-"
        ? a - b
        : v.op === "*"
          ? a * b
          : v.op === "/"
            ? a / b
            : v.op === "//"
              ? Math.floor(a / b)
              : v.op === "%"
                ? a - b * Math.floor(a / b)
                : a ** b;
  if (Number.isFinite(r)) return r;
  return error("E3010", `\`${sourceText(v)}\` has no finite value`, [
    primary(v.span, `${fmtNumber(a)} ${v.op} ${fmtNumber(b)} is not a finite number`),
  ]);
}

function lookup(v: A.CallValue, scope: Scope, diags: Diagnostic[], inArithmetic: boolean): A.Value {
  const name = v.callee.name;
  if (scope.params.has(name)) return v;
  const at = v.span;
  let later: Constant | undefined;
  for (const level of [...scope.constants].reverse()) {
    const c = level.get(name);
    if (!c) continue;
    // A constant is known from its definition on, and only in its own file (a layer imported keeps its file's).
    if (c.decl.span.file !== at.file) continue;
    if (c.decl.span.start > at.start) {
      later ??= c;
      continue;
    }
    return atUse(c.value, at, name);
  }
  if (later) {
    diags.push(
      error("E2007", `constant \`${name}\` is used before its definition`, [
        primary(v.callee.span, "used here"),
        secondary(later.decl.name.span, "defined later here"),
      ]).withHelp("move the `const` line above its first use"),
    );
    return v;
  }
  const known = [...scope.params, ...scope.constants.flatMap((l) => [...l.keys()])];
  if (inArithmetic) {
    const near = suggest(name, known);
    diags.push(
      error("E2019", `unknown name \`${name}\``, [primary(v.callee.span, "not a constant")]).withHelp(
        near
          ? `did you mean \`${near}\`?`
          : known.length
            ? `the constants here are ${known.map((k) => `\`${k}\``).join(", ")}`
            : "define it first: `const NAME = VALUE`",
      ),
    );
    return v;
  }
  // A bare name may be a word of its parameter (`same`, `he_normal`): whether it is, is checked there. Should it
  // be none, a near constant is the likely meaning.
  const near = suggest(name, known);
  return near ? { ...v, nearConstant: near } : v;
}

/** A constant's value where it is used: the use's span, and for a number, the name it came through. */
function atUse(value: A.Value, at: Span, name: string): A.Value {
  if (value.kind === "number")
    return {
      ...value,
      span: at,
      from: value.from ?? { kind: "call", callee: { name, span: at }, args: [], parens: false, span: at },
    };
  return { ...value, span: at };
}

function notArithmetic(v: A.Value, op: string): Diagnostic {
  const kind = v.kind === "string" ? "a string" : v.kind === "bool" ? "a boolean" : "a list";
  return error("E2006", `${op} needs numbers, not ${kind}`, [
    primary(v.span, `this is ${valueText(v)}`),
  ]).withHelp(
    "arithmetic works on numbers and on the names of numeric constants; `+` also joins two strings",
  );
}

/** The value as written in its file, when it lies in one; its printed form otherwise. */
export function sourceText(v: A.Value): string {
  const t = v.span.file.text.slice(v.span.start, v.span.end);
  return t.length > 0 && t.length <= 80 && !t.includes("\n") ? t : valueText(v);
}

export function fmtNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

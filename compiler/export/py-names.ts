// Names in the Python that `nnc export --to pytorch` writes: a stage becomes a submodule attribute under its own name
// (so `state_dict()` keys are nnc's checkpoint keys), a user layer a class, values in `forward` plain variables.
// A name Python or `torch.nn.Module` already uses cannot be an attribute; this file says which those are.

const PYTHON_KEYWORDS = new Set(
  (
    "False None True and as assert async await break class continue def del elif else except finally for from " +
    "global if import in is lambda nonlocal not or pass raise return try while with yield match case"
  ).split(" "),
);

/** Attributes every `nn.Module` has: a submodule under one of these names would be shadowed or refused. */
const MODULE_ATTRIBUTES = new Set(
  (
    "add_module apply bfloat16 buffers children cpu cuda double dump_patches eval extra_repr float forward " +
    "get_buffer get_extra_state get_parameter get_submodule half ipu load_state_dict modules named_buffers " +
    "named_children named_modules named_parameters parameters register_buffer register_forward_hook " +
    "register_forward_pre_hook register_full_backward_hook register_module register_parameter requires_grad_ " +
    "share_memory state_dict to to_empty train training type xpu zero_grad"
  ).split(" "),
);

/** Names the generated code itself binds in `forward` and at module level. */
const GENERATED = new Set(["self", "torch", "nn", "F", "math", "BatchNorm"]);

/** A model that cannot be written as asked (a stage name PyTorch reserves): one line for the user. */
export class ExportError extends Error {
  override readonly name = "ExportError";
}

/** Why a stage name cannot be a submodule attribute, or undefined when it can. */
export function attributeProblem(name: string): string | undefined {
  if (PYTHON_KEYWORDS.has(name)) return "is a Python keyword";
  if (MODULE_ATTRIBUTES.has(name) || name.startsWith("_")) return "is an attribute of `torch.nn.Module`";
  return undefined;
}

/** A Python variable for a name from the `.nn` file (the input's): keywords and the generated names get a `_`. */
export function pyVariable(name: string): string {
  return PYTHON_KEYWORDS.has(name) || GENERATED.has(name) ? `${name}_` : name;
}

/** `conv_block` → `ConvBlock`, a class name. */
export function pyClassName(name: string): string {
  const pascal = name
    .split("_")
    .filter((p) => p !== "")
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
  return pascal === "" ? "Layer" : pascal;
}

/** A Python literal for a number from the `.nn` file: integers stay integers, others keep every digit. */
export function pyNumber(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  if (x === Infinity) return 'float("inf")';
  if (x === -Infinity) return 'float("-inf")';
  return String(x);
}

/** A Python string literal (JSON's escapes are Python's for these strings). */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

/** A Python literal for a JSON-like value: dicts, lists, numbers, strings, booleans and None. */
export function pyLiteral(v: unknown): string {
  if (v === undefined || v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return pyNumber(v);
  if (typeof v === "string") return pyString(v);
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(", ")}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return `{${entries.map(([k, x]) => `${pyString(k)}: ${pyLiteral(x)}`).join(", ")}}`;
}

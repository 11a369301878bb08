// Attribute schemas: how an op declares the attributes it takes, and the TypeScript type that a schema gives
// those attributes, so that type rules, gradients and kernels read them without casts.

import type { Dim } from "../ir/value.js";

/** `pair` and `quad` are lists of exactly 2 and 4 integers (a window's kernel and stride, its pads). */
export type AttrKind = "bool" | "int" | "float" | "ints" | "pair" | "quad" | "dims";
export type AttrSchema = { readonly [name: string]: AttrKind };

type AttrValueOf<K extends AttrKind> = K extends "bool"
  ? boolean
  : K extends "int" | "float"
    ? number
    : K extends "ints"
      ? readonly number[]
      : K extends "pair"
        ? readonly [number, number]
        : K extends "quad"
          ? readonly [number, number, number, number]
          : readonly Dim[];

/** The attribute values an op's schema asks for, all required. */
export type AttrsOf<S extends AttrSchema> = { readonly [A in keyof S]: AttrValueOf<S[A]> };

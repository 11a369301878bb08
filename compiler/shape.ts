// Shapes are per example: the batch dimension N is implicit and leads every tensor (LANGUAGE §4).

export type Shape = readonly number[];

/** `[N, 1, 28, 28]`: how shapes appear in messages, summaries and IR. */
export function fmtShape(shape: Shape): string {
  return `[${["N", ...shape].join(", ")}]`;
}

/** `[1, 28, 28]`: a shape as the user declares it, or a parameter's. */
export function fmtDims(shape: Shape): string {
  return `[${shape.join(", ")}]`;
}

export function numel(shape: Shape): number {
  return shape.reduce((a, b) => a * b, 1);
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** 1,234,567: counts in summaries. */
export function fmtCount(n: number): string {
  return n.toLocaleString("en-US");
}

// Hover on a stage: its output shape and parameter count, as `nnc check`'s table has them (each summary row carries
// where its stage is written). The innermost row under the cursor wins, so a stage inside a user layer's use shows
// itself, and the use shows the whole block; a stage inside a layer's body shows what it is at each use.

import type { Hover } from "vscode-languageserver/node.js";
import type { SummaryRow } from "../index.js";
import type { Analysis } from "./analysis.js";
import { contains, spanRange } from "./positions.js";
import { fmtShape } from "../compiler/shape.js";

export function hover(a: Analysis, offset: number): Hover | null {
  const rows = (a.result.program?.models ?? []).flatMap((m) => m.rows);
  const under = rows.filter((r) => r.span.file.name === a.path && contains(r.span, offset));
  if (!under.length) return null;
  const size = (r: SummaryRow): number => r.span.end - r.span.start;
  const row = under.reduce((best, r) => (size(r) < size(best) ? r : best));
  // A stage in a user layer's body is a row at each use of the layer: one line for each.
  const same = under.filter((r) => r.span.start === row.span.start && r.span.end === row.span.end);
  return {
    contents: { kind: "markdown", value: same.map(describe).join("\n\n") },
    range: spanRange(row.span),
  };
}

function describe(row: SummaryRow): string {
  const shape = fmtShape(row.shape);
  const name = row.name ? `**${row.name}** ` : "";
  const params = `${row.params.toLocaleString("en-US")} parameter${row.params === 1 ? "" : "s"}`;
  return `${name}\`${row.layer}\` → \`${shape}\`, ${params}`;
}

// The editor's colours and squiggles: a <pre> behind the transparent <textarea> (same font, size and padding, its
// scroll kept in step) holding the text again as spans, coloured from the lexer's tokens (compiler/frontend/
// highlight.ts) and each diagnostic's span wavy-underlined, with its message as the span's title.

import { highlight, type Diagnostic } from "../../browser.js";

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly d: Diagnostic;
}

/** The diagnostics of this file that have a span, in order, overlaps dropped (the first one stays). */
function marks(text: string, diagnostics: readonly Diagnostic[], file: string): Mark[] {
  const out: Mark[] = [];
  const sorted = diagnostics
    .filter((d) => d.span && d.span.file.name === file)
    .map((d) => {
      // A span of no width (an expected token at the end) underlines the character there, or a space past the end.
      const start = Math.min(d.span!.start, text.length);
      return { start, end: Math.max(d.span!.end, start + 1), d };
    })
    .sort((a, b) => a.start - b.start);
  for (const m of sorted) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** Fills `pre` with `text` coloured, its diagnostics underlined. */
export function renderOverlay(
  pre: HTMLElement,
  text: string,
  diagnostics: readonly Diagnostic[],
  file: string,
): void {
  const lights = highlight(text);
  const coloured = (from: number, to: number): Node[] => {
    const nodes: Node[] = [];
    let at = from;
    for (const h of lights) {
      if (h.end <= from || h.start >= to) continue;
      const s = Math.max(h.start, from);
      const e = Math.min(h.end, to);
      if (s > at) nodes.push(document.createTextNode(text.slice(at, s)));
      const span = document.createElement("span");
      span.className = `hl-${h.kind}`;
      span.textContent = text.slice(s, e);
      nodes.push(span);
      at = e;
    }
    if (at < to) nodes.push(document.createTextNode(text.slice(at, to)));
    return nodes;
  };
  const nodes: Node[] = [];
  let at = 0;
  for (const m of marks(text, diagnostics, file)) {
    nodes.push(...coloured(at, m.start));
    const span = document.createElement("span");
    span.className = `squiggle ${m.d.severity}`;
    span.dataset["code"] = m.d.code;
    span.title = `${m.d.code}: ${m.d.message}`;
    span.append(...coloured(m.start, Math.min(m.end, text.length)));
    if (m.end > text.length) span.append(" ");
    nodes.push(span);
    at = Math.min(m.end, text.length);
  }
  nodes.push(...coloured(at, text.length));
  // A final newline in a <pre> shows no empty line, but the textarea's does: keep their heights equal.
  nodes.push(document.createTextNode("\n"));
  pre.replaceChildren(...nodes);
}

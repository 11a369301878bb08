// What each stretch of a `.nn` file is, for colouring it (the playground's editor): the lexer's own tokens, so the
// colours never disagree with what the parser sees. A name is a layer when it is a standard layer or one the file
// declares with `layer`; the rest of the language's vocabulary stays plain.

import type { IToken } from "chevrotain";
import { isStandardLayer } from "../../stdlib/index.js";
import {
  Comment,
  KEYWORDS,
  Layer,
  NumberLit,
  StringLit,
  Identifier,
  tokenize,
} from "../../grammar/tokens.js";

export type HighlightKind = "keyword" | "layer" | "number" | "string" | "comment";

export interface Highlight {
  readonly kind: HighlightKind;
  /** Offsets into the text, `end` exclusive. */
  readonly start: number;
  readonly end: number;
}

/** The coloured stretches of `text`, in order, never overlapping; what lies between them is plain. */
export function highlight(text: string): Highlight[] {
  const lexed = tokenize(text);
  const tokens = lexed.tokens;
  const declared = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.tokenType === Layer && tokens[i + 1]?.tokenType === Identifier) declared.add(tokens[i + 1]!.image);
  });
  const out: Highlight[] = [];
  const add = (kind: HighlightKind, t: IToken): void => {
    out.push({ kind, start: t.startOffset, end: t.startOffset + t.image.length });
  };
  for (const t of [...tokens, ...lexed.unterminated, ...lexed.comments]) {
    const type = t.tokenType;
    if (type === Comment) add("comment", t);
    else if (KEYWORDS.includes(type)) add("keyword", t);
    else if (type === NumberLit) add("number", t);
    else if (type === StringLit || type.CATEGORIES?.includes(StringLit)) add("string", t);
    else if (type === Identifier && (isStandardLayer(t.image) || declared.has(t.image))) add("layer", t);
  }
  // An unterminated string is also among the tokens (it parses as a string): keep one of each stretch.
  out.sort((a, b) => a.start - b.start);
  return out.filter((h, i) => i === 0 || h.start >= out[i - 1]!.end);
}

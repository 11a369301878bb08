// The layout of a `{ ... }` block (and of the file, a block without braces): its items one per line, a blank line
// kept where the source had one or more, and each comment put back beside what it was beside. A comment on an
// item's last line trails that item; one on the `{` line trails the `{`; any other stands on its own line before the
// next item, or before the `}`. A block written on one line stays on one line (`train { data spiral; batch 32 }`)
// when it holds no comment and no block and fits in MAX_WIDTH.

import type { CommentPool } from "./comments.js";
import { bracketLine, codeLine, commentLine, lineCode, type Line } from "./lines.js";
import type { Span } from "../source.js";

export interface Ctx {
  readonly text: string;
  readonly comments: CommentPool;
}

export interface Block<T extends { readonly span: Span }> {
  readonly items: readonly T[];
  readonly print: (item: T, indent: number) => Line[];
  /** Offset just past the `{` (0 for the file) and of the `}` (the file's length). */
  readonly open: number;
  readonly close: number;
  /** Whether a blank line must separate two neighbours, given their printed lines (the file's declarations). */
  readonly separate?: (prev: readonly Line[], next: readonly Line[]) => boolean;
}

const MAX_WIDTH = 100;

/** The block's lines at `indent`, and the comment on its `{` line if any. */
export function blockLines<T extends { readonly span: Span }>(
  ctx: Ctx,
  block: Block<T>,
  indent: number,
): { lines: Line[]; header?: string } {
  const { comments } = ctx;
  const out: Line[] = [];
  let header: string | undefined;
  let lastEnd = block.open; // the end of the last thing placed: an item or a comment
  let prev: T | undefined;
  let prevLines: Line[] = [];
  const place = (upTo: number, forceBlank: boolean): void => {
    for (const c of comments.take(lastEnd, upTo)) {
      if (prev && comments.line(c.start) === comments.line(prev.span.end - 1) && out.length)
        out.at(-1)!.comment = c.text;
      else if (!prev && !out.length && block.open > 0 && comments.line(c.start) === comments.line(block.open))
        header = c.text;
      else {
        const blank = out.length > 0 && (forceBlank || comments.blankBetween(lastEnd, c.start));
        out.push(commentLine(indent, c.text, blank));
        forceBlank = false;
      }
      lastEnd = c.end;
    }
  };
  for (const item of block.items) {
    // Printing first takes only the comments inside the item; those before it are placed next, above it.
    const lines = block.print(item, indent);
    const force = !!prev && !!block.separate?.(prevLines, lines);
    const before = out.length;
    place(item.span.start, force);
    const leadsGroup = out.length === before; // no comment line of its own went before it
    lines[0]!.blankBefore =
      out.length > 0 && ((leadsGroup && force) || comments.blankBetween(lastEnd, item.span.start));
    out.push(...lines);
    lastEnd = item.span.end;
    prev = item;
    prevLines = lines;
  }
  place(block.close, false);
  return header === undefined ? { lines: out } : { lines: out, header };
}

/**
 * `head {`, the block's lines, `}`; or `head { a; b }` when the source had the block on one line and it may stay
 * so; or `head {}` when it is empty.
 */
export function bracedLines<T extends { readonly span: Span }>(
  ctx: Ctx,
  head: string,
  block: Block<T>,
  indent: number,
  mayStayOnOneLine: boolean,
): Line[] {
  const { comments } = ctx;
  const hasComments = comments.any(block.open, block.close);
  if (!block.items.length && !hasComments) return [codeLine(indent, `${head} {}`)];
  if (mayStayOnOneLine && !hasComments && comments.line(block.open) === comments.line(block.close)) {
    const printed = block.items.map((item) => block.print(item, 0));
    if (printed.every((lines) => lines.length === 1 && lines[0]!.aligns)) {
      const inner = printed.map((lines) => lineCode(lines[0]!)).join("; ");
      const text = `${head} { ${inner} }`;
      if (2 * indent + text.length <= MAX_WIDTH) return [codeLine(indent, text)];
    }
  }
  const { lines, header } = blockLines(ctx, block, indent + 1);
  const open = bracketLine(indent, `${head} {`);
  if (header !== undefined) open.comment = header;
  return [open, ...lines, bracketLine(indent, "}")];
}

/** A statement on one line: the comments inside its span (in a call broken over lines) go on lines before it. */
export function leafLines(ctx: Ctx, span: Span, line: Line, indent: number): Line[] {
  const inside = ctx.comments.take(span.start, span.end);
  return [...inside.map((c) => commentLine(indent, c.text, false)), line];
}

/** The comments between `from` and `to` (a declaration's head, before its `{`) on lines of their own. */
export function hoistedLines(ctx: Ctx, from: number, to: number, indent: number): Line[] {
  return ctx.comments.take(from, to).map((c) => commentLine(indent, c.text, false));
}

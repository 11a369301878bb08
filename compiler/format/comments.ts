// The comments of one file, handed out by position as the printer walks the AST. The AST has no comments (the lexer
// puts them in a group of their own); each is taken exactly once, by the innermost block or statement it lies in, so
// none can be lost or printed twice: `rest()` after printing is empty, or the printer has a bug.

import type { IToken } from "chevrotain";
import type { SourceFile } from "../source.js";

export interface Comment {
  /** As written, without trailing blanks (a CRLF file's `\r` included). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export class CommentPool {
  private readonly left: Comment[];

  constructor(
    private readonly src: SourceFile,
    tokens: readonly IToken[],
  ) {
    this.left = tokens.map((t) => ({
      text: t.image.trimEnd(),
      start: t.startOffset,
      end: t.startOffset + t.image.length,
    }));
  }

  /** Removes and returns the comments that start in [start, end), in order. */
  take(start: number, end: number): Comment[] {
    const taken: Comment[] = [];
    for (let i = 0; i < this.left.length;) {
      const c = this.left[i]!;
      if (c.start >= start && c.start < end) {
        taken.push(c);
        this.left.splice(i, 1);
      } else i++;
    }
    return taken;
  }

  /** Whether any comment not yet taken starts in [start, end). */
  any(start: number, end: number): boolean {
    return this.left.some((c) => c.start >= start && c.start < end);
  }

  rest(): readonly Comment[] {
    return this.left;
  }

  line(offset: number): number {
    return this.src.position(offset).line;
  }

  /** Whether the source has an empty line between offsets `a` and `b`. */
  blankBetween(a: number, b: number): boolean {
    return /\n[ \t\r\f]*\n/.test(this.src.text.slice(a, b));
  }
}

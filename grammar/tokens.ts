// The tokens of `.nn` (LANGUAGE §2). Newlines are tokens because they separate statements; inside
// parentheses and brackets they are dropped (see `tokenize`), so a long call may span lines.

import { createToken, Lexer, type IToken, type TokenType, type ILexingError } from "chevrotain";

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\f]+/, group: Lexer.SKIPPED });
// A UTF-8 byte-order mark, which some editors write first: skipped there, and only there.
export const ByteOrderMark = createToken({
  name: "ByteOrderMark",
  pattern: { exec: (text, offset) => (offset === 0 && text.startsWith("\uFEFF") ? ["\uFEFF"] : null) },
  start_chars_hint: ["\uFEFF"],
  line_breaks: false,
  group: Lexer.SKIPPED,
});
// Comments go to a group of their own, out of the parser's way, so that `nnc fmt` can put each back where it was.
export const Comment = createToken({ name: "Comment", pattern: /#[^\n]*/, group: "comments" });
export const Newline = createToken({ name: "Newline", pattern: /\n/, line_breaks: true, label: "newline" });

export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  label: "a name",
});

function keyword(word: string): TokenType {
  return createToken({
    name: word[0]!.toUpperCase() + word.slice(1),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    label: `\`${word}\``,
  });
}

export const Model = keyword("model");
export const Layer = keyword("layer");
export const Input = keyword("input");
export const Target = keyword("target");
export const Network = keyword("network");
export const Return = keyword("return");
export const Loss = keyword("loss");
export const Regularize = keyword("regularize");
export const Optimizer = keyword("optimizer");
export const Train = keyword("train");
export const Import = keyword("import");
export const Const = keyword("const");
export const True = keyword("true");
export const False = keyword("false");

export const KEYWORDS = [
  Model,
  Layer,
  Input,
  Target,
  Network,
  Return,
  Loss,
  Regularize,
  Optimizer,
  Train,
  Import,
  Const,
  True,
  False,
];

// Unsigned: a leading `-` is the Minus token, so that `a -1` and `a - 1` mean the same.
export const NumberLit = createToken({
  name: "NumberLit",
  pattern: /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/,
  label: "a number",
});
export const StringLit = createToken({
  name: "StringLit",
  pattern: /"(?:[^"\\\n]|\\.)*"/,
  label: "a string",
});
// An opening quote with no closing one on its line: lexed so that the error can say so. It parses as a string
// (its category), so that the parser does not report the same mistake again.
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\n]|\\.)*/,
  categories: [StringLit],
});

export const Arrow = createToken({ name: "Arrow", pattern: /->/, label: "`->`" });
export const LBrace = createToken({ name: "LBrace", pattern: /\{/, label: "`{`" });
export const RBrace = createToken({ name: "RBrace", pattern: /\}/, label: "`}`" });
export const LParen = createToken({ name: "LParen", pattern: /\(/, label: "`(`" });
export const RParen = createToken({ name: "RParen", pattern: /\)/, label: "`)`" });
export const LBracket = createToken({ name: "LBracket", pattern: /\[/, label: "`[`" });
export const RBracket = createToken({ name: "RBracket", pattern: /\]/, label: "`]`" });
export const Comma = createToken({ name: "Comma", pattern: /,/, label: "`,`" });
export const Colon = createToken({ name: "Colon", pattern: /:/, label: "`:`" });
export const Semi = createToken({ name: "Semi", pattern: /;/, label: "`;`" });
export const Equals = createToken({ name: "Equals", pattern: /=/, label: "`=`" });
export const Plus = createToken({ name: "Plus", pattern: /\+/, label: "`+`" });
export const Minus = createToken({ name: "Minus", pattern: /-/, label: "`-`" });
export const Star = createToken({ name: "Star", pattern: /\*/, label: "`*`" });
export const Slash = createToken({ name: "Slash", pattern: /\//, label: "`/`" });
// The arithmetic of constants and arguments (LANGUAGE §4a): integer division, remainder and power, tried before
// `/` and `*` so that `//` and `**` are one token each.
export const DoubleSlash = createToken({ name: "DoubleSlash", pattern: /\/\//, label: "`//`" });
export const Percent = createToken({ name: "Percent", pattern: /%/, label: "`%`" });
export const DoubleStar = createToken({ name: "DoubleStar", pattern: /\*\*/, label: "`**`" });

export const allTokens: TokenType[] = [
  ByteOrderMark,
  WhiteSpace,
  Comment,
  Newline,
  ...KEYWORDS,
  Identifier,
  NumberLit,
  StringLit,
  UnterminatedString,
  Arrow,
  LBrace,
  RBrace,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Semi,
  Equals,
  Plus,
  Minus,
  DoubleStar,
  Star,
  DoubleSlash,
  Slash,
  Percent,
];

const lexer = new Lexer(allTokens, { positionTracking: "onlyOffset", ensureOptimizations: false });

export interface Lexed {
  tokens: IToken[];
  errors: ILexingError[];
  unterminated: IToken[];
  /** The `#` comments, in order. */
  comments: IToken[];
}

/** Lexes a file; drops the newlines that fall inside `(...)` or `[...]`. */
export function tokenize(text: string): Lexed {
  const result = lexer.tokenize(text);
  const tokens: IToken[] = [];
  const unterminated: IToken[] = [];
  let depth = 0;
  let lineDepth = 0; // the depth where the current line began
  for (const t of result.tokens) {
    // Offset-only tracking records where a token starts; the parser's node locations need where it ends too.
    t.endOffset = t.startOffset + t.image.length - 1;
    if (t.tokenType === UnterminatedString) {
      // It ran to the end of the line, swallowing any `)` or `]` there: the brackets opened on this line end here.
      unterminated.push(t);
      depth = Math.min(depth, lineDepth);
    } else if (t.tokenType === LParen || t.tokenType === LBracket) depth++;
    else if ((t.tokenType === RParen || t.tokenType === RBracket) && depth > 0) depth--;
    else if (t.tokenType === LBrace || t.tokenType === RBrace) depth = 0; // a lost `)` must not eat a block
    if (t.tokenType === Newline) lineDepth = depth;
    if (t.tokenType === Newline && depth > 0) continue;
    tokens.push(t);
  }
  const comments = (result.groups["comments"] ?? []).map((t) => {
    t.endOffset = t.startOffset + t.image.length - 1;
    return t;
  });
  return { tokens, errors: result.errors, unterminated, comments };
}

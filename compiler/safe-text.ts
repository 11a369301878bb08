// What a diagnostic may print of the user's text: control characters escaped (a source line holding `ESC[2J` must
// not clear the reader's screen), names shortened and lines bounded, so that however hostile the file, the
// output stays a few lines of plain text per diagnostic.

/** Names longer than this are shown as their first NAME_CHARS characters and `…`. */
export const NAME_CHARS = 40;
/** A message, label or note is cut after this many characters. */
export const TEXT_CHARS = 1000;
/** A source excerpt shows at most this many characters of its line, around the labels. */
export const EXCERPT_CHARS = 120;

// C0 and C1 controls (tab and newline are handled by the callers), DEL, the line and paragraph separators, and the
// bidirectional overrides and isolates that can reorder what a terminal shows.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");

/** `\x1b` for ESC, `\u{202e}` for a bidi override: one printable spelling per unsafe character. */
export function escapeChar(c: string): string {
  const code = c.codePointAt(0)!;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}

/** `s` with unsafe characters escaped and tabs and line breaks as spaces. */
export function escapeControls(s: string): string {
  return s.replace(/[\t\n\r]/g, " ").replace(UNSAFE_ALL, escapeChar);
}

/** A message, label or note as printed: controls escaped, long names shortened, the whole bounded. */
export function safeText(s: string): string {
  // A loop, not a regular expression: a name of millions of characters overflows the regular expression's stack.
  let out = "";
  let name = 0; // length of the name being copied
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (isNameChar(c.charCodeAt(0))) {
      name++;
      if (name <= NAME_CHARS) out += c;
      else if (name === NAME_CHARS + 1) out += "…";
      continue;
    }
    name = 0;
    out += c === "\t" || c === "\n" || c === "\r" ? " " : UNSAFE.test(c) ? escapeChar(c) : c;
    if (out.length > TEXT_CHARS) break;
  }
  return out.length > TEXT_CHARS ? out.slice(0, TEXT_CHARS) + "…" : out;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** A line of source as an excerpt shows it, and where each of its characters lands on screen. */
export interface Excerpt {
  readonly text: string;
  /** The screen column (from 0) of source column `c` (from 0); past the window, its nearest edge. */
  column(c: number): number;
}

/**
 * Line `line`, escaped, cut to a window of about EXCERPT_CHARS characters that starts a little before `from`
 * (the first labelled column, from 0), with `…` where it was cut.
 */
export function excerpt(line: string, from: number): Excerpt {
  const start =
    line.length <= EXCERPT_CHARS ? 0 : Math.max(0, Math.min(from - 20, line.length - EXCERPT_CHARS));
  const end = Math.min(line.length, start + EXCERPT_CHARS);
  const lead = start > 0 ? "…" : "";
  const cols: number[] = [];
  let text = lead;
  for (let i = start; i < end; i++) {
    cols.push(text.length);
    const c = line[i]!;
    text += c === "\t" ? " " : UNSAFE.test(c) ? escapeChar(c) : c;
  }
  cols.push(text.length);
  if (end < line.length) text += "…";
  return {
    text,
    column: (c) => (c <= start ? (c < start ? 0 : lead.length) : cols[Math.min(c, end) - start]!),
  };
}

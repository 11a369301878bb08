// Two texts in, a short unified diff out (the `diff -u` format): each change with a few lines of context under an
// `@@ -line,count +line,count @@` header, capped in length, so that a failing golden shows what moved, not two files.

export interface DiffOptions {
  /** Unchanged lines shown around each change. */
  readonly context?: number;
  /** Diff lines printed (headers aside) before the changes left are summarised in one line. */
  readonly maxLines?: number;
  /** Names for the `---` and `+++` lines. */
  readonly labels?: readonly [string, string];
}

/** One line of the edit script: kept, removed from `a`, or added from `b`; `a` and `b` index each side's lines. */
interface Edit {
  readonly op: " " | "-" | "+";
  readonly text: string;
  readonly a: number;
  readonly b: number;
}

// Past this many differing lines the middle is shown as removed then added, which keeps memory at D² ints bounded.
const MAX_EDITS = 2000;
const MAX_WIDTH = 200;

/** The unified diff from `a` to `b`; empty when they are equal. */
export function unifiedDiff(a: string, b: string, options: DiffOptions = {}): string {
  if (a === b) return "";
  const { context = 3, maxLines = 60, labels = ["expected", "actual"] } = options;
  const edits = diffLines(splitLines(a), splitLines(b));
  const out = [`--- ${labels[0]}`, `+++ ${labels[1]}`];
  let shown = 0;
  for (const hunk of hunks(edits, context)) {
    const body = edits.slice(hunk.from, hunk.to);
    const first = body[0]!;
    const oldCount = body.filter((e) => e.op !== "+").length;
    const newCount = body.filter((e) => e.op !== "-").length;
    // A side with no lines in the hunk names the line before it, as `diff -u` does.
    const oldStart = oldCount ? first.a + 1 : first.a;
    const newStart = newCount ? first.b + 1 : first.b;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (let i = hunk.from; i < hunk.to; i++) {
      if (shown === maxLines) {
        const left = edits.slice(i).filter((e) => e.op !== " ").length;
        if (left) out.push(`… ${left} more changed line${left === 1 ? "" : "s"} not shown`);
        return out.join("\n");
      }
      out.push(formatEdit(edits[i]!));
      shown++;
    }
  }
  return out.join("\n");
}

/** Lines without their final newline; a text that lacks one says so on its last line, as `diff` does. */
function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  else lines[lines.length - 1] += "\n\\ No newline at end of file";
  return lines;
}

/** `start,count`, or `start` alone for a single line, as `diff -u` writes a hunk's range. */
function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

function formatEdit(e: Edit): string {
  const text = e.text.length > MAX_WIDTH ? `${e.text.slice(0, MAX_WIDTH)}…` : e.text;
  return `${e.op}${text}`;
}

/** Ranges of the edit script to print: every change with `context` kept lines either side, near ones merged. */
function hunks(edits: readonly Edit[], context: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  edits.forEach((e, i) => {
    if (e.op === " ") return;
    const from = Math.max(0, i - context);
    const to = Math.min(edits.length, i + context + 1);
    const last = out.at(-1);
    if (last && from <= last.to) last.to = to;
    else out.push({ from, to });
  });
  return out;
}

/**
 * A shortest edit script from `a` to `b` (Myers, "An O(ND) difference algorithm", 1986): `v[k]` is the furthest x
 * reached on diagonal k = x − y with d edits; each round extends one edit further and follows equal lines for free.
 * The common head and tail are split off first, so a small change in a long file costs little.
 */
function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const lineA = (x: number) => a[head + x];
  const lineB = (y: number) => b[head + y];

  const middle = middleEdits(n, m, (x, y) => lineA(x) === lineB(y));
  const edits: Edit[] = [];
  for (let i = 0; i < head; i++) edits.push({ op: " ", text: a[i]!, a: i, b: i });
  for (const [op, x, y] of middle) {
    const text = op === "+" ? lineB(y)! : lineA(x)!;
    edits.push({ op, text, a: head + x, b: head + y });
  }
  for (let i = tail; i > 0; i--)
    edits.push({ op: " ", text: a[a.length - i]!, a: a.length - i, b: b.length - i });
  return edits;
}

/** The edits between the middles, as [op, x, y]: positions in the middle of `a` and of `b` before the edit. */
function middleEdits(
  n: number,
  m: number,
  same: (x: number, y: number) => boolean,
): [Edit["op"], number, number][] {
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // trace[d] holds v[-d..d] as it was after round d, to walk the path back.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS) && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      // Reach diagonal k from k + 1 (a line of b added) or from k − 1 (a line of a removed), whichever got further.
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && same(x, y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) {
    const out: [Edit["op"], number, number][] = [];
    for (let x = 0; x < n; x++) out.push(["-", x, 0]);
    for (let y = 0; y < m; y++) out.push(["+", n, y]);
    return out;
  }
  const out: [Edit["op"], number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) out.push([" ", --x, --y]);
    if (down) out.push(["+", x, --y]);
    else out.push(["-", --x, y]);
  }
  while (x > 0 && y > 0) out.push([" ", --x, --y]);
  return out.reverse();
}

// CSV text with a header row in, a split out: one column is the target (by name), every other column is a numeric
// feature; a bad cell is reported with its file, line and column. No file system here: csv.ts reads the files, the
// playground takes a dropped one.

import { DataError, type Dataset } from "./dataset.js";

/** Splits one line into cells: commas separate, double quotes may wrap a cell ("" is a literal quote). */
function splitLine(line: string): string[] | undefined {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let cell = "";
      i++;
      for (;;) {
        if (i >= line.length) return undefined; // an unclosed quote
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      cells.push(cell);
      while (line[i] === " " || line[i] === "\t") i++;
      if (i >= line.length) return cells;
      if (line[i] !== ",") return undefined; // text after a closing quote
      i++;
    } else {
      const end = line.indexOf(",", i);
      cells.push(line.slice(i, end < 0 ? line.length : end));
      if (end < 0) return cells;
      i = end + 1;
    }
  }
}

interface Table {
  readonly header: string[];
  /** Data rows with their 1-based line numbers (the header is line 1 unless blank lines precede it). */
  readonly rows: { line: number; cells: string[] }[];
}

function parseTable(text: string, shown: string): Table {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let header: string[] | undefined;
  const rows: { line: number; cells: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // blank lines (a trailing newline above all) carry no row
    if (line.trim() === "") continue;
    const cells = splitLine(line);
    if (cells === undefined) throw new DataError(`${shown}:${i + 1}: badly quoted cell`);
    if (header === undefined) header = cells.map((c) => c.trim());
    else rows.push({ line: i + 1, cells });
  }
  if (header === undefined) throw new DataError(`${shown}: empty file; a CSV file needs a header row`);
  return { header, rows };
}

/** The header, with numeric-looking names called out: a file without a header row is the likely mistake. */
function checkHeader(header: string[], shown: string): void {
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new DataError(`${shown}:1: a column without a name in the header row`);
    if (seen.has(name)) throw new DataError(`${shown}:1: column \`${name}\` appears twice in the header row`);
    seen.add(name);
  }
  if (header.every((h) => h !== "" && Number.isFinite(Number(h)))) {
    throw new DataError(
      `${shown}:1: the first row is all numbers; a CSV file needs a header row naming its columns`,
    );
  }
}

/**
 * One split from a CSV file's text (`shown` names it in messages): `features` fixes the feature columns and their order (the training file's), so a test file may
 * order its columns differently but must have the same ones.
 */
export function csvSplit(
  text: string,
  shown: string,
  label: string,
  classes: number | undefined,
  features: readonly string[] | undefined,
): { data: Dataset; features: readonly string[] } {
  const { header, rows } = parseTable(text, shown);
  checkHeader(header, shown);
  const labelAt = header.indexOf(label);
  if (labelAt < 0) {
    throw new DataError(
      `${shown}: no column \`${label}\` for the label; the columns are ${header.map((h) => `\`${h}\``).join(", ")}`,
    );
  }
  const names = features ?? header.filter((_, i) => i !== labelAt);
  if (features !== undefined) {
    const own = header.filter((_, i) => i !== labelAt);
    const missing = features.filter((f) => !own.includes(f));
    const extra = own.filter((f) => !features.includes(f));
    if (missing.length > 0 || extra.length > 0) {
      const what = [
        missing.length > 0 ? `lacks ${missing.map((m) => `\`${m}\``).join(", ")}` : "",
        extra.length > 0 ? `has extra ${extra.map((m) => `\`${m}\``).join(", ")}` : "",
      ].filter((s) => s !== "");
      throw new DataError(`${shown}: the columns differ from the training file's: ${what.join(" and ")}`);
    }
  }
  if (names.length === 0) throw new DataError(`${shown}: no feature columns besides the label \`${label}\``);
  const featureAt = names.map((n) => header.indexOf(n));
  const count = rows.length;
  const x = new Float32Array(count * names.length);
  const y = classes === undefined ? new Float32Array(count) : new Int32Array(count);
  rows.forEach(({ line, cells }, r) => {
    const cell = (col: number): number => {
      const name = header[col]!;
      const s = cells[col]?.trim();
      if (s === undefined || s === "")
        throw new DataError(`${shown}:${line}: missing value in column \`${name}\``);
      const v = Number(s);
      if (!Number.isFinite(v)) {
        throw new DataError(`${shown}:${line}: \`${s}\` in column \`${name}\` is not a number`);
      }
      return v;
    };
    if (cells.length > header.length) {
      throw new DataError(
        `${shown}:${line}: ${cells.length} cells, but the header names ${header.length} columns`,
      );
    }
    featureAt.forEach((col, j) => (x[r * names.length + j] = cell(col)));
    const v = cell(labelAt);
    if (classes !== undefined && (!Number.isInteger(v) || v < 0 || v >= classes)) {
      throw new DataError(
        `${shown}:${line}: label ${v} in column \`${label}\` is not a class in 0..${classes - 1} ` +
          `(the target has ${classes} classes)`,
      );
    }
    y[r] = v;
  });
  const exampleShape = [names.length];
  const data = classes === undefined ? { x, y, count, exampleShape } : { x, y, count, exampleShape, classes };
  return { data, features: names };
}

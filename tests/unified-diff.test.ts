// The golden tests' diff helper on small texts whose `diff -u` output is known (GNU diff prints the same hunks).

import { describe, expect, it } from "vitest";
import { unifiedDiff } from "./unified-diff.js";

const lines = (...xs: string[]) => xs.map((x) => `${x}\n`).join("");
const ten = lines("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff(ten, ten)).toBe("");
  });

  it("shows one changed line with three lines of context and its line numbers", () => {
    const b = ten.replace("5\n", "five\n");
    expect(unifiedDiff(ten, b)).toBe(
      [
        "--- expected",
        "+++ actual",
        "@@ -2,7 +2,7 @@",
        " 2",
        " 3",
        " 4",
        "-5",
        "+five",
        " 6",
        " 7",
        " 8",
      ].join("\n"),
    );
  });

  it("keeps distant changes in separate hunks and merges near ones", () => {
    const b = ten.replace("1\n", "one\n").replace("10\n", "ten\n");
    expect(unifiedDiff(ten, b, { context: 1 })).toBe(
      [
        "--- expected",
        "+++ actual",
        "@@ -1,2 +1,2 @@",
        "-1",
        "+one",
        " 2",
        "@@ -9,2 +9,2 @@",
        " 9",
        "-10",
        "+ten",
      ].join("\n"),
    );
    const near = ten.replace("3\n", "three\n").replace("6\n", "six\n");
    expect(
      unifiedDiff(ten, near, { context: 1 })
        .split("\n")
        .filter((l) => l.startsWith("@@")),
    ).toEqual(["@@ -2,6 +2,6 @@"]);
  });

  it("numbers pure insertions and deletions from the line before them", () => {
    expect(unifiedDiff(lines("a", "c"), lines("a", "b", "c"), { context: 0 })).toBe(
      ["--- expected", "+++ actual", "@@ -1,0 +2 @@", "+b"].join("\n"),
    );
    expect(unifiedDiff(lines("a", "b", "c"), lines("a", "c"), { context: 0 })).toBe(
      ["--- expected", "+++ actual", "@@ -2 +1,0 @@", "-b"].join("\n"),
    );
    expect(unifiedDiff("", lines("x"))).toBe(
      ["--- expected", "+++ actual", "@@ -0,0 +1 @@", "+x"].join("\n"),
    );
  });

  it("finds a shortest edit script, not a line-by-line replacement", () => {
    // a b c a b b a → c b a b a c (Myers's own example): five edits, four lines kept.
    const d = unifiedDiff(lines(..."abcabba"), lines(..."cbabac"), { context: 0 });
    const body = d.split("\n").filter((l) => /^[-+ ]/.test(l) && !/^(---|\+\+\+) /.test(l));
    expect(body.filter((l) => l[0] !== " ")).toHaveLength(5);
  });

  it("says when a text lacks its final newline", () => {
    expect(unifiedDiff("a\n", "a")).toBe(
      ["--- expected", "+++ actual", "@@ -1 +1 @@", "-a", "+a", "\\ No newline at end of file"].join("\n"),
    );
  });

  it("stops after maxLines and counts the changes it did not show", () => {
    const a = lines(...Array.from({ length: 100 }, (_, i) => `${i}`));
    const b = lines(...Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `changed ${i}` : `${i}`)));
    const d = unifiedDiff(a, b, { context: 1, maxLines: 8, labels: ["x.ir", "produced"] }).split("\n");
    expect(d.slice(0, 2)).toEqual(["--- x.ir", "+++ produced"]);
    expect(d.filter((l) => /^[-+ ]/.test(l) && !/^(---|\+\+\+) /.test(l))).toHaveLength(8);
    // Shown: 0 → changed 0 (2 lines), 10 → changed 10 (2 lines); 16 of the 20 changed lines remain.
    expect(d.at(-1)).toBe("… 16 more changed lines not shown");
  });

  it("stays short and correct on a long file with one change", () => {
    const a = lines(...Array.from({ length: 50_000 }, (_, i) => `line ${i}`));
    const b = a.replace("line 25000\n", "line 25000 changed\n");
    const d = unifiedDiff(a, b).split("\n");
    expect(d[2]).toBe("@@ -24998,7 +24998,7 @@");
    expect(d).toHaveLength(3 + 8);
  });

  it("shows a wholesale rewrite as removed then added lines, still capped", () => {
    const a = lines(...Array.from({ length: 3000 }, (_, i) => `old ${i}`));
    const b = lines(...Array.from({ length: 3000 }, (_, i) => `new ${i}`));
    const d = unifiedDiff(a, b).split("\n");
    expect(d.slice(2, 4)).toEqual(["@@ -1,3000 +1,3000 @@", "-old 0"]);
    expect(d.at(-1)).toBe("… 5940 more changed lines not shown");
  });
});

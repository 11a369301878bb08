// What must hold of any source, however broken (issue 11): compiling it returns, soon, without throwing; every
// diagnostic points inside its file; the diagnostics render without throwing and without a raw control
// character; and a program that compiles has IR that passes the verifier and survives printing and parsing.

import { compile, parseFunc, printFunc, renderAll, renderSummary, type FileHost } from "../index.js";
import { verifyFunc } from "../compiler/ir/verify.js";

/** Longest a compilation may take, in milliseconds. */
export const TIME_LIMIT_MS = 2000;

// Anything a terminal would act on: C0 controls but the newline, DEL, C1, line and paragraph separators, the
// bidirectional controls, and a byte-order mark.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

// Imports find nothing: the fuzzer never reads the disk.
const host: FileHost = { readFile: () => undefined, resolve: (_from, spec) => spec };

/** Throws, saying which property failed, when `source` breaks one. */
export function checkSource(source: string): void {
  const start = performance.now();
  const result = compile(source, { filename: "fuzz.nn", host });
  const ms = performance.now() - start;
  if (ms > TIME_LIMIT_MS) throw new Error(`compile() took ${ms.toFixed(0)} ms`);

  for (const d of result.diagnostics)
    for (const l of d.labels) {
      const { start: s, end: e, file } = l.span;
      if (!(0 <= s && s <= e && e <= file.text.length))
        throw new Error(
          `${d.code} "${d.message}": span ${s}..${e} outside ${file.name} (${file.text.length})`,
        );
    }

  const rendered = renderAll(result.diagnostics);
  const raw = RAW_CONTROL.exec(rendered);
  if (raw) throw new Error(`the rendered diagnostics hold U+${raw[0].codePointAt(0)!.toString(16)} raw`);

  if (!result.ok) return;
  for (const m of result.program!.models) {
    renderSummary(m);
    const step = m.programs.step;
    for (const f of [step.forward, step.evaluate, step.train]) {
      const problems = verifyFunc(f);
      if (problems.length) throw new Error(`${f.name} fails the verifier: ${problems.join("; ")}`);
      const text = printFunc(f);
      if (printFunc(parseFunc(text)) !== text)
        throw new Error(`${f.name} does not round-trip through its text`);
    }
  }
}

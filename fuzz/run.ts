// The fuzzer: programs from the grammar, and mutations of the corpus and of generated programs, each checked for
// the properties of properties.ts. `npm test` runs a fixed seed (tests/fuzz.test.ts); `npm run fuzz` more.

import fc from "fast-check";
import { readCorpus } from "./corpus.js";
import { edits, mutate } from "./mutations.js";
import { programs } from "./programs.js";
import { checkSource } from "./properties.js";

/** Any source the fuzzer tries: a generated program, or a mutated one from the corpus or the generator. */
export function sources(corpus: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: programs },
    {
      weight: 5,
      arbitrary: fc.tuple(fc.nat({ max: corpus.length - 1 }), edits).map(([i, e]) => mutate(corpus[i]!, e)),
    },
    { weight: 2, arbitrary: fc.tuple(programs, edits).map(([p, e]) => mutate(p, e)) },
  );
}

export interface FuzzOptions {
  readonly runs: number;
  readonly seed: number;
}

/** Runs the properties over `runs` sources drawn from `seed`; fast-check's report, shrunk, on a failure. */
export function fuzz(options: FuzzOptions): fc.RunDetails<[string]> {
  const property = fc.property(sources(readCorpus()), (source) => {
    checkSource(source);
  });
  return fc.check(property, { numRuns: options.runs, seed: options.seed, endOnFailure: true });
}

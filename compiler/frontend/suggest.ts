// "Did you mean": the closest known name within a small edit distance, for typos in layer, argument and
// binding names.

/** Levenshtein distance, with a swap of two neighbours counting as one edit (`lienar` → `linear`). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name nearest to `name`, if it is near enough to be a plausible typo. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDist = Infinity;
  for (const k of known) {
    // The distance is at least the difference in length: a name far longer than any known one costs nothing.
    if (Math.abs(k.length - name.length) > limit) continue;
    const dist = k.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, k);
    if (dist < bestDist) {
      best = k;
      bestDist = dist;
    }
  }
  return bestDist <= limit ? best : undefined;
}

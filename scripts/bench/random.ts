/** A seeded random number generator (mulberry32), so the same seed always writes the same corpus. */
export interface Random {
  (): number;
  pick<T>(items: readonly T[]): T;
  /** An integer from `min` to `max` inclusive. */
  between(min: number, max: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.pick = (items) => items[Math.floor(next() * items.length)]!;
  next.between = (min, max) => min + Math.floor(next() * (max - min + 1));
  return next;
}

/** Draws indexes 0..size-1 with probability proportional to 1/(rank+1): Zipf's law, as word frequencies follow. */
export function zipfSampler(size: number, random: Random): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

// On globalThis for the reason given in reading-registry.ts: one count per process, however Astro loads the modules.
const countsKey = Symbol.for('newsroom.reading-counts');

/** How many times this process read a release file's text and rendered a release body: the build says so, and a test holds it to once each. */
export interface ReadingCounts {
  readings: Map<string, number>;
  renders: Map<string, number>;
  /** Renders answered by a rendering kept from the last build (rendered-body-cache.ts), not by the renderer. */
  keptRenders: Map<string, number>;
}

export function readingCounts(): ReadingCounts {
  const shared = globalThis as { [countsKey]?: ReadingCounts };
  return (shared[countsKey] ??= { readings: new Map(), renders: new Map(), keptRenders: new Map() });
}

export function countReading(kind: keyof ReadingCounts, path: string): void {
  const counts = readingCounts()[kind];
  counts.set(path, (counts.get(path) ?? 0) + 1);
}

/** `NR/2024/017`: the newsroom's prefix, the year of the release, and its number in that year. */
export const referencePattern = /^NR\/(\d{4})\/(\d{3,})$/;

/** `NR/2024/017` -> `NR-2024-017`, the form of the short permanent address `/r/NR-2024-017/`. */
export function referenceToSlug(reference: string): string {
  return reference.replaceAll('/', '-');
}

/** The short permanent address of a reference. */
export function referencePath(reference: string): string {
  return `/r/${referenceToSlug(reference)}/`;
}

/** The next free reference of a year: one more than the highest used, three digits at least. */
export function nextReference(used: readonly string[], year: number): string {
  const numbers = used.flatMap((reference) => {
    const match = referencePattern.exec(reference);
    return match && Number(match[1]) === year ? [Number(match[2])] : [];
  });
  return `NR/${year}/${String(Math.max(0, ...numbers) + 1).padStart(3, '0')}`;
}

/**
 * The rules about files themselves, declared once for the checks, the scaffolder and the guide.
 */

/**
 * The largest release file accepted, in bytes (100 KB). The longest sample release is about 10 KB
 * and a long speech about 60 KB; anything larger is almost always a pasted document or an
 * embedded image, which belong in their own files.
 */
export const maxReleaseFileBytes = 100 * 1024;

/** The extensions of release files: `.md` for every release, `.mdx` only for the rare one a maintainer reviews as code. */
export const releaseExtensions = ['.md', '.mdx'] as const;

/** Photos and images used by releases live in `content/images/`, shared by both languages. */
export const imagesFolder = 'images';
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** Lowercase ASCII words joined by single hyphens: `interpol-visit-2013`. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}

/** "Visite de la Délégation.md" -> "visite-de-la-delegation": what to rename a file to, or a title to name it after. */
export function textToSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      // "3,000" and "3 000" are one number: keep its digits together.
      .replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

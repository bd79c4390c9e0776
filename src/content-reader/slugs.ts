import { foldTypography } from '../search/contract/normalise-text.ts';

// How files are named, apart from everything else about them (file-names.ts): the editing form
// names photos with this very module, bundled for the browser (src/cms/browser-modules.ts).

/** The extensions of the images releases may use. */
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** Astro's glob loader turns `index.md` into the id of its folder (`en`), so it would not be published at its slug. */
export const reservedSlugs = ['index'] as const;

/** Lowercase ASCII words joined by single hyphens: `interpol-visit-2013`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return slugPattern.test(text) && !(reservedSlugs as readonly string[]).includes(text);
}

/**
 * "Visite de la Délégation.md" -> "visite-de-la-delegation": what to rename a file to, or a title to
 * name it after. Typography is folded as search folds it ("Vœux" -> "voeux"), and an apostrophe
 * separates words ("l’Interface" -> "l-interface"), as the editing form's slugs do (src/cms/cms-config.ts).
 */
export function textToSlug(text: string): string {
  const slug = foldTypography(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "3,000" and "3 000" are one number: keep its digits together.
    .replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (reservedSlugs as readonly string[]).includes(slug) ? `${slug}-1` : slug;
}

/** The extension of a file name, lowercased: `.md`, `.jpg`, or '' for none (a hidden file's leading dot is not one). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

import { isLocale, type Locale } from '../i18n/locales.ts';
import { extensionOf, imageExtensions, isSlug, reservedSlugs, slugPattern, textToSlug } from './slugs.ts';

/**
 * The rules about files themselves, declared once for the checks, the scaffolder and the guide.
 * How names are made (slugs, extensions) is in slugs.ts, which the editing form's browser code shares.
 */
export { extensionOf, imageExtensions, isSlug, reservedSlugs, textToSlug };

/**
 * The largest release file accepted, in bytes (100 KB). The longest sample release is about 10 KB
 * and a long speech about 60 KB; anything larger is almost always a pasted document or an
 * embedded image, which belong in their own files.
 */
export const maxReleaseFileBytes = 100 * 1024;

/** The largest file read at all (a photo's original): anything bigger is refused unread. */
export const maxContentFileBytes = 25 * 1024 * 1024;

/** The extensions of release files: `.md` for every release, `.mdx` only for the rare one a maintainer reviews as code. */
export const releaseExtensions = ['.md', '.mdx'] as const;

/** Photos and images used by releases live in `content/images/`, shared by both languages. */
export const imagesFolder = 'images';

/** What a path under the content folder is, by where it sits and how it is named; the checks explain every kind but the first two. */
export type ContentFileKind =
  | { kind: 'release'; locale: Locale; slug: string; extension: '.md' | '.mdx' }
  | { kind: 'image'; name: string }
  | { kind: 'not-an-image'; extension: string }
  | { kind: 'image-name'; name: string; extension: string }
  | { kind: 'outside-language-folders' }
  | { kind: 'in-subfolder'; locale: Locale; name: string }
  | { kind: 'not-a-release-extension'; extension: string; hidden: boolean }
  | { kind: 'release-name'; name: string; extension: string };

export function contentFileKind(path: string): ContentFileKind {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  const extension = extensionOf(name);
  const [folder] = parts;
  if (folder === imagesFolder && parts.length > 1) {
    if (!(imageExtensions as readonly string[]).includes(extension)) return { kind: 'not-an-image', extension };
    const base = name.slice(0, -extension.length);
    // Image names are slugs too: a space, "#" or "%" in a name would have to be written differently in the Markdown.
    if (parts.length > 2 || !slugPattern.test(base) || extension !== name.slice(-extension.length))
      return { kind: 'image-name', name, extension };
    return { kind: 'image', name };
  }
  if (!isLocale(folder) || parts.length === 1) return { kind: 'outside-language-folders' };
  if (parts.length > 2) return { kind: 'in-subfolder', locale: folder, name };
  if (!(releaseExtensions as readonly string[]).includes(extension))
    return { kind: 'not-a-release-extension', extension, hidden: name.startsWith('.') };
  const slug = name.slice(0, -extension.length);
  if (!isSlug(slug) || extension !== name.slice(-extension.length)) return { kind: 'release-name', name, extension };
  return { kind: 'release', locale: folder, slug, extension: extension === '.mdx' ? '.mdx' : '.md' };
}

/** The release files among the content folder's files: what the scaffolder and the translation status read. */
export function releaseFilesOf<File extends { path: string }>(
  files: readonly File[],
): (File & { locale: Locale; slug: string; extension: '.md' | '.mdx' })[] {
  return files.flatMap((file) => {
    const kind = contentFileKind(file.path);
    return kind.kind === 'release' ? [{ ...file, locale: kind.locale, slug: kind.slug, extension: kind.extension }] : [];
  });
}

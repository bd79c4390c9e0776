import type { Locale } from '../i18n/locales.ts';

/** A file found under the content folder, read as bytes: encoding is checked, never assumed. */
export interface SourceFile {
  /** Relative to the content folder, with `/` separators: `en/my-release.md`. */
  path: string;
  /** What editors see in the repository: `content/en/my-release.md`. */
  displayPath: string;
  bytes: Uint8Array;
}

/** A file in the right place with the right name: a release in one language. */
export interface ReleaseFile extends SourceFile {
  locale: Locale;
  slug: string;
  extension: '.md' | '.mdx';
}

import { idToLocale, locales, type Locale } from '../i18n/locales.ts';

/** Anything with a content id of the form `<locale>/<slug>`, as the glob loader gives. */
export interface LocalizedEntry {
  id: string;
}

/** One release: the same slug in one or more languages. */
export interface Release<Entry extends LocalizedEntry> {
  slug: string;
  versions: Partial<Record<Locale, Entry>>;
}

/** `fr/my-release` -> `my-release`. */
export function idToSlug(id: string): string {
  idToLocale(id);
  return id.slice(id.indexOf('/') + 1);
}

/** Groups entries by slug. Two entries for the same slug and language are an error, never a silent overwrite. */
export function pairBySlug<Entry extends LocalizedEntry>(entries: readonly Entry[]): Release<Entry>[] {
  const releases = new Map<string, Release<Entry>>();
  for (const entry of entries) {
    const locale = idToLocale(entry.id);
    const slug = idToSlug(entry.id);
    const release = releases.get(slug) ?? { slug, versions: {} };
    if (release.versions[locale]) {
      throw new Error(`Two files in content/${locale}/ have the slug "${slug}": keep one of them.`);
    }
    release.versions[locale] = entry;
    releases.set(slug, release);
  }
  return [...releases.values()];
}

/** A release's files, in the site's language order. */
export function releaseEntries<Entry extends LocalizedEntry>(release: Release<Entry>): Entry[] {
  return locales.flatMap((locale) => release.versions[locale] ?? []);
}

/** The languages a release exists in, in the site's order (the primary language first). */
export function languagesOf(release: Release<LocalizedEntry>): Locale[] {
  return locales.filter((locale) => release.versions[locale] !== undefined);
}

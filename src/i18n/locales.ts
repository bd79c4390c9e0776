import { languagesModule } from '../site-settings.mjs';
import type { LocaleRecord } from './locale-record.ts';
import type { SiteLanguage } from './site-language.ts';
import { siteLanguages } from './site-languages.ts';

/**
 * A language code of this site (`en`, `fr`): a string, because the list is read when the build
 * starts. Every lookup below throws on a code that is not the site's, rather than guess.
 */
export type Locale = string;

/**
 * The site's languages: `site-languages.ts`, or the module `NEWSROOM_LANGUAGES` names, so a test
 * can build a site with a language that lives only in the tests (tests/fixtures/languages/).
 * Server side only: the browser gets what it needs of a language from the page.
 */
async function loadLanguages(): Promise<readonly SiteLanguage[]> {
  if (!languagesModule) return siteLanguages;
  const loaded: { siteLanguages?: readonly SiteLanguage[] } = await import(/* @vite-ignore */ languagesModule);
  if (!loaded.siteLanguages) throw new Error(`NEWSROOM_LANGUAGES names ${languagesModule}, which exports no \`siteLanguages\`.`);
  return loaded.siteLanguages;
}

const languages = await loadLanguages();
const byCode = new Map(languages.map((language) => [language.record.code, language]));
if (byCode.size !== languages.length || languages.length === 0) {
  throw new Error(
    `The site's languages must be one or more distinct codes, not ${languages.map((language) => language.record.code).join(', ')}.`,
  );
}

/** The languages of the newsroom, declared once, primary first. */
export const locales: readonly Locale[] = languages.map((language) => language.record.code);

/**
 * The language the organisation works in first. It frames the pages every language shares (the
 * chooser, the 404 page), and a release in several languages was written in it first, so JSON-LD
 * calls its page the original and the others translations.
 */
export const primaryLocale: Locale = locales[0]!;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && byCode.has(value);
}

/** The record and dictionaries of one of the site's languages. */
export function localeToLanguage(locale: Locale): SiteLanguage {
  const language = byCode.get(locale);
  if (!language) throw new Error(`"${locale}" is not one of the site's languages (${locales.join(', ')}).`);
  return language;
}

/** The record of one of the site's languages (`records/<locale>.ts`). */
export function localeToRecord(locale: Locale): LocaleRecord {
  return localeToLanguage(locale).record;
}

/** The UI strings of one of the site's languages (`ui/<locale>.ts`). */
export function localeToDictionary(locale: Locale): SiteLanguage['ui'] {
  return localeToLanguage(locale).ui;
}

/** Every language but this one, in the site's order. */
export function localesOtherThan(locale: Locale): Locale[] {
  return locales.filter((other) => other !== locale);
}

/** Reads the language from the first folder of a content id such as `fr/my-release`; throws rather than guess. */
export function idToLocale(id: string): Locale {
  const folder = id.split('/')[0];
  if (!isLocale(folder)) {
    throw new Error(
      `"${id}" is not under ${locales.map((locale) => `content/${locale}/`).join(' or ')}: every release file must be in one of those folders.`,
    );
  }
  return folder;
}

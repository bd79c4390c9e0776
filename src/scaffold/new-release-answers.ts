import { isSlug, textToSlug } from '../content-reader/file-names.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { parseMoment } from '../releases/life/publish-moment.ts';
import { parsePartialDate } from '../releases/partial-date.ts';
import { organisationIds, releaseTypes, topicIds, type OrganisationId, type ReleaseType, type TopicId } from '../releases/vocabulary.ts';

/** A typed answer, or what to type instead. */
export type Answer<Value> = { value: Value } | { error: string };

function oneOf<Value extends string>(allowed: readonly Value[], text: string): Answer<Value> {
  const value = allowed.find((candidate) => candidate === text.trim());
  return value ? { value } : { error: `type one of: ${allowed.join(', ')}` };
}

/**
 * How the scaffolder reads each answer, shared by its flags and its prompts so both accept the
 * same input and explain a wrong one the same way.
 */
export const readAnswer = {
  locale(text: string): Answer<Locale> {
    const value = text.trim().toLowerCase();
    return isLocale(value) ? { value } : { error: 'type en (English) or fr (French)' };
  },
  title(text: string): Answer<string> {
    const value = text.trim();
    return value ? { value } : { error: 'the title cannot be empty' };
  },
  slug(text: string): Answer<string> {
    const value = text.trim();
    return isSlug(value)
      ? { value }
      : {
          error: `"${value}" is not a slug: use lowercase letters, digits and hyphens, such as ${textToSlug(value) || 'interpol-visit-2013'}`,
        };
  },
  date(text: string): Answer<string> {
    const value = text.trim();
    const parsed = parsePartialDate(value);
    return typeof parsed === 'string' ? { error: `the date ${parsed}` } : { value };
  },
  /** Empty for the start of the release's date; otherwise a moment with its time zone. */
  publishAt(text: string): Answer<string | undefined> {
    const value = text.trim();
    if (!value) return { value: undefined };
    const parsed = parseMoment(value);
    return typeof parsed === 'string' ? { error: `the moment ${parsed}` } : { value };
  },
  type: (text: string): Answer<ReleaseType> => oneOf(releaseTypes, text),
  organisation: (text: string): Answer<OrganisationId> => oneOf(organisationIds, text),
  topics(text: string): Answer<TopicId[]> {
    const words = text.split(/[\s,]+/).filter(Boolean);
    const unknown = words.filter((word) => !(topicIds as readonly string[]).includes(word));
    if (unknown.length > 0) return { error: `unknown topic ${unknown.join(', ')}: use any of ${topicIds.join(', ')}` };
    return { value: topicIds.filter((topic) => words.includes(topic)) };
  },
};

/**
 * A small validator of the schema.org types the site emits in JSON-LD, by the properties each
 * requires and the kind of value each property takes (schema.org's own definitions, and the
 * minimums search engines ask of a news article: a raster logo of at least 112 px, an image).
 * Any property not listed here is a problem too: a typo would otherwise pass unseen.
 */
type Check = (value: unknown) => string | undefined;

const isUrl: Check = (value) => (typeof value === 'string' && URL.canParse(value) ? undefined : 'is not an absolute URL');
const isText: Check = (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : 'is not text');
const isLanguage: Check = (value) =>
  typeof value === 'string' && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(value) ? undefined : 'is not a language code';
// ISO 8601 at the precision known: a year, a month, a day or a date-time (schema.org Date or DateTime).
const isIsoDate: Check = (value) =>
  typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/.test(value)
    ? undefined
    : 'is not an ISO 8601 date';
const atLeast =
  (minimum: number): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= minimum ? undefined : `is not a whole number of at least ${minimum}`;
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.length > 0 ? value.map(check).find(Boolean) : 'is not a non-empty list';
const typed =
  (type: string): Check =>
  (value) =>
    validateJsonLd(value, type).join('; ') || undefined;

interface TypeRules {
  required: Record<string, Check>;
  optional: Record<string, Check>;
}

const types: Record<string, TypeRules> = {
  NewsArticle: {
    required: {
      '@id': isUrl,
      url: isUrl,
      mainEntityOfPage: isUrl,
      headline: isText,
      datePublished: isIsoDate,
      inLanguage: isLanguage,
      author: typed('Organization'),
      publisher: typed('Organization'),
      image: listOf(isUrl),
    },
    optional: {
      '@context': isUrl,
      // A Thing's identifier: the release's reference, shared by its versions.
      identifier: isText,
      description: isText,
      dateModified: isIsoDate,
      workTranslation: typed('NewsArticle'),
      translationOfWork: typed('NewsArticle'),
    },
  },
  Organization: { required: { name: isText, url: isUrl }, optional: { logo: typed('ImageObject') } },
  ImageObject: { required: { url: isUrl, width: atLeast(112), height: atLeast(112) }, optional: {} },
};

// A translation names its twin by @id, type and language only.
const reference: TypeRules = { required: { '@id': isUrl, inLanguage: isLanguage }, optional: {} };

/** Problems with one JSON-LD node expected to be `expected` (any type the site emits when not given). */
export function validateJsonLd(node: unknown, expected?: string): string[] {
  if (typeof node !== 'object' || node === null) return ['is not an object'];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string' || !(type in types)) return [`has @type ${JSON.stringify(type)}, not one the site emits`];
  if (expected && type !== expected) return [`is a ${type} where a ${expected} belongs`];
  const isReference = expected !== undefined && Object.keys(record).every((key) => ['@type', '@id', 'inLanguage'].includes(key));
  const rules = isReference && type === 'NewsArticle' ? reference : types[type]!;
  const problems: string[] = [];
  for (const [property, check] of Object.entries(rules.required)) {
    if (!(property in record)) problems.push(`${type} lacks ${property}`);
    else {
      const problem = check(record[property]);
      if (problem) problems.push(`${type}.${property} ${problem}`);
    }
  }
  for (const [property, value] of Object.entries(record)) {
    if (property === '@type' || property in rules.required) continue;
    const check = rules.optional[property];
    if (!check) problems.push(`${type} has ${property}, which the validator does not know`);
    else {
      const problem = check(value);
      if (problem) problems.push(`${type}.${property} ${problem}`);
    }
  }
  return problems;
}

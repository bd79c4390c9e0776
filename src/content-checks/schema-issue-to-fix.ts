import { groupFields } from '../releases/schema.ts';
import { organisationIds, releaseTypes, topicIds } from '../releases/vocabulary.ts';
import { closestWord } from './closest-word.ts';

/** The parts of a zod issue the messages use; zod's own wording is written for developers. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
}

/** What a correct line looks like, shown when a required field is missing. */
const examples: Record<string, string> = {
  title: 'title: "Operation Pangea closes 3,000 illegal pharmacy websites"',
  date: 'date: "2013-01-31" (or "2013-01" or "2013" when only the month or year is known)',
  type: `type: ${releaseTypes[0]}`,
  organisation: `organisation: ${organisationIds[0]}`,
  alt: 'alt: "The Secretary General shakes hands with the President"',
  caption: 'caption: "The Secretary General welcomes the President to headquarters"',
  name: 'name: "Claire Dubois"',
  role: 'role: "Press officer"',
};

const groups: Record<string, { noun: string; fields: readonly string[] }> = {
  related: { noun: 'a related link', fields: groupFields.related },
  photos: { noun: 'a photo', fields: groupFields.photos },
  contacts: { noun: 'a media contact', fields: groupFields.contacts },
};

const vocabularies: Record<string, { noun: string; values: readonly string[] }> = {
  type: { noun: 'release type', values: releaseTypes },
  organisation: { noun: 'organisation', values: organisationIds },
  topics: { noun: 'topic', values: topicIds },
};

const typeInWords: Record<string, string> = {
  string: 'text in double quotes',
  array: 'a list, with each item on its own line starting with "- "',
  object: 'a group of fields ("title:" and "url:" indented under "- ")',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

/**
 * Turns one schema issue into a sentence an editor can act on: what is wrong with the field and
 * what to write instead. `shape` gives each top-level field's description from the schema.
 */
export function schemaIssueToFix(
  issue: SchemaIssue,
  path: readonly PropertyKey[],
  data: unknown,
  shape: Record<string, { description?: string | undefined }>,
  written?: string,
): string {
  const fieldName = String(path.filter((key) => typeof key === 'string').at(-1) ?? '');
  const value = valueAt(data, path);
  const description = shape[String(path[0])]?.description;
  // A number, a date or a yes/no is quoted as the editor wrote it, not as YAML read it (an unquoted date is a Date to YAML).
  const isText = typeof value === 'string' || (typeof value === 'object' && value !== null && !(value instanceof Date));
  const shown = isText ? describe(value) : written?.trim() || describe(value);

  if (value === undefined && path.length === 3 && groups[String(path[0])]) {
    const group = groups[String(path[0])];
    return `${capitalize(group?.noun ?? '')} (in ${String(path[0])}, item ${Number(path[1]) + 1}) has no "${fieldName}": add a line such as ${fieldName}: "…" under it.`;
  }
  if (value === undefined && path.length > 0) {
    const example = examples[fieldName];
    return `the required field "${fieldName}" is missing.${description && path.length === 1 ? ` ${description}` : ''} Add a line such as: ${example ?? `${fieldName}: …`}`;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      if (path.length === 1 && fieldName === 'slug')
        return '"slug" is not a field of a release: the file name is the slug (the last part of the page\'s address), and a slug field would give the page another address. Remove this line, and rename the file if the address must change.';
      const group = path.length === 3 ? groups[String(path[0])] : undefined;
      const known = path.length === 1 ? Object.keys(shape) : (group?.fields ?? []);
      const guess = closestWord(fieldName, known);
      const hint = guess ? `did you mean "${guess}"?` : 'check its spelling, or remove it.';
      if (group) {
        return `"${fieldName}" is not a field of ${group.noun} (in ${String(path[0])}, item ${Number(path[1]) + 1}): ${hint} The fields of ${group.noun} are: ${known.join(', ')}.`;
      }
      return `"${fieldName}" is not a field of a release: ${hint}${known.length ? ` The fields are: ${known.join(', ')}.` : ''}`;
    }
    case 'invalid_type': {
      const wanted =
        fieldName === 'topics'
          ? 'a list, such as [terrorism, cybercrime]'
          : (typeInWords[issue.expected ?? ''] ?? issue.expected ?? 'something else');
      return `"${fieldName}" must be ${wanted}, not ${shown}.`;
    }
    case 'invalid_value': {
      const vocabulary = vocabularies[fieldName];
      const allowed = (issue.values ?? []).map(String);
      const guess = typeof value === 'string' ? closestWord(value, allowed) : undefined;
      const hint = guess ? ` Did you mean ${guess}?` : '';
      return `${shown} is not a known ${vocabulary?.noun ?? 'value'}.${hint} Use one of: ${allowed.join(', ')}.${
        fieldName === 'topics' ? ' A new topic needs a maintainer to add it with its English and French labels.' : ''
      }`;
    }
    case 'too_small':
      return `"${fieldName}" is empty: write it, or remove the line if the field is optional.`;
    case 'custom':
      if (fieldName === 'date') {
        return `the date ${issue.message}. Write a real date as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.`;
      }
      return `"${fieldName}" ${issue.message}.`;
    default:
      return `"${fieldName}" is not valid (${issue.message}).${description ? ` It is: ${description}` : ''}`;
  }
}

import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { localeToName } from '../i18n/language-names.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { UiKey } from '../i18n/ui/en.ts';
import { releaseSchema } from '../releases/schema.ts';
import { isFormFieldPath, type FormText } from '../i18n/cms-form/form-text.ts';
import { formText } from '../i18n/cms-form/index.ts';

/** One field of Decap CMS's collection config (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'select' | 'list' | 'image' | 'markdown' | 'boolean' | 'object';
  required: boolean;
  hint?: string;
  i18n: true | 'duplicate';
  options?: { value: string; label: string }[];
  multiple?: boolean;
  pattern?: [string, string];
  fields?: CmsField[];
  [option: string]: unknown;
}

type AnySchema = z.ZodType;
type ObjectSchema = z.ZodObject<Record<string, AnySchema>>;

// Outside a build there is no image pipeline: a photo is the path the editor chose, as in the content check.
const pathInsteadOfImage = (() => z.string()) as unknown as ImageFunction;

/** The frontmatter schema the content check and the build use, read here to write the form. */
export const releaseFrontmatterSchema = releaseSchema({ image: pathInsteadOfImage }) as unknown as ObjectSchema;

/**
 * The fields a release and its translation share (the content check refuses a pair that
 * disagrees on them): the form fills them in once and copies them to the other language.
 */
export const sharedFieldNames: readonly string[] = ['date', 'type', 'organisation', 'topics', 'reference', 'publishAt'];

/** Where an identifier's label lives in the readers' dictionaries, for each field of a controlled vocabulary. */
const vocabularyLabels: Record<string, (value: string, locale: Locale) => string> = {
  type: (value, locale) => useTranslations(locale)(`type.${value}` as UiKey),
  organisation: (value, locale) => useTranslations(locale)(`org.${value}` as UiKey),
  topics: (value, locale) => useTranslations(locale)(`topic.${value}` as UiKey),
  // A language is named from the records (language-names.ts), as on the site.
  'related.lang': (value, locale) => localeToName(value, locale),
};

/** Fields whose schema type says too little for a widget: the date is text with a precision, the photo a file. */
const widgetOverrides: Record<string, (text: FormText) => Partial<CmsField>> = {
  // A format check only: the content check parses the date (a 30 February is refused there).
  date: (text) => ({ widget: 'string', pattern: [String.raw`^\d{4}(-\d{2}(-\d{2})?)?$`, text.datePattern] }),
  'photos.file': () => ({ widget: 'image', choose_url: false }),
  publishAt: (text) => ({
    widget: 'string',
    pattern: [String.raw`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$`, text.momentPattern],
  }),
  'updates.date': (text) => ({ widget: 'string', pattern: [String.raw`^\d{4}-\d{2}-\d{2}$`, text.dayPattern] }),
  'withdrawn.date': (text) => ({ widget: 'string', pattern: [String.raw`^\d{4}-\d{2}-\d{2}$`, text.dayPattern] }),
};

function definition(schema: AnySchema): { type: string; innerType?: AnySchema; element?: AnySchema; entries?: Record<string, string> } {
  return (schema as unknown as { _zod: { def: ReturnType<typeof definition> } })._zod.def;
}

/** The schema under `.optional()` and `.default()`, which only say whether the field is required. */
function unwrap(schema: AnySchema): AnySchema {
  const { type, innerType } = definition(schema);
  return (type === 'optional' || type === 'default') && innerType ? unwrap(innerType) : schema;
}

function vocabularyOptions(path: string, values: string[], locale: Locale): { value: string; label: string }[] {
  const label = vocabularyLabels[path];
  return values.map((value) => ({ value, label: label ? label(value, locale) : value }));
}

function fieldFor(name: string, path: string, schema: AnySchema, locale: Locale, i18n: CmsField['i18n']): CmsField {
  const text = formText(locale);
  const inner = unwrap(schema);
  const { type, element, entries } = definition(inner);
  const named = isFormFieldPath(path);
  const hint = (named ? text.hints[path] : undefined) ?? schema.description ?? inner.description;
  const field: CmsField = {
    name,
    // A field just added to the schema shows its name until the dictionaries give it words (a unit test asks for them).
    label: named ? text.labels[path] : name,
    widget: 'string',
    required: !schema.safeParse(undefined).success,
    i18n,
    ...(hint ? { hint } : {}),
  };
  const override = widgetOverrides[path];
  if (override) return { ...field, ...override(text) };
  if (type === 'string') return field;
  if (type === 'boolean') return { ...field, widget: 'boolean', required: false };
  if (type === 'object') {
    const fields = objectFields(inner as ObjectSchema, `${path}.`, locale, i18n);
    // Decap validates an optional object's required fields even when it is left empty (a release not
    // withdrawn), which would block every save: the content check says what a filled one lacks.
    return {
      ...field,
      widget: 'object',
      collapsed: true,
      fields: field.required ? fields : fields.map((sub) => ({ ...sub, required: false })),
    };
  }
  if (type === 'enum' && entries) return { ...field, widget: 'select', options: vocabularyOptions(path, Object.values(entries), locale) };
  if (type === 'array' && element) {
    const item = definition(unwrap(element));
    if (item.type === 'enum' && item.entries)
      return { ...field, widget: 'select', multiple: true, options: vocabularyOptions(path, Object.values(item.entries), locale) };
    if (item.type === 'object')
      return {
        ...field,
        widget: 'list',
        collapsed: false,
        fields: objectFields(unwrap(element) as ObjectSchema, `${path}.`, locale, i18n),
      };
  }
  throw new Error(
    `src/releases/schema.ts: the field "${path}" is a ${type} schema, which the editing form has no widget for. Give it one in widgetOverrides in src/cms/release-fields.ts.`,
  );
}

function objectFields(schema: ObjectSchema, prefix: string, locale: Locale, i18n?: CmsField['i18n']): CmsField[] {
  return Object.entries(schema.shape).map(([name, fieldSchema]) =>
    fieldFor(name, `${prefix}${name}`, fieldSchema, locale, i18n ?? (sharedFieldNames.includes(name) ? 'duplicate' : true)),
  );
}

/** The form's fields in one language: every frontmatter field of the schema, then the text. */
export function releaseFormFields(locale: Locale, schema: ObjectSchema = releaseFrontmatterSchema): CmsField[] {
  const text = formText(locale);
  const body: CmsField = {
    name: 'body',
    label: text.labels.body,
    ...(text.hints.body ? { hint: text.hints.body } : {}),
    widget: 'markdown',
    required: false,
    i18n: true,
    // Headings start at level 2: the title is the page's only first-level heading.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: [],
  };
  return [...objectFields(schema, '', locale), body];
}

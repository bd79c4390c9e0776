/** Every field of the editing form, by its path in the frontmatter (`related.title`), then the text. */
export const formFieldPaths = [
  'title',
  'standfirst',
  'date',
  'type',
  'organisation',
  'dateline',
  'topics',
  'related',
  'related.title',
  'related.url',
  'related.lang',
  'contacts',
  'contacts.name',
  'contacts.role',
  'contacts.phone',
  'contacts.email',
  'photos',
  'photos.file',
  'photos.alt',
  'photos.caption',
  'photos.credit',
  'body',
] as const;

export type FormFieldPath = (typeof formFieldPaths)[number];

/** The words of the editing form in one language: a label for every field, so a missing one does not compile. */
export interface FormText {
  collection: string;
  collectionSingular: string;
  collectionDescription: string;
  datePattern: string;
  needsJavaScript: string;
  notConfigured: string;
  labels: Record<FormFieldPath, string>;
  /** English hints are the schema's own `.describe()` texts, so only the fields without one are here. */
  hints: Partial<Record<FormFieldPath, string>>;
}

/** A translation of the form: every hint too, since the schema's describe() texts are English. */
export interface TranslatedFormText extends FormText {
  hints: Record<FormFieldPath, string>;
}

/** Whether a schema path is one the dictionaries name; a field just added to the schema is not, until it is given words. */
export function isFormFieldPath(path: string): path is FormFieldPath {
  return (formFieldPaths as readonly string[]).includes(path);
}

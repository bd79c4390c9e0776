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
  'reference',
  'publishAt',
  'updates',
  'updates.date',
  'updates.note',
  'updates.minor',
  'withdrawn',
  'withdrawn.date',
  'withdrawn.reason',
  'withdrawn.keepText',
  'textLanguage',
  'body',
] as const;

export type FormFieldPath = (typeof formFieldPaths)[number];

/** The words of the editing form in one language: a label for every field, so a missing one does not compile. */
export interface FormText {
  collection: string;
  collectionSingular: string;
  collectionDescription: string;
  datePattern: string;
  /** How to write a whole day ("YYYY-MM-DD") and a moment with its time zone. */
  dayPattern: string;
  momentPattern: string;
  needsJavaScript: string;
  notConfigured: string;
  /** What /admin/ says on a pull request's preview, where no sign-in can work. */
  notOnPreview: string;
  /** What the form tells an editor about a photo it renamed, shrank or refused, with {placeholders}. */
  photos: { renamed: string; resized: string; refused: string; close: string };
  /**
   * What the local publish guard (scripts/support/cms-publish-guard.ts) answers when it stops a
   * publication ({branch}, then the content check's report) or turns a deletion into a branch ({published}, {branch}).
   */
  refusals: { checkFails: string; withdrawn: string };
  /** Beside a release in the form's list, when its translation needs work: {languages}, {translation}, {changed} are language names. */
  translation: { missing: string; olderTranslation: string };
  /** The preview's column of one language ({language} is its name): its heading, and what it says when it has nothing to show. */
  preview: { column: string; notWritten: string; hidden: string };
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

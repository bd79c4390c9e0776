import type { LocaleRecord } from './locale-record.ts';
import type { FormText } from './cms-form/form-text.ts';
import type { Dictionary } from './ui/en.ts';

/** A language is its record and its dictionaries (the site's, the editing form's): nothing else in the site names one. */
export interface SiteLanguage {
  record: LocaleRecord;
  ui: Dictionary;
  form: FormText;
}

import type { SiteLanguage } from './site-language.ts';
import { en as enRecord } from './records/en.ts';
import { fr as frRecord } from './records/fr.ts';
import { en as enForm } from './cms-form/en.ts';
import { fr as frForm } from './cms-form/fr.ts';
import { en } from './ui/en.ts';
import { fr } from './ui/fr.ts';

/** The newsroom's languages, in the order the chooser, the switch and the sitemap list them: the first is the primary one. */
export const siteLanguages: readonly SiteLanguage[] = [
  { record: enRecord, ui: en, form: enForm },
  { record: frRecord, ui: fr, form: frForm },
];

/**
 * The words the benchmark corpus is written with, per language, most frequent first.
 * Real words head each list (function words, then the newsroom's vocabulary); a long tail of
 * invented but pronounceable words follows, so frequencies can follow Zipf's law over a
 * vocabulary as large as real text has.
 */
import type { Random } from './random.ts';

/** The benchmark writes the production site's two languages. */
export const corpusLocales = ['en', 'fr'] as const;
export type CorpusLocale = (typeof corpusLocales)[number];

const headWords: Record<CorpusLocale, string> = {
  en: `the of and to in a for on by with that was is from as at police its has were this be have are which an
    international countries member their said also will more than organization operation cooperation security
    national officers law enforcement countries crime general secretary world global support customs during
    meeting training information data project border between criminal illicit capacity new regional
    all other been who against work network across through including such help agencies heads partners
    investigations investigators illegal trafficking networks officials public experts arrests seized drugs
    goods firearms cybercrime terrorism victims children fraud money financial services conference week
    first strategic threats efforts results development programme analysis tools access response systems
    government ministry minister director president agreement joint team unit office police-led operational
    weapons vessels ports airports passports documents databases notices fugitives suspects warrants cases`,
  fr: `de la le et les des à en du un une pour que qui dans sur par au a avec est ont ses leur plus été ce cette
    pays police sécurité coopération opération internationale international membres organisation général
    secrétaire mondiale douanes réunion formation données projet frontières criminels illicites capacités
    nouveau régionale tous autres contre travail réseau entre notamment aide services chefs partenaires
    enquêtes enquêteurs illégal trafic réseaux responsables publics experts arrestations saisies drogues
    marchandises armes cybercriminalité terrorisme victimes enfants fraude argent financiers conférence semaine
    première stratégique menaces efforts résultats développement programme analyse outils accès réponse
    systèmes gouvernement ministère ministre directeur président accord conjointe équipe unité bureau
    opérationnelle navires ports aéroports passeports documents bases fugitifs suspects mandats affaires
    été être très où déjà après année années région élevé sûreté évaluation échange priorité stratégie`,
};

const syllables: Record<CorpusLocale, string[]> = {
  en: 'ba be ca co da de fa fi ga ho ja ki la lo ma mi na no pa pe ra ri sa so ta te va vo wa ze ter con pro ment tion ing ous ble'.split(
    ' ',
  ),
  fr: 'ba bé ca co da dé fa fi ga ho ja ki la lo ma mi na no pa pé ra ri sa so ta té va vo çon ère ée ème ment tion eur ique ité'.split(
    ' ',
  ),
};

/** Head words, then invented words until the list holds `size` distinct words. */
export function vocabulary(locale: CorpusLocale, size: number, random: Random): string[] {
  const words = [...new Set(headWords[locale].split(/\s+/).filter(Boolean))];
  const seen = new Set(words);
  while (words.length < size) {
    const length = 2 + Math.floor(random() * 3);
    const word = Array.from({ length }, () => random.pick(syllables[locale])).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

export const firstNames =
  'Mireille Ronald Jürgen Kunio Ana Élodie François Amadou Chen Fatima Olga Raúl Siobhan Kwame Ngozi Hélène Björn Zoë'.split(' ');
export const lastNames =
  'Ballestrazzi Noble Stock Mikuriya Ortega Lefèvre Ndiaye Wei Haddad Petrova Sánchez Byrne Mensah Okafor Dubœuf Åström Müller'.split(' ');
export const cities =
  'LYON, France|BRUSSELS, Belgium|SINGAPORE|BUENOS AIRES, Argentina|NAIROBI, Kenya|ABU DHABI, UAE|MONTRÉAL, Canada|DAKAR, Sénégal|SÃO PAULO, Brazil'.split(
    '|',
  );

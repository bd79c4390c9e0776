import type { LocaleRecord } from '../locale-record.ts';

export const fr = {
  code: 'fr',
  name: 'Français',
  englishName: 'French',
  intl: 'fr-FR',
  openGraph: 'fr_FR',
  dir: 'ltr',
  segments: {
    releases: 'actualites',
    browse: 'parcourir',
    topics: 'themes',
    years: 'annees',
    search: 'recherche',
    offline: 'hors-ligne',
    pressOffice: 'service-de-presse',
    legal: 'mentions-legales',
    privacy: 'confidentialite',
    accessibility: 'accessibilite',
  },
  typography: 'french',
  sizeUnits: ['octets', 'Ko', 'Mo'],
  firstDayOfMonth: '1er',
  datelineExample: 'LYON (France)',
  functionWords:
    'le la les de des du et un une est dans pour que qui sur par au aux avec cette ses son sont plus été ont leur pas ne'.split(' '),
} as const satisfies LocaleRecord;

import type { LocaleRecord } from '../locale-record.ts';

export const en = {
  code: 'en',
  name: 'English',
  englishName: 'English',
  intl: 'en-GB',
  openGraph: 'en_GB',
  dir: 'ltr',
  segments: {
    releases: 'news',
    browse: 'browse',
    topics: 'topics',
    years: 'years',
    search: 'search',
    offline: 'offline',
    pressOffice: 'press-office',
    legal: 'legal-notice',
    privacy: 'privacy',
    accessibility: 'accessibility',
  },
  typography: 'none',
  sizeUnits: ['bytes', 'KB', 'MB'],
  firstDayOfMonth: '1',
  datelineExample: 'LYON, France',
  functionWords: 'the of and to in is that for with by at from it was be are has have will its this which were been their not but'.split(
    ' ',
  ),
} as const satisfies LocaleRecord;

/**
 * Controlled vocabularies: the identifiers a release's frontmatter may use.
 * Their English and French labels live in the dictionaries under `src/i18n/ui/`.
 */

export const releaseTypes = ['media-release', 'news', 'statement', 'speech'] as const;
export type ReleaseType = (typeof releaseTypes)[number];

export const topicIds = [
  'police-cooperation',
  'customs-cooperation',
  'terrorism',
  'cybercrime',
  'drug-trafficking',
  'organized-crime',
  'human-trafficking',
  'illicit-trade',
  'illegal-betting',
  'financial-crime',
  'travel-documents',
] as const;
export type TopicId = (typeof topicIds)[number];

export const organisationIds = ['interpol', 'wco'] as const;
export type OrganisationId = (typeof organisationIds)[number];

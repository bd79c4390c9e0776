import type { FormText } from './form-text.ts';

/**
 * English words of the editing form at /admin/. Hints are not here: an English hint is the
 * schema's own `.describe()` text (src/releases/schema.ts), written once.
 */
export const en: FormText = {
  collection: 'Releases',
  collectionSingular: 'Release',
  collectionDescription: 'Media releases. Each language is one file; a release may exist in one language only.',
  datePattern: 'Write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known.',
  needsJavaScript: 'The editing form needs JavaScript.',
  notConfigured:
    'This copy of the site does not know which GitHub repository to edit. Build it with NEWSROOM_CMS_REPO=owner/name (see the README, “Editing in the browser”).',
  labels: {
    title: 'Title',
    standfirst: 'Standfirst',
    date: 'Date',
    type: 'Type',
    organisation: 'Organisation',
    dateline: 'Dateline',
    topics: 'Topics',
    related: 'Related links',
    'related.title': 'Link text',
    'related.url': 'Address',
    'related.lang': 'Language of the document',
    contacts: 'Media contacts',
    'contacts.name': 'Name',
    'contacts.role': 'Role',
    'contacts.phone': 'Telephone',
    'contacts.email': 'E-mail',
    photos: 'Photos',
    'photos.file': 'Image file',
    'photos.alt': 'Description (alt text)',
    'photos.caption': 'Caption',
    'photos.credit': 'Credit',
    body: 'Text',
  },
  hints: { body: 'The release itself, in Markdown: one paragraph per block, separated by an empty line.' },
};

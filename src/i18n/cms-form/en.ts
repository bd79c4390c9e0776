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
  dayPattern: 'Write the day as YYYY-MM-DD.',
  momentPattern: 'Write YYYY-MM-DDTHH:MM and the time zone, such as 2025-03-01T09:00+01:00.',
  needsJavaScript: 'The editing form needs JavaScript.',
  notConfigured:
    'This copy of the site does not know which GitHub repository to edit. Build it with NEWSROOM_CMS_REPO=owner/name (see the README, “Editing in the browser”).',
  notOnPreview:
    'The editing form is not set up on a pull request’s preview: this copy of the site is for reading only. Edit the release on the published site’s /admin/ page, or on your computer with npm run cms.',
  photos: {
    renamed:
      'The photo “{from}” is saved as “{to}”: file names are lowercase words joined by hyphens, ending in the photo’s own fingerprint, so that it never replaces another photo of the same name.',
    resized:
      'The photo “{from}” was too large ({fromWidth} × {fromHeight} pixels, {before}): it is saved as “{to}”, {width} × {height} pixels ({after}).',
    close: 'Close this note',
    refused: '“{name}” cannot be added: a photo is a JPEG, PNG, WebP, AVIF or GIF file ({extensions}) that the browser can open.',
  },
  refusals: {
    checkFails: 'The content check fails on {branch}, so it cannot be published:',
    withdrawn:
      'Nothing was deleted on {published}: the withdrawal is on the branch {branch}, for review. It is published when that branch is merged.',
  },
  /** Beside a release in the form's list, when its translation needs work. */
  translation: {
    missing: 'Not yet in {languages}',
    olderTranslation: '{translation} version older than the {changed}',
  },
  preview: {
    column: 'In {language}, as the site will show it',
    notWritten: 'Not written in {language} yet.',
    hidden: 'The {language} version shows here when the form’s main column is in {language}.',
  },
  labels: {
    title: 'Title',
    standfirst: 'Standfirst',
    date: 'Date',
    type: 'Type',
    organisation: 'Organisation',
    dateline: 'Dateline',
    textLanguage: 'Languages of the text',
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
    reference: 'Reference',
    publishAt: 'Publish at (date, time and time zone)',
    updates: 'Corrections and updates',
    'updates.date': 'Day of the change',
    'updates.note': 'Public note',
    'updates.minor': 'Minor change (spelling, layout): no public note',
    withdrawn: 'Withdrawal',
    'withdrawn.date': 'Day of the withdrawal',
    'withdrawn.reason': 'Reason, shown on the page',
    'withdrawn.keepText': 'Keep the text on the page',
    body: 'Text',
  },
  hints: { body: 'The release itself, in Markdown: one paragraph per block, separated by an empty line.' },
};

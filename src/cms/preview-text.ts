// The entry of /admin/preview-text.js (bundled by browser-modules.ts): the site's own rules
// for a date and for a language's typography, so the form's preview sets a release as its page does.
export { typesetFrench } from '../typography/french.ts';
export { formatPartialDate } from '../i18n/format-date.ts';
export { parsePartialDate } from '../releases/partial-date.ts';

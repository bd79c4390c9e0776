// @ts-check
/* global window, document */
// Runs before Decap CMS: picks the editor's language, then starts Decap with that language's config.

/** @type {string[]} */
const locales = (document.documentElement.dataset['locales'] ?? '').split(' ');

/** `?lang=fr` first, then the language chosen on the site, then the browser's; else the first. */
function editorLocale() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  let remembered = null;
  try {
    remembered = localStorage.getItem(document.documentElement.dataset['localeKey'] ?? '');
  } catch {
    // Storage can be disabled; the browser's languages still say something.
  }
  const browser = navigator.languages.map((language) => language.slice(0, 2));
  return [asked, remembered, ...browser].find((locale) => locale && locales.includes(locale)) ?? locales[0] ?? '';
}

const locale = editorLocale();
document.documentElement.lang = locale;
// @ts-expect-error Decap reads this flag from the window: it waits for CMS.init() below.
window.CMS_MANUAL_INIT = true;

document.addEventListener('DOMContentLoaded', async () => {
  const config = await (await fetch(`/admin/config.${locale}.json`)).json();
  if (!config.backend.repo && !config.local_backend) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = config.notConfigured;
    document.body.append(message);
    return;
  }
  delete config.notConfigured;
  // @ts-expect-error Decap's script defines window.CMS.
  window.CMS.init({ config });
});

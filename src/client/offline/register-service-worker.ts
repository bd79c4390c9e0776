// Loaded on every page, so it stays tiny: what it caches is decided by the service worker and by
// `keep-offline.ts`, which loads only once the worker controls the page.

/**
 * Registers the service worker and, once it controls the page, keeps the page's language
 * readable offline: its news lists, its search page and its search results.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // No worker (a development server, a private window): the site works online as before.
  });
  const keepLanguage = () => {
    const locale = document.documentElement.lang;
    const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
    whenIdle(() => void import('./keep-offline.ts').then(({ keepLanguageOffline }) => keepLanguageOffline(locale, location.pathname)));
  };
  if (navigator.serviceWorker.controller) keepLanguage();
  else navigator.serviceWorker.addEventListener('controllerchange', keepLanguage, { once: true });
}

// Loaded on every page, so it stays small: the caching itself is Workbox's, in the service worker.
// `keep-offline.ts` is imported statically: a dynamic import would bring Vite's preload helper, larger than it.
import { keepLanguageOffline } from './keep-offline.ts';
import { serviceWorkerPath } from '../contract/offline-lists.ts';
import { sitePathToAddress } from '../contract/site-address.ts';

/**
 * Registers the service worker and, once it controls the page, keeps the page's language
 * readable offline: its news lists, its search page and its search results.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // From the site's folder, so its scope is the whole site and nothing outside it.
  navigator.serviceWorker.register(sitePathToAddress(serviceWorkerPath)).catch(() => {
    // No worker (a development server, a private window): the site works online as before.
  });
  const keepLanguage = () => {
    const locale = document.documentElement.lang;
    const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
    whenIdle(() => void keepLanguageOffline(locale, location.pathname));
  };
  if (navigator.serviceWorker.controller) keepLanguage();
  else navigator.serviceWorker.addEventListener('controllerchange', keepLanguage, { once: true });
}

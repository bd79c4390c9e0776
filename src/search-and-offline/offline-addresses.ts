// Addresses the build writes and the browser asks for: one place, so the two never drift apart.
// No Node imports here, as the browser code imports this file too.

/** The service worker; pages register it from the site's root so it controls the whole site. */
export const serviceWorkerPath = '/sw.js';

/** A list of what to keep offline: `en`, `fr`, or `all-releases`. */
export function offlineListPath(name: string): string {
  return `/offline/${name}.json`;
}

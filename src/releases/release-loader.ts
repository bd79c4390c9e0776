import { glob, type DataStore, type Loader } from 'astro/loaders';

/**
 * Astro's glob loader, storing each release's data and the images its text uses, but not its HTML:
 * a data store holding every release's HTML is bundled into the server build, which costs far more
 * than release pages rendering their own text (release-text.ts; figures in the README's
 * Performance section). Each file is still rendered once, so Astro learns and optimises its images.
 */
export function releaseLoader(options: { base: string; pattern: string }): Loader {
  const globLoader = glob({ ...options, retainBody: false });
  return {
    name: 'newsroom-release-loader',
    load: (context) => globLoader.load({ ...context, store: withoutRenderedHtml(context.store) }),
  };
}

function withoutRenderedHtml(store: DataStore): DataStore {
  return { ...store, set: ({ rendered: _html, ...entry }) => store.set(entry) };
}

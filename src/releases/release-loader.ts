import { glob, type DataStore, type Loader } from 'astro/loaders';

/**
 * Astro's glob loader, storing each release's data and the images its text uses, but not its HTML.
 * Astro keeps rendered HTML in its data store and writes that store into the server bundle: at
 * 22,500 releases, 120 MB that is serialised, parsed by the bundler and parsed again by the build
 * (about 8 s, and 2.4 GB more at Astro's peak). Release pages render their own text instead
 * (release-text.ts): about 1.5 s for all of them. The loader still renders each file once, to
 * learn which images its text uses, so that Astro bundles and optimises them.
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

/** Where the build-version integration leaves the build's name for the pages that hand it to the browser. */
export const buildVersionVariable = 'NEWSROOM_BUILD_VERSION';

/**
 * The name of this build, given to Pagefind as its `metaCacheTag` so each deploy's entry file is
 * cached apart. Read when a search page renders, not bundled into code (a Vite `define` would put
 * the content's hash into every page's module graph and Astro's config hash, so no page could
 * ever come from the incremental cache): the search page writes it on its form for the browser.
 */
export function currentBuildVersion(): string {
  const version = process.env[buildVersionVariable];
  if (!version)
    throw new Error(`${buildVersionVariable} is not set: the build-version integration (astro.config.mjs) sets it as the build starts.`);
  return version;
}

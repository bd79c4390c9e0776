// Replaced at build time by the build-version integration (a Vite `define`).
declare const __NEWSROOM_BUILD_VERSION__: string;

/** The name of this build, given to Pagefind as its `metaCacheTag` so each deploy's entry file is cached apart. */
export const buildVersion: string = __NEWSROOM_BUILD_VERSION__;

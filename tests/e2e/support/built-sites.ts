/**
 * Where the browser tests build their sites: fixed folders, so specs can name them without a build,
 * and read them only inside tests, once global setup (tests/e2e/support/global-setup.ts) has built them.
 */
export const builtSites = {
  root: '.e2e/sites',
  seedDist: '.e2e/sites/seed-dist',
  manyContent: '.e2e/sites/many-content',
  manyDist: '.e2e/sites/many-dist',
  indexInPartsContent: '.e2e/sites/index-in-parts-content',
  indexInPartsDist: '.e2e/sites/index-in-parts-dist',
  threeLanguagesDist: '.e2e/sites/three-languages-dist',
  frenchTypographyDist: '.e2e/sites/french-typography-dist',
  underFolderContent: '.e2e/sites/under-folder-content',
  underFolderDist: '.e2e/sites/under-folder-dist',
};

/** The port of the seed site; the generated-corpus site is served on the next one, the three-language site on the one after. */
export const e2ePort = Number(process.env['E2E_PORT'] ?? 4321);

/** Where the browser tests build their sites, named after the port so two runs never collide. */
export const builtSites = {
  root: `.e2e/${e2ePort}`,
  seedDist: `.e2e/${e2ePort}/seed-dist`,
  manyContent: `.e2e/${e2ePort}/many-content`,
  manyDist: `.e2e/${e2ePort}/many-dist`,
  threeLanguagesDist: `.e2e/${e2ePort}/three-languages-dist`,
};

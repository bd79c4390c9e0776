// Builds the three sites the browser tests read, one after the other (two Astro builds at once
// would share one content cache), then serves both with `astro preview`:
//   - the real content, built with TZ=America/Los_Angeles to prove no date shifts, on E2E_PORT;
//   - 45 generated releases, enough for three list pages, on E2E_PORT + 1;
//   - a third language that lives only in the tests (tests/fixtures/languages/), on E2E_PORT + 2.
// Folders are named after the port (see built-sites.ts), so two test runs never overwrite each other.
import { execFileSync, spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { builtSites, e2ePort } from './built-sites.ts';
import { cmsBackendUrl } from './cms-backend.ts';

const sites = [
  {
    name: 'many-releases',
    port: e2ePort + 1,
    env: { NEWSROOM_CONTENT_DIR: builtSites.manyContent, NEWSROOM_OUT_DIR: builtSites.manyDist },
  },
  {
    name: 'three-languages',
    port: e2ePort + 2,
    env: {
      NEWSROOM_LANGUAGES: 'tests/fixtures/languages/site-languages.ts',
      NEWSROOM_CONTENT_DIR: 'tests/fixtures/content/three-languages',
      NEWSROOM_OUT_DIR: builtSites.threeLanguagesDist,
    },
  },
  {
    name: 'seed',
    port: e2ePort,
    // The CMS tests drive this site's /admin/ against their own decap-server.
    env: { NEWSROOM_OUT_DIR: builtSites.seedDist, TZ: 'America/Los_Angeles', NEWSROOM_CMS_LOCAL_BACKEND: cmsBackendUrl },
  },
];

execFileSync('node', ['tests/fixtures/generate-releases.mjs', sites[0].env.NEWSROOM_CONTENT_DIR, '45'], { stdio: 'inherit' });
for (const site of sites) {
  console.log(`Building the ${site.name} site`);
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ...site.env } });
}

// `--ignore-lock`: Astro allows one tracked preview per project, and parallel test runs (other E2E_PORTs) each need their own.
const previews = sites.map((site) =>
  spawn('npx', ['astro', 'preview', '--ignore-lock', '--port', String(site.port)], {
    stdio: 'inherit',
    env: { ...process.env, ...site.env },
  }),
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const preview of previews) preview.kill();
    process.exit(0);
  });
}

// Playwright waits on E2E_PORT only; make sure the other sites are up before that one is.
for (const site of sites.filter((candidate) => candidate.port !== e2ePort)) {
  await new Promise((resolve) => {
    const attempt = () =>
      createConnection(site.port, 'localhost')
        .on('connect', function () {
          this.end();
          resolve();
        })
        .on('error', () => setTimeout(attempt, 200));
    attempt();
  });
}

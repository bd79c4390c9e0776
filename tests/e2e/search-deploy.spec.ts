import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startCountingServer } from '../../scripts/support/counting-server.ts';
import { builtSites } from './support/built-sites.ts';
import { resultLinks, searchFor, searchSummary, waitUntilKeptOffline } from './support/search.ts';

// Two deploys of the seed site, served one after the other from the same folder, as a static host would:
// the second adds an English release about "Quokkaville" and deletes every file of the first.
const root = builtSites.root;
const firstDeploy = builtSites.seedDist;
const secondDeploy = `${root}/deploy-b-dist`;
const live = `${root}/deploy-live`;

function buildSecondDeploy(): void {
  const content = `${root}/deploy-b-content`;
  rmSync(content, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const release = readFileSync('content/en/interior-minister-valls-visits-interpol.md', 'utf8')
    .replace(/^title: .*$/m, 'title: "INTERPOL opens an office in Quokkaville"')
    .replace(/^date: .*$/m, 'date: "2024-05-02"')
    // A reference of its own: the check refuses one shared with the release it was copied from.
    .replace(/^reference: .*$/m, 'reference: "NR/2024/900"')
    .replace(/\n---\n[\s\S]*$/, '\n---\n\nINTERPOL opened an office in Quokkaville today.\n');
  writeFileSync(`${content}/en/office-in-quokkaville.md`, release);
  execFileSync('npm', ['run', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, NEWSROOM_CONTENT_DIR: content, NEWSROOM_OUT_DIR: secondDeploy },
  });
}

function deploy(site: string): void {
  rmSync(live, { recursive: true, force: true });
  cpSync(site, live, { recursive: true });
}

async function openSearch(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/en/search/`);
}

test('a new deploy replaces the index without mixing versions or breaking an open page', async ({ context }) => {
  test.setTimeout(240_000);
  buildSecondDeploy();
  deploy(firstDeploy);
  const server = await startCountingServer(live);
  try {
    const reader = await context.newPage();
    await openSearch(reader, server.origin);
    await waitUntilKeptOffline(reader, 'en');
    await reader.reload();
    await searchFor(reader, 'Valls');

    deploy(secondDeploy);
    const deployedAt = server.requests.length;
    // The open page keeps searching the index it started with, whole, and asks the server for none of it.
    await searchFor(reader, 'Ballestrazzi');
    // The English release that names her, and the French-only one that English search lists too, as the English list does.
    await expect(resultLinks(reader)).toHaveCount(2);
    await searchFor(reader, 'Quokkaville');
    await expect(searchSummary(reader)).toHaveText('No results for Quokkaville');
    expect(server.requests.slice(deployedAt).filter((request) => request.path.startsWith('/pagefind/'))).toEqual([]);

    // Once no tab uses the old worker, the next visit gets the new deploy's index.
    const next = await context.newPage();
    await openSearch(next, server.origin);
    // The browser looks for a new worker on each visit; waiting for that check makes the test deterministic.
    await next.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      const worker = registration?.installing ?? registration?.waiting;
      if (worker && worker.state === 'installing')
        await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
    });
    await reader.close();
    await next.close();
    const later = await context.newPage();
    await openSearch(later, server.origin);
    await searchFor(later, 'Quokkaville');
    await expect(resultLinks(later)).toHaveText(['INTERPOL opens an office in Quokkaville']);
  } finally {
    await server.close();
  }
});

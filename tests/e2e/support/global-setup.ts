// Builds every fixture site once per run, before any spec, and serves each as `npm start` does
// (scripts/serve.ts, under the site's folder) on a port the system finds free, so the tests never collide with a running `npm start` or another run.
// The addresses reach the specs (and playwright.config.ts, which workers load again) through process.env.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { freePort } from '../../support/free-port.ts';
import { fixtureSites, siteNameToUrlVariable } from './fixture-sites.ts';

/** Resolves once a server answers HTTP at this address; fails after a minute, naming it. */
async function untilAnswering(url: string, preview: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (preview.exitCode !== null) throw new Error(`The server for ${url} stopped with code ${preview.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`The server did not answer at ${url} within a minute`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  process.env['E2E_CMS_BACKEND_PORT'] = String(await freePort());
  for (const site of fixtureSites) {
    // From a clean cache, so the run tests the build a fresh clone makes.
    rmSync(site.outDir, { recursive: true, force: true });
    rmSync(`${site.outDir}-cache`, { recursive: true, force: true });
    site.prepare?.();
    console.log(`Building the ${site.name} site`);
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ...site.env(), NEWSROOM_OUT_DIR: site.outDir } });
  }

  const previews: ChildProcess[] = [];
  const stop = async () => {
    for (const preview of previews) preview.kill();
  };
  try {
    for (const site of fixtureSites) {
      const port = await freePort();
      const preview = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port)], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, ...site.env(), NEWSROOM_OUT_DIR: site.outDir },
      });
      previews.push(preview);
      const url = `http://localhost:${port}`;
      await untilAnswering(url, preview);
      process.env[siteNameToUrlVariable(site.name)] = url;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

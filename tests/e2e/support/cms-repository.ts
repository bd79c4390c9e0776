// A scratch clone of this repository for the CMS tests, with decap-server (Decap's local Git
// backend) editing it, and the commands that check and build a branch the form produced.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { builtSites } from './built-sites.ts';
import { cmsBackendUrl } from './cms-backend.ts';
import { freePort } from '../../support/free-port.ts';
import { startPublishGuard } from '../../../scripts/support/cms-publish-guard.ts';

const run = promisify(execFile);

export const cmsRoot = resolve(builtSites.root, 'cms');

/** `git` in one folder; an editor's commits need a name, which a CI machine may not have. */
export async function git(folder: string, ...args: string[]): Promise<string> {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'CMS test', GIT_AUTHOR_EMAIL: 'cms-test@example.org' };
  const { stdout } = await run('git', ['-C', folder, ...args], {
    env: { ...env, GIT_COMMITTER_NAME: 'CMS test', GIT_COMMITTER_EMAIL: 'cms-test@example.org' },
  });
  return stdout.trim();
}

/**
 * Clones this repository (a plain clone has the current branch's history) and names its branch
 * `main`, the branch the form publishes to.
 */
export async function cloneRepository(): Promise<string> {
  const folder = join(cmsRoot, 'repository');
  rmSync(cmsRoot, { recursive: true, force: true });
  mkdirSync(cmsRoot, { recursive: true });
  await run('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), folder]);
  await git(folder, 'checkout', '--quiet', '-B', 'main');
  // Only `main` is kept: a branch called `cms` (as a developer's may be) would block every `cms/...` branch.
  for (const branch of (await git(folder, 'branch', '--format=%(refname:short)')).split('\n')) {
    if (branch !== 'main') await git(folder, 'branch', '--quiet', '-D', branch);
  }
  await git(folder, 'config', 'user.name', 'CMS test');
  await git(folder, 'config', 'user.email', 'cms-test@example.org');
  return folder;
}

/**
 * decap-server in Git mode over the clone, behind the publish guard (as `npm run cms` runs them),
 * which listens on the port the seed site's /admin/ was built to find; decap-server on a free one.
 */
export async function startLocalBackend(repository: string): Promise<{ stop: () => void }> {
  const { port, hostname } = new URL(cmsBackendUrl());
  const decapUrl = new URL(cmsBackendUrl());
  decapUrl.port = String(await freePort());
  const server = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repository, PORT: decapUrl.port, BIND_HOST: hostname, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const guard = await startPublishGuard({ repository, branch: 'main', backendUrl: decapUrl.href, port: Number(port), hostname });
  const stop = () => {
    server.kill();
    guard.close();
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await fetch(cmsBackendUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).catch(() => undefined);
    if (answer?.ok) return { stop };
    if (server.exitCode !== null) throw new Error(`decap-server stopped with code ${server.exitCode}.`);
    await new Promise((done) => setTimeout(done, 200));
  }
  stop();
  throw new Error(`decap-server did not answer at ${cmsBackendUrl()} within 20 seconds.`);
}

/** The `cms/...` branches the form has made: one per release saved and not yet published. */
export async function cmsBranches(repository: string): Promise<string[]> {
  const list = await git(repository, 'branch', '--list', 'cms/*', '--format=%(refname:short)');
  return list ? list.split('\n') : [];
}

/** Checks out one branch the form produced into a folder of its own, as a reviewer would. */
export async function checkOutBranch(repository: string, branch: string): Promise<string> {
  const folder = join(cmsRoot, branch.replaceAll('/', '-'));
  rmSync(folder, { recursive: true, force: true });
  await run('git', ['clone', '--quiet', '--branch', branch, repository, folder]);
  return folder;
}

/** `npm run <script>` of this project on a checked-out branch's content; never throws, so a failure's output can be read. */
export async function runOnContent(checkout: string, script: 'content:check' | 'build'): Promise<{ code: number; output: string }> {
  const env = {
    ...process.env,
    NEWSROOM_CONTENT_DIR: join(checkout, 'content'),
    NEWSROOM_OUT_DIR: `${checkout}-dist`,
    NEWSROOM_CMS_LOCAL_BACKEND: '',
  };
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

export const builtPage = (checkout: string, path: string) => join(`${checkout}-dist`, path, 'index.html');

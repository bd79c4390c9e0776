// `npm run cms`: the editing form on this computer, saving into this clone instead of GitHub.
// decap-server (Decap's local Git backend) runs beside `astro dev`; each release saved in the
// form becomes a local `cms/releases/<slug>` branch, as it would become a pull request on GitHub.
// The publish guard stands in front of it, as branch protection does on GitHub: a release that
// fails the content check cannot be published, and withdrawing one opens a branch instead.
import { spawn } from 'node:child_process';
import { startPublishGuard } from './support/cms-publish-guard.ts';

const backendPort = Number(process.env['CMS_BACKEND_PORT'] ?? 8081);
const localBackendUrl = `http://localhost:${backendPort}/api/v1`;
const branch = process.env['NEWSROOM_CMS_BRANCH'] || 'main';

const guard = await startPublishGuard({
  repository: process.cwd(),
  branch,
  backendUrl: `http://localhost:${backendPort + 1}/api/v1`,
  port: backendPort,
  hostname: 'localhost',
});
const processes = [
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: 'inherit',
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: process.cwd(), PORT: String(backendPort + 1), BIND_HOST: 'localhost' },
  }),
  spawn('npx', ['astro', 'dev'], { stdio: 'inherit', env: { ...process.env, NEWSROOM_CMS_LOCAL_BACKEND: localBackendUrl } }),
];
console.log(
  'The form is at http://localhost:4321/admin/ once Astro is ready. It switches branches in this clone while it saves: commit your own work first.',
);

for (const child of processes)
  child.on('exit', (code) => {
    for (const other of processes) other.kill();
    guard.close();
    process.exit(code ?? 0);
  });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => processes.forEach((child) => child.kill()));

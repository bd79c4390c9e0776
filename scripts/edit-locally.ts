// `npm run cms`: the editing form on this computer, saving into this clone instead of GitHub.
// decap-server (Decap's local Git backend) runs beside `astro dev`; each release saved in the
// form becomes a local `cms/releases/<slug>` branch, as it would become a pull request on GitHub.
import { spawn } from 'node:child_process';

const backendPort = Number(process.env['CMS_BACKEND_PORT'] ?? 8081);
const localBackendUrl = `http://localhost:${backendPort}/api/v1`;

const processes = [
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: 'inherit',
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: process.cwd(), PORT: String(backendPort), BIND_HOST: 'localhost' },
  }),
  spawn('npx', ['astro', 'dev'], { stdio: 'inherit', env: { ...process.env, NEWSROOM_CMS_LOCAL_BACKEND: localBackendUrl } }),
];
console.log(
  'The form is at http://localhost:4321/admin/ once Astro is ready. It switches branches in this clone while it saves: commit your own work first.',
);

for (const child of processes)
  child.on('exit', (code) => {
    for (const other of processes) other.kill();
    process.exit(code ?? 0);
  });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => processes.forEach((child) => child.kill()));

// `npm start` (after the build) and `npm run preview`: serves the built site as a static host does,
// under its folder (NEWSROOM_BASE_PATH), on http://localhost:4321/ unless `--port` or `--host` say otherwise.
import { parseArgs } from 'node:util';
import { basePath, outDir } from '../src/site-settings.mjs';
import { startStaticSiteServer } from './support/static-site-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}".`);

try {
  const server = await startStaticSiteServer({ root: outDir, basePath, port, host: values.host });
  console.log(`Serving ${outDir} at ${server.origin}${basePath} (Ctrl+C stops it)`);
} catch (error) {
  const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
  console.error(inUse ? `Port ${port} is in use: stop what holds it, or run with -- --port <another>.` : error);
  process.exit(1);
}

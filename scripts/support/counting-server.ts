/**
 * A static file server for a built site that records every response's bytes on the wire.
 * Counting at the server sees what a page's network hooks miss: Pagefind fetches from a Web Worker.
 * Text files are gzipped, as any CDN would; Pagefind's own files are gzipped already.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt']);

export interface ServedRequest {
  path: string;
  bytes: number;
  /** When the response finished, in ms since the server started. */
  at: number;
}

export interface CountingServer {
  origin: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, path), join(root, path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there: try the next candidate, then answer 404.
    }
  }
  return undefined;
}

export async function startCountingServer(root: string): Promise<CountingServer> {
  const started = performance.now();
  const requests: ServedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = resolveFile(root, pathname);
    // A site without a 404 page (the plain Pagefind yardstick) answers an empty 404.
    const file = found ?? resolveFile(root, '/404.html');
    const status = found ? 200 : 404;
    if (!file) {
      response.on('finish', () => requests.push({ path: pathname, bytes: 0, at: performance.now() - started }));
      response.writeHead(404).end();
      return;
    }
    const extension = extname(file);
    const gzip = compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'content-type': contentTypes[extension] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    let bytes = 0;
    const body = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    body.on('data', (chunk: Buffer) => (bytes += chunk.length));
    body.pipe(response);
    response.on('finish', () => requests.push({ path: pathname, bytes, at: performance.now() - started }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

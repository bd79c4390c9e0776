/**
 * Serves a built site as its static host will (static-site.ts decides each answer): `npm start`
 * and the browser tests use it. `astro preview` answers a folder's address without its slash with
 * a developer 404 when `trailingSlash` is `always`, and takes no plugin of ours to redirect it.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notFoundAnswer, requestToAnswer, type SiteAnswer } from './static-site.ts';

export interface StaticSiteServer {
  /** `http://localhost:4321`: the origin; the site itself is under its folder. */
  origin: string;
  close(): Promise<void>;
}

export interface StaticSiteOptions {
  root: string;
  basePath: string;
  port: number;
  host: string;
}

const commonHeaders = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };

function send(answer: SiteAnswer, request: IncomingMessage, response: ServerResponse): void {
  if (answer.kind === 'redirect') {
    response.writeHead(301, { ...commonHeaders, location: answer.location, 'content-type': 'text/plain; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : `Moved to ${answer.location}\n`);
    return;
  }
  if (answer.kind === 'not-found') {
    response.writeHead(404, { ...commonHeaders, 'content-type': 'text/plain; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : 'Not found\n');
    return;
  }
  const stream = createReadStream(answer.file);
  stream.once('error', (error) => {
    console.error(`Could not read ${answer.file}:`, error);
    if (response.headersSent) response.destroy();
    else response.writeHead(500, commonHeaders).end();
  });
  stream.once('open', () => {
    response.writeHead(answer.status, { ...commonHeaders, 'content-type': answer.contentType });
    if (request.method === 'HEAD') {
      stream.destroy();
      response.end();
    } else stream.pipe(response);
  });
}

/** Starts serving; resolves once the server listens (port 0 asks the system for a free one). */
export async function startStaticSiteServer({ root, basePath, port, host }: StaticSiteOptions): Promise<StaticSiteServer> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...commonHeaders, allow: 'GET, HEAD' }).end();
      return;
    }
    const answer = requestToAnswer(root, basePath, request.url ?? '/');
    send(answer.kind === 'not-found' ? notFoundAnswer(root) : answer, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${listening}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

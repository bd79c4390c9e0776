import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticSiteServer, type StaticSiteServer } from '../../scripts/support/static-site-server.ts';
import { pathnameToSegments } from '../../scripts/support/static-site.ts';

// A built site in miniature, a secret beside it that no address may reach, and a link inside pointing at it.
const folder = mkdtempSync(join(tmpdir(), 'static-site-'));
const root = join(folder, 'dist');
const secret = 'SECRET-OUTSIDE-THE-SITE';
const files: Record<string, string> = {
  'index.html': '<p>chooser</p>',
  '404.html': '<p>not found page</p>',
  'en/index.html': '<p>English news</p>',
  'fr/actualites/vœux-2025/index.html': '<p>vœux</p>',
  'fr/rss.xml': '<rss/>',
  '_astro/app.js': 'console.log(1)',
  'pagefind/en/pagefind-entry.json': '{}',
  'pagefind/en/fragment/en_1.pf_fragment': 'bytes',
  'logo.png': 'png',
  'empty-folder/readme.txt': 'no index here',
};

function writeSite(): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(folder, 'secret.txt'), secret);
  mkdirSync(join(folder, 'dist-secret'), { recursive: true });
  writeFileSync(join(folder, 'dist-secret', 'index.html'), secret);
  symlinkSync(join(folder, 'secret.txt'), join(root, 'link-out.txt'));
}

let atRoot: StaticSiteServer;
let underFolder: StaticSiteServer;
beforeAll(async () => {
  writeSite();
  atRoot = await startStaticSiteServer({ root, basePath: '/', port: 0, host: '127.0.0.1' });
  underFolder = await startStaticSiteServer({ root, basePath: '/pr-preview/pr-42/', port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await atRoot.close();
  await underFolder.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A raw request, path exactly as given (fetch would tidy `..` and `//` away). */
async function get(server: StaticSiteServer, path: string, method = 'GET') {
  const { port } = new URL(server.origin);
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the static server npm start uses', () => {
  it('serves pages and files with their content types', async () => {
    const cases: [string, string, string][] = [
      ['/', 'text/html; charset=utf-8', '<p>chooser</p>'],
      ['/en/', 'text/html; charset=utf-8', '<p>English news</p>'],
      ['/fr/rss.xml', 'application/xml; charset=utf-8', '<rss/>'],
      ['/_astro/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['/pagefind/en/pagefind-entry.json', 'application/json; charset=utf-8', '{}'],
      ['/pagefind/en/fragment/en_1.pf_fragment', 'application/octet-stream', 'bytes'],
      ['/logo.png', 'image/png', 'png'],
      ['/fr/actualites/v%C5%93ux-2025/', 'text/html; charset=utf-8', '<p>vœux</p>'],
    ];
    for (const [path, type, body] of cases) {
      const response = await get(atRoot, path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toBe(type);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.body, path).toBe(body);
    }
  });

  it('redirects a folder’s address without its slash to the address with it, keeping the query', async () => {
    const cases: [string, string][] = [
      ['/en', '/en/'],
      ['/en?q=interpol&order=newest', '/en/?q=interpol&order=newest'],
      ['/fr/actualites/v%C5%93ux-2025', '/fr/actualites/v%C5%93ux-2025/'],
      ['/fr/actualites/v%C5%93ux-2025?highlight=v%C5%93ux', '/fr/actualites/v%C5%93ux-2025/?highlight=v%C5%93ux'],
    ];
    for (const [path, location] of cases) {
      const response = await get(atRoot, path);
      expect(response.status, path).toBe(301);
      expect(response.headers['location'], path).toBe(location);
    }
  });

  it('stays under the site’s folder when the site lives in one', async () => {
    expect((await get(underFolder, '/pr-preview/pr-42/en/')).body).toBe('<p>English news</p>');
    const redirects: [string, string][] = [
      ['/pr-preview/pr-42/en', '/pr-preview/pr-42/en/'],
      ['/pr-preview/pr-42/en?q=1', '/pr-preview/pr-42/en/?q=1'],
      ['/pr-preview/pr-42', '/pr-preview/pr-42/'],
      ['/pr-preview/pr-42?q=1', '/pr-preview/pr-42/?q=1'],
    ];
    for (const [path, location] of redirects) {
      const response = await get(underFolder, path);
      expect(response.status, path).toBe(301);
      expect(response.headers['location'], path).toBe(location);
    }
    // Outside the folder nothing is served: a host's root there belongs to another site.
    for (const path of ['/en/', '/en', '/index.html', '/pr-preview/pr-4/en/']) {
      const response = await get(underFolder, path);
      expect(response.status, path).toBe(404);
      expect(response.headers['location'], path).toBeUndefined();
    }
  });

  it('answers an unknown address with the site’s 404 page and status 404, and lists no folder', async () => {
    for (const path of ['/nothing', '/fr/nothing/', '/en/index.htm', '/empty-folder/', '/empty-folder', '/logo.png/']) {
      const response = await get(atRoot, path);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(response.body, path).toBe('<p>not found page</p>');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(atRoot, '/en/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await get(atRoot, '/en/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
  });

  it('never serves a file outside the site, however the address is written', async () => {
    const known = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/en/..%5c..%5csecret.txt',
      '/link-out.txt',
      '/../dist-secret/',
      '/..%2fdist-secret',
      '//secret.txt',
      '/en/%00',
      '/%E0%A4%A',
    ];
    for (const path of known) {
      const response = await get(atRoot, path);
      expect(response.body, path).not.toContain(secret);
      expect(response.status, path).toBe(404);
    }
    // Any path made of segments that climb, encode or double slashes.
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      '..%2f',
      '%5c..',
      '',
      'secret.txt',
      'dist-secret',
      'en',
      '%00',
      'link-out.txt',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.boolean(), async (segments, slash) => {
        const path = `/${segments.join('/')}${slash ? '/' : ''}`;
        const response = await get(atRoot, path);
        expect(response.body, path).not.toContain(secret);
        if (response.status === 301) expect(response.headers['location'], path).toMatch(/^\/(?!\/)/);
      }),
      { numRuns: 200 },
    );
  });

  it('a redirect never leaves the site: no address it names starts with two slashes or a scheme', () => {
    expect(pathnameToSegments('//evil.example/x', '/')).toBeUndefined();
    expect(pathnameToSegments('/%2F%2Fevil.example', '/')).toBeUndefined();
    expect(pathnameToSegments('/pr-preview/pr-42/en', '/pr-preview/pr-42/')).toEqual({ segments: ['en'], trailingSlash: false });
    expect(pathnameToSegments('/en', '/pr-preview/pr-42/')).toBeUndefined();
  });
});

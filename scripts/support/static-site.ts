/**
 * What a static host answers for one request to a built site, decided apart from any socket so it
 * can be tested alone: a file, a redirect to the folder's address with its slash (as GitHub Pages
 * and Netlify do), or the site's 404 page. Only files inside the site's folder are ever named.
 */
import { realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export type SiteAnswer =
  { kind: 'file'; file: string; status: 200 | 404; contentType: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** `x.html` -> its type; anything unknown (Pagefind's `.pf_*` files, `_headers`) is bytes. */
export function fileToContentType(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * `/pr-42/en/news/x/` under base `/pr-42/` -> `['en', 'news', 'x']` and whether it ends with a slash;
 * undefined for anything that is no plain path inside the folder: outside it, `.` or `..` (however
 * encoded), empty segments (`//host`), backslashes, NUL or broken percent-encoding.
 */
export function pathnameToSegments(pathname: string, basePath: string): { segments: string[]; trailingSlash: boolean } | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const rest = pathname.slice(basePath.length);
  const trailingSlash = rest === '' || rest.endsWith('/');
  const raw = rest === '' ? [] : (trailingSlash ? rest.slice(0, -1) : rest).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return { segments, trailingSlash };
}

/** The file itself when it is one, inside the root once links are followed; undefined otherwise. */
function insideFile(root: string, path: string): string | undefined {
  try {
    const real = realpathSync(path);
    const fromRoot = relative(realpathSync(root), real);
    if (fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || fromRoot.startsWith(sep)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The answer for a request target (`/en/news/x?q=1`, as the request line gives it) to a site built
 * into `root` and served under `basePath` (`/`, or `/pr-preview/pr-42/`). A folder's address without
 * its slash redirects to it with the slash, query kept; a folder is never listed.
 */
export function requestToAnswer(root: string, basePath: string, target: string): SiteAnswer {
  const queryAt = target.indexOf('?');
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  // The site's folder without its slash (`/pr-preview/pr-42`) is the folder too.
  if (basePath !== '/' && `${pathname}/` === basePath) return { kind: 'redirect', location: `${basePath}${query}` };
  const parsed = pathnameToSegments(pathname, basePath);
  if (!parsed) return { kind: 'not-found' };
  const path = join(root, ...parsed.segments);
  if (parsed.trailingSlash) {
    const index = insideFile(root, join(path, 'index.html'));
    return index ? { kind: 'file', file: index, status: 200, contentType: fileToContentType(index) } : { kind: 'not-found' };
  }
  const file = insideFile(root, path);
  if (file) return { kind: 'file', file, status: 200, contentType: fileToContentType(file) };
  if (insideFile(root, join(path, 'index.html'))) {
    // Built from the checked segments, so the address stays on this site and under its folder.
    const location = `${basePath}${parsed.segments.map(encodeURIComponent).join('/')}/${query}`;
    return { kind: 'redirect', location };
  }
  return { kind: 'not-found' };
}

/** The site's own 404 page, answered with status 404, or undefined when the site has none. */
export function notFoundAnswer(root: string): SiteAnswer {
  const page = insideFile(root, join(root, '404.html'));
  return page ? { kind: 'file', file: page, status: 404, contentType: fileToContentType(page) } : { kind: 'not-found' };
}

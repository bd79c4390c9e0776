import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { adminFiles, type AdminFile } from '../cms/admin-files.ts';
import { cmsSettings } from '../cms/cms-settings.ts';
import { releasesReadByBuild } from '../cms/translation-notes.ts';
import { sitePathToHref } from '../i18n/paths.ts';

const contentType = (path: string) =>
  path.endsWith('.html')
    ? 'text/html; charset=utf-8'
    : path.endsWith('.js')
      ? 'text/javascript; charset=utf-8'
      : path.endsWith('.css')
        ? 'text/css; charset=utf-8'
        : path.endsWith('.json')
          ? 'application/json'
          : path.endsWith('.wasm')
            ? 'application/wasm'
            : 'text/plain; charset=utf-8';

const fileBytes = async (file: AdminFile) => ('text' in file ? Buffer.from(file.text) : await readFile(file.copyFrom));

/**
 * The editing form at /admin/ (Decap CMS): written after the pages, outside Astro's pages, so it
 * keeps a policy of its own and stays out of the sitemap, the search index and the offline cache.
 * `astro dev` serves the same files.
 */
export function cmsAdmin({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'newsroom:cms-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const admin = sitePathToHref('/admin/');
          const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
          const path = requested === admin || `${requested}/` === admin ? `${admin}index.html` : requested;
          const file = path.startsWith(admin)
            ? adminFiles(cmsSettings(), contentDir).find((candidate) => sitePathToHref(`/${candidate.path}`) === path)
            : undefined;
          if (!file) return next();
          response.setHeader('Content-Type', contentType(file.path));
          response.end(await fileBytes(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        let scriptBytes = 0;
        let scriptGzipBytes = 0;
        // The preview pane wears the site's own stylesheets, as built.
        const siteStyles = (await readdir(join(siteDir, '_astro')).catch(() => [] as string[]))
          .filter((name) => name.endsWith('.css'))
          .map((name) => sitePathToHref(`/_astro/${name}`));
        // The form's notes take the release files' values from the build's readings: no file is read twice.
        for (const file of adminFiles(cmsSettings(), contentDir, siteStyles, () => releasesReadByBuild(contentDir))) {
          const target = join(siteDir, file.path);
          await mkdir(dirname(target), { recursive: true });
          if ('text' in file) await writeFile(target, file.text);
          else await copyFile(file.copyFrom, target);
          if (file.path.endsWith('.js')) {
            scriptBytes += (await stat(target)).size;
            scriptGzipBytes += gzipSync(await readFile(target)).length;
          }
        }
        const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
        logger.info(
          `/admin/: the editing form, ${megabytes(scriptBytes)} of JavaScript (${megabytes(scriptGzipBytes)} gzipped), loaded on that page only.`,
        );
      },
    },
  };
}

import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFolder } from '../content-checks/check-content-folder.ts';
import { formatNotices, formatReport } from '../content-checks/format-report.ts';
import { problemToText } from '../content-reader/content-problem.ts';
import { rememberReading } from '../content-reader/reading-registry.ts';
import { keepRenderedBodies } from '../content-reader/render-body.ts';
import { forgetOtherRenderings } from '../content-reader/rendered-body-cache.ts';
import { readingCounts } from '../content-reader/reading-counts.ts';
import { findUnpublishedPages, type PublishedPage } from '../content-checks/published-pages.ts';
import { locales } from '../i18n/locales.ts';
import { hrefToSitePath, newsListPath } from '../i18n/paths.ts';
import { renderingIdentityOf } from './build-version.ts';

/** The pages a build wrote under each language's folder, as site paths: `/en/news/x/`, `/en/rss.xml`. */
function builtLanguagePages(outDir: string): Set<string> {
  const pages = new Set<string>();
  for (const locale of locales) {
    const folder = resolve(outDir, `.${hrefToSitePath(newsListPath(locale))}`);
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/(^index\.html|\.xml)$/.test(entry.name)) continue;
      const path = `/${relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
      pages.add(path.replace(/index\.html$/, ''));
    }
  }
  return pages;
}

/** How often this build read and rendered each release file (once each, by the one reading: read-release.ts), and how many renderings it kept from the last. */
function readingSummary(): string {
  const { readings, renders, keptRenders } = readingCounts();
  const times = (counts: Map<string, number>) => {
    // A loop, not Math.max(...counts): spread into a call, 225,000 counts overflowed the stack.
    let most = 0;
    for (const count of counts.values()) most = Math.max(most, count);
    return most <= 1 ? 'each once' : `some ${most} times`;
  };
  return `Release files read: ${readings.size}, ${times(readings)}; bodies rendered: ${renders.size}, ${times(renders)}. Renderings kept from the last build: ${keptRenders.size}.`;
}

/**
 * Runs the editors' content checks inside Astro: before a build starts (the build fails listing
 * every problem, exactly as `npm run content:check` does), and after it ends (the build must have
 * written exactly the pages of the site's page list, so no release file can be dropped unnoticed).
 */
export function contentChecks({ contentDir, code }: { contentDir: string; code: readonly string[] }): AstroIntegration {
  let publishedPages: PublishedPage[] = [];
  return {
    name: 'newsroom:content-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        // A build renders again only the bodies whose file, code or settings changed since the last.
        const renderings =
          command === 'build'
            ? { folder: join(fileURLToPath(config.cacheDir), 'newsroom-rendered'), code: renderingIdentityOf(code, process.env) }
            : undefined;
        if (renderings) keepRenderedBodies(renderings);
        const readFiles: URL[] = [];
        // The build keeps each file's reading, so its loader and pages use it rather than reading the file again.
        const report = await checkContentFolder(resolve(projectRoot, contentDir), {
          projectRoot,
          displayPrefix: contentDir,
          onReading: (reading) => {
            rememberReading(reading);
            readFiles.push(pathToFileURL(reading.path));
          },
        });
        if (renderings) forgetOtherRenderings(renderings, readFiles);
        const { fileCount, problems, notices } = report;
        publishedPages = report.publishedPages;
        for (const notice of report.notices) logger.info(`${notice.file}: ${notice.message}`);
        if (problems.length === 0) {
          logger.info(`${fileCount} content files checked: no problems.`);
          if (notices.length > 0) logger.warn(formatNotices(notices).trimStart());
          return;
        }
        logger.error(formatReport(problems, fileCount, notices));
        // The dev server keeps running so the editor can fix files and see the result; a build must not publish them.
        if (command === 'build')
          throw new Error(`The content check found ${problems.length} problems (listed above): the site was not built.`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = findUnpublishedPages(publishedPages, builtLanguagePages(fileURLToPath(dir)));
        if (problems.length > 0) {
          logger.error(problems.map((problem) => `  ✗ ${problemToText(problem)}`).join('\n'));
          throw new Error(`${problems.length} pages were not written as the content says they should be (listed above).`);
        }
        logger.info(`All ${publishedPages.length} pages of the site's languages were written, and nothing else.`);
        logger.info(readingSummary());
      },
    },
  };
}

import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFolder } from '../content-checks/check-content-folder.ts';
import { formatReport } from '../content-checks/format-report.ts';
import { problemToText } from '../content-checks/problem.ts';
import { findUnpublishedFiles, type PublishableFile } from '../content-checks/published-pages.ts';
import { locales } from '../i18n/locales.ts';
import { releasePath, releasesFolderPath } from '../i18n/paths.ts';

/** The release pages a build wrote, as site paths: every `<folder>/index.html` under each language's release folder. */
function builtReleasePages(outDir: string): Set<string> {
  const pages = new Set<string>();
  for (const locale of locales) {
    const folder = resolve(outDir, `.${releasesFolderPath(locale)}`);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(resolve(folder, entry.name, 'index.html'))) pages.add(releasePath(locale, entry.name));
    }
  }
  return pages;
}

/**
 * Runs the editors' content checks inside Astro: before a build starts (the build fails listing
 * every problem, exactly as `npm run content:check` does), and after it ends (every release file
 * must have become exactly one page, so the content loader can never drop a file unnoticed).
 */
export function contentChecks({ contentDir }: { contentDir: string }): AstroIntegration {
  let releaseFiles: PublishableFile[] = [];
  return {
    name: 'newsroom:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const report = checkContentFolder(resolve(projectRoot, contentDir), { projectRoot, displayPrefix: contentDir });
        const { fileCount, problems } = report;
        releaseFiles = report.releaseFiles;
        if (problems.length === 0) {
          logger.info(`${fileCount} content files checked: no problems.`);
          return;
        }
        logger.error(formatReport(problems, fileCount));
        // The dev server keeps running so the editor can fix files and see the result; a build must not publish them.
        if (command === 'build')
          throw new Error(`The content check found ${problems.length} problems (listed above): the site was not built.`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = findUnpublishedFiles(releaseFiles, builtReleasePages(fileURLToPath(dir)));
        if (problems.length > 0) {
          logger.error(problems.map((problem) => `  ✗ ${problemToText(problem)}`).join('\n'));
          throw new Error(`${problems.length} release files did not become exactly one page each (listed above).`);
        }
        logger.info('Every release file became exactly one page.');
      },
    },
  };
}

// `npm run translation:status`: lists releases missing a translation and pairs where one language
// changed after the other, and releases still scheduled, as Markdown for a pull request comment. Never fails: one language only is normal.
import { resolve } from 'node:path';
import { releaseFilesOf } from '../src/content-reader/file-names.ts';
import { listContentFolder } from '../src/content-reader/list-content-folder.ts';
import { contentDir } from '../src/site-settings.mjs';
import { buildNow } from '../src/releases/life/schedule.ts';
import { readLastChanges } from '../src/translation-status/last-change.ts';
import { scheduledReleases, scheduledToMarkdown } from '../src/translation-status/scheduled-releases.ts';
import { statusToMarkdown } from '../src/translation-status/status-to-markdown.ts';
import { translationStatus } from '../src/translation-status/translation-status.ts';

const releaseFiles = releaseFilesOf(listContentFolder(contentDir).files);
const { lastChange, usedGit } = readLastChanges(contentDir);
const status = translationStatus(releaseFiles, (file) => lastChange(resolve(contentDir, file.path)));
console.log(statusToMarkdown(status));
console.log('');
// What a build now would leave out (NEWSROOM_NOW sets "now", as for the build).
console.log(scheduledToMarkdown(scheduledReleases(releaseFiles, buildNow())));
console.log('');
console.log(
  usedGit
    ? '_Change times come from git history (files with uncommitted edits use their file time)._'
    : '_No git history here: change times are the files’ modification times, which a fresh copy of the repository resets, so “changed after” may be missing or wrong._',
);

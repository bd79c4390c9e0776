// `npm run content:check`: checks every file under the content folder without building the site,
// prints every problem at once, and exits with 1 when there is any (so CI fails).
import { checkContentFolder } from '../src/content-checks/check-content-folder.ts';
import { formatReport } from '../src/content-checks/format-report.ts';
import { contentDir } from '../src/site-settings.mjs';

const started = performance.now();
const { fileCount, problems, notices } = await checkContentFolder(contentDir);
console.log(formatReport(problems, fileCount, notices));
console.log(`(${Math.round(performance.now() - started)} ms)`);
process.exitCode = problems.length > 0 ? 1 : 0;

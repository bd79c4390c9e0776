// `npm run bench -- [--releases N] [--json file] [--keep] [--skip-plain] [--search-runs R] [--incremental]`:
// generates N release pairs plus N/4 French-only releases into .e2e/bench-N/, runs the full
// production build, measures the output and a reader's first search in Chromium (R cold runs per
// query, 9 unless told), and, unless --skip-plain, builds the same corpus as a plain Astro site
// indexed by plain Pagefind (scripts/bench/plain-astro-build.ts) and compares its bytes with plain
// Pagefind on the same pages; it prints a table (JSON is written too). With --incremental it times
// a full build, then one rebuild after each kind of change, each compared with a build from
// nothing (scripts/bench/incremental.ts), and builds only the plain yardstick besides.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusLocales } from './bench/corpus-words.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { benchIncremental, formatIncrementalTable } from './bench/incremental.ts';
import { formatBuildComparison } from './bench/build-comparison.ts';
import { folderSize, measureOutput } from './bench/measure-output.ts';
import { measureSearch } from './bench/measure-search.ts';
import { buildPlainAstroSite, type PlainBuild } from './bench/plain-astro-build.ts';
import { buildPlainPagefindSite, measurePlainSearch, plainPagefindFailure } from './bench/plain-pagefind.ts';
import { formatTable, type BenchResult } from './bench/report.ts';
import { runBuild, runToFigures } from './bench/run-build.ts';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '2000' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'skip-plain': { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '9' },
    verbose: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
  },
});
const pairs = Number(values.releases);
if (!Number.isInteger(pairs) || pairs < 10) throw new Error('--releases must be a whole number of release pairs, 10 or more.');
const searchRuns = Number(values['search-runs']);
if (!Number.isInteger(searchRuns) || searchRuns < 1) throw new Error('--search-runs must be a whole number, 1 or more.');

// Inside the repository (.e2e/ is ignored by git): with an output folder outside the working
// directory, Astro writes its prerender bundle to the shared ./.astro/.prerender/, where another
// build running at the same time would overwrite it mid-build.
const workDir = resolve('.e2e', `bench-${pairs}`);
const contentDir = join(workDir, 'content');
const siteDir = join(workDir, 'dist');
const jsonFile = resolve(values.json ?? join(workDir, `bench-${pairs}.json`));
// A previous run's folder (--keep) is set aside and deleted after the build, not before it: for a
// minute or more after tens of thousands of files are deleted, ext4 creates files several times
// slower (it skips the recently freed inodes), and that belongs to the clean-up, not to the build
// or the searches.
const previousRun = `${workDir}.previous`;
rmSync(previousRun, { recursive: true, force: true });
if (existsSync(workDir)) renameSync(workDir, previousRun);
mkdirSync(workDir, { recursive: true });

console.log(`Writing ${pairs} pairs and ${Math.floor(pairs / 4)} French-only releases to ${contentDir}`);
const corpus = await generateCorpus(contentDir, pairs);
// The corpus reaches the disk before the build starts, as an editor's files would have.
spawnSync('sync');
const [loadAverage = 0] = loadavg();

// The yardstick for the build: the same corpus as a plain Astro site, indexed by plain Pagefind.
const plainAstroDir = join(workDir, 'plain-astro');
async function buildPlain(): Promise<PlainBuild> {
  console.log(`Building the same corpus as a plain Astro site with plain Pagefind in ${plainAstroDir}`);
  const plain = await buildPlainAstroSite(contentDir, plainAstroDir, (line) => {
    if (values.verbose || !/^[\d:]*\s+[├└▶]/.test(line)) console.log(`  ${line}`);
  });
  // A plain build that fails (out of memory on a large corpus) is a result, reported in the table.
  if (plain.failedStep)
    console.warn(`The plain build failed: ${plain.failedStep} exited with code ${plain.exitCode} after ${plain.totalSeconds} s.`);
  return plain;
}

if (values.incremental) {
  let plainBuild: PlainBuild | undefined;
  let firstOutput: ReturnType<typeof folderSize> | undefined;
  // One "now" for every build, so the rebuilds and the builds from nothing publish the same releases.
  const steps = await benchIncremental(workDir, contentDir, siteDir, '2025-06-01T12:00+02:00', async () => {
    // Built after the first build, before the corpus changes: both build the same releases.
    firstOutput = folderSize(siteDir);
    if (!values['skip-plain']) plainBuild = await buildPlain();
  });
  const [endLoad = 0] = loadavg();
  const machine = {
    cpus: availableParallelism(),
    memoryBytes: totalmem(),
    node: process.version,
    loadAverageAtStart: loadAverage,
    loadAverageAtEnd: endLoad,
  };
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ date: new Date().toISOString(), machine, corpus: { pairs, ...corpus }, steps, plainBuild }, null, 2)}\n`,
  );
  const [first] = steps;
  const comparison =
    plainBuild && first && firstOutput
      ? `\n\nThe first build beside the yardstick:\n\n${formatBuildComparison({ build: first.rebuild, output: firstOutput }, plainBuild)}`
      : '';
  console.log(
    `\n${formatIncrementalTable(steps, plainBuild)}${comparison}\n\nLoad average (1 min): ${loadAverage.toFixed(1)} at the start, ${endLoad.toFixed(1)} at the end, on ${machine.cpus} cores.\nJSON: ${jsonFile}`,
  );
  rmSync(previousRun, { recursive: true, force: true });
  if (!values.keep)
    for (const folder of [contentDir, siteDir, `${siteDir}-cache`, plainAstroDir]) rmSync(folder, { recursive: true, force: true });
  if (steps.some((step) => step.differingFiles.length > 0)) {
    console.error(`A rebuild differs from a build from nothing: ${steps.flatMap((step) => step.differingFiles.slice(0, 5)).join(', ')}`);
    process.exitCode = 1;
  }
  process.exit();
}

console.log(`Building into ${siteDir}`);
const build = await runBuild({ NEWSROOM_CONTENT_DIR: contentDir, NEWSROOM_OUT_DIR: siteDir }, (line) => {
  if (values.verbose || !/^[\d:]*\s+[├└▶]/.test(line)) console.log(`  ${line}`);
});
if (build.exitCode !== 0) throw new Error(`The build failed (exit code ${build.exitCode}); its log is above.`);

console.log('Measuring the output and searching in Chromium');
const output = measureOutput(siteDir);
const queries = (['common', 'rare'] as const).flatMap((kind) =>
  corpusLocales.map((locale) => ({ locale, query: corpus.queries[kind][locale] })),
);
const search = await measureSearch(siteDir, queries, searchRuns);

const plainBuild = values['skip-plain'] ? undefined : await buildPlain();

// The yardstick: the same queries on the same pages with plain Pagefind and its Default UI.
const plainDir = join(workDir, 'plain-pagefind');
let plainSearch: BenchResult['plainSearch'];
let plainSearchFailure: BenchResult['plainSearchFailure'];
if (!values['skip-plain']) {
  console.log('Indexing the same release pages with plain Pagefind, and searching them with its Default UI');
  try {
    await buildPlainPagefindSite(siteDir, plainDir);
    plainSearch = await measurePlainSearch(plainDir, queries);
  } catch (error) {
    // One index of every page can pass the machine's memory (the system then kills Pagefind): a
    // result, reported in the table like a plain build that fails, not the end of the bench.
    plainSearchFailure = plainPagefindFailure(error);
    console.warn(`Plain Pagefind failed: ${plainSearchFailure}`);
  }
}

const result: BenchResult = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), memoryBytes: totalmem(), node: process.version, loadAverage },
  corpus: { pairs, singleLanguage: Math.floor(pairs / 4), files: corpus.files, bytes: corpus.bytes },
  build: { ...runToFigures(build), pagesPerSecond: Math.round(output.pages / build.totalSeconds) },
  output,
  search,
  plainSearch,
  plainSearchFailure,
  plainBuild,
};
writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
rmSync(previousRun, { recursive: true, force: true });
if (!values.keep) {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(`${siteDir}-cache`, { recursive: true, force: true });
  rmSync(plainDir, { recursive: true, force: true });
  rmSync(plainAstroDir, { recursive: true, force: true });
}
console.log(`\n${formatTable(result)}\n\nJSON: ${jsonFile}`);

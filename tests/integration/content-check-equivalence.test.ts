import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { normaliseWords } from '../../src/typography/normalise-words.ts';
import { componentNames } from '../../src/content-checks/mdx-components.ts';
import { readBuiltPage, type BuiltPage } from '../unit/support/built-page.ts';
import { casePagePath, generateCases, mutationNames, type EquivalenceCase } from '../unit/support/equivalence-cases.ts';

// `EQUIVALENCE_SEED=7 EQUIVALENCE_CASES=200 npm run test:integration -- tests/integration/content-check-equivalence.test.ts` tries other files.
// Generated dates run to 2030: the check and the build both read "now" from NEWSROOM_NOW, set after them so every
// valid file is published (scheduling itself is tested in tests/integration/release-life.test.ts).
process.env['NEWSROOM_NOW'] = '2031-06-01T00:00Z';
const seed = Number(process.env['EQUIVALENCE_SEED'] ?? 2026);
const caseCount = Number(process.env['EQUIVALENCE_CASES'] ?? 60);
const workDir = `.e2e/equivalence-${seed}-${caseCount}`;

function writeCases(folder: string, cases: readonly EquivalenceCase[]) {
  rmSync(folder, { recursive: true, force: true });
  for (const file of cases.flatMap((testCase) => testCase.files)) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.bytes);
  }
}

/** Astro's own build of these files, without the content check (tests/unit/support/astro-without-content-check.mjs). */
function buildWithoutCheck(cases: readonly EquivalenceCase[], round: number | string) {
  const contentDir = `${workDir}/content-${round}`;
  const outDir = `${workDir}/site-${round}`;
  writeCases(contentDir, cases);
  rmSync(outDir, { recursive: true, force: true });
  const build = spawnSync('node_modules/.bin/astro', ['build', '--config', 'tests/unit/support/astro-without-content-check.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, NEWSROOM_CONTENT_DIR: contentDir, NEWSROOM_OUT_DIR: outDir },
  });
  const output = `${build.stdout}${build.stderr}`;
  writeFileSync(`${workDir}/build-${round}.log`, output);
  return { ok: build.status === 0, output, outDir };
}

/** When a build's error names no file: the one case that makes a build fail on its own, found by halves. */
function bisect(cases: readonly EquivalenceCase[], round: number): EquivalenceCase | undefined {
  let candidates = [...cases];
  for (let step = 0; candidates.length > 1; step++) {
    const half = candidates.slice(0, Math.ceil(candidates.length / 2));
    candidates = buildWithoutCheck(half, `${round}-${step}`).ok ? candidates.slice(half.length) : half;
  }
  const [last] = candidates;
  return last && !buildWithoutCheck([last], `${round}-alone`).ok ? last : undefined;
}

/** How a case's page differs from its file as written; empty when it reads exactly as written. */
function differencesFromFile(testCase: EquivalenceCase, page: BuiltPage | undefined): string[] {
  if (!page) return ['no page was written for it'];
  const { expected } = testCase;
  const differences: string[] = [];
  // The site sets the text in its language's typography: the words, not the spaces, must be the file's.
  if (normaliseWords(page.title()) !== normaliseWords(expected.title))
    differences.push(`its title reads ${JSON.stringify(page.title())}, not ${JSON.stringify(expected.title)}`);
  if (page.dateTime() !== expected.date) differences.push(`its date is ${page.dateTime()}, not ${expected.date}`);
  const text = normaliseWords(page.bodyText());
  for (const marker of expected.markers) if (!text.includes(normaliseWords(marker))) differences.push(`its text lacks ${marker}`);
  const images = page.bodyImages();
  if (images.length !== expected.bodyImages) differences.push(`it shows ${images.length} images in its text, not ${expected.bodyImages}`);
  const photos = page.photoImages();
  if (photos.length !== expected.photos) differences.push(`it shows ${photos.length} photos, not ${expected.photos}`);
  for (const src of [...images, ...photos]) if (!page.serves(src)) differences.push(`its image ${src} is not served`);
  // An .mdx file's component renders the elements and text the guides promise.
  for (const lacking of expected.documented?.(page) ?? []) differences.push(`its component lacks ${lacking}`);
  return differences;
}

describe('content check and build agree', () => {
  it(
    `on ${caseCount} generated files (seed ${seed}): the check passes a file exactly when the build publishes it as written, and every file it refuses breaks the build or shows differently`,
    async () => {
      // Astro keeps each build's data store in its cache folder: a cache from an earlier run would bring back its files.
      rmSync(workDir, { recursive: true, force: true });
      mkdirSync(workDir, { recursive: true });
      const validCount = Math.ceil(caseCount / 2);
      const cases = generateCases(seed, validCount, caseCount - validCount);
      expect(new Set(cases.map((testCase) => testCase.mutation))).toEqual(new Set(['valid', ...mutationNames]));
      expect(new Set(cases.flatMap((testCase) => testCase.component ?? []))).toEqual(new Set(componentNames));

      // The real check, on all files at once, as `npm run content:check` runs it.
      writeCases(`${workDir}/checked`, cases);
      const { problems } = await checkContentFolder(`${workDir}/checked`, { displayPrefix: 'content' });
      const refusedFiles = new Set(problems.map((problem) => problem.file.replace(/^content\//, '')));
      const refused = (testCase: EquivalenceCase) => testCase.files.some((file) => refusedFiles.has(file.path));

      const violations: string[] = [];
      for (const testCase of cases) {
        if (testCase.mutation === 'valid' && refused(testCase))
          violations.push(
            `case ${testCase.id} (valid) was refused: ${problems
              .filter((problem) => problem.file.includes(`eq-${testCase.id}-`))
              .map((problem) => problem.message)
              .join(' / ')}`,
          );
        if (testCase.mutation !== 'valid' && !refused(testCase))
          violations.push(`case ${testCase.id} (${testCase.mutation}) passed the check`);
      }

      // One build of everything; a failing build names the file that broke it, which is set aside and the rest built again.
      let pending = [...cases];
      const brokeTheBuild = new Set<number>();
      let site: string | undefined;
      for (let round = 0; round <= cases.length && site === undefined; round++) {
        const build = buildWithoutCheck(pending, round);
        if (build.ok) {
          site = build.outDir;
          break;
        }
        // The file is named in the error, after the pages already rendered (whose log lines name files too).
        // Warnings (an .mdx file's module directive, drawn in a box) name files that broke nothing.
        const output = build.output
          .split('\n')
          .filter((line) => !/\[WARN\]|[╭│╰]/.test(line))
          .join('\n');
        const errorAt = output.search(/\[ERROR\]|\berror\b|Error:/);
        const named = [...output.slice(Math.max(0, errorAt)).matchAll(/eq-(\d+)-/gi)];
        const culprit = (errorAt === -1 ? named.at(-1) : named[0])?.[1];
        const testCase = pending.find((candidate) => String(candidate.id) === culprit) ?? bisect(pending, round);
        if (!testCase) throw new Error(`The build failed, and no one file makes it fail:\n${build.output.slice(-3000)}`);
        brokeTheBuild.add(testCase.id);
        if (!refused(testCase))
          violations.push(`case ${testCase.id} (${testCase.mutation}) passed the check but broke the build:\n${build.output.slice(-1500)}`);
        // A file the one reading cannot take (src/content-reader/read-release.ts) stops the loader, check or no check: agreement, not a miss.
        const refusedByReading = new RegExp(`/eq-${testCase.id}-[^/\\s]*\\.mdx? cannot be read \\(run`).test(output);
        if (testCase.differs && !refusedByReading)
          violations.push(`case ${testCase.id} (${testCase.mutation}) was expected to build, and broke the build`);
        pending = pending.filter((candidate) => candidate !== testCase);
      }
      if (!site) throw new Error('No build succeeded.');

      for (const testCase of pending) {
        const page = readBuiltPage(site, casePagePath(testCase));
        const differences = differencesFromFile(testCase, page);
        if (!refused(testCase) && differences.length > 0)
          violations.push(`case ${testCase.id} (${testCase.mutation}) passed the check, yet ${differences.join('; ')}`);
        if (refused(testCase) && !testCase.differs)
          violations.push(`case ${testCase.id} (${testCase.mutation}) was refused and expected to break the build, yet it built`);
        if (refused(testCase) && testCase.differs && !testCase.differs(page))
          violations.push(`case ${testCase.id} (${testCase.mutation}) was refused, yet its page shows it as written`);
      }
      expect(violations).toEqual([]);
      // Every way of breaking the build was seen to break it.
      expect(
        cases.filter((testCase) => testCase.mutation !== 'valid' && !testCase.differs).every((testCase) => brokeTheBuild.has(testCase.id)),
      ).toBe(true);
    },
    30 * 60_000,
  );
});

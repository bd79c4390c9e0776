/**
 * The yardstick for the build: the same corpus as a plain Astro site (scripts/bench/plain-astro/,
 * Astro's glob() loader, one page per release, a paginated list per language) indexed by plain
 * Pagefind (`pagefind --site dist`), as the two projects' documentation show. Each step is timed
 * and measured as this site's build is (run-build.ts); a step that fails is recorded, not thrown.
 */
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagefindProgram } from '../../src/search/build/pagefind-index.ts';
import { folderSize } from './measure-output.ts';
import { processKinds, runTimed, runToFigures, type BuildFigures, type BuildRun, type PhaseEnds } from './run-build.ts';

const templateDir = fileURLToPath(new URL('./plain-astro/', import.meta.url));
const projectDir = fileURLToPath(new URL('../../', import.meta.url));

/** Lines Astro prints on its way through a build, with the names this site's build gives its phases. */
const astroPhaseEnds: PhaseEnds = [
  { phase: 'start-up', pattern: /\[content\] Syncing content/ },
  { phase: 'content layer (load and parse)', pattern: /\[content\] Synced content/ },
  { phase: 'types and build info', pattern: /Building static entrypoints/ },
  { phase: 'bundle (Vite)', pattern: /generating static routes/ },
  { phase: 'pages (static paths and rendering)', pattern: /^[\d:]+ ✓ Completed in/ },
  { phase: 'images', pattern: /\[build\] ✓ Completed in/ },
  { phase: 'Astro exit', pattern: /\[build\] Complete!/ },
];

/** Pagefind's own progress lines (it prints them unless told --quiet). */
const pagefindPhaseEnds: PhaseEnds = [
  { phase: 'read and parse the pages', pattern: /^\[Reading languages\]/ },
  { phase: 'build and write the index', pattern: /^Finished in/ },
];

export interface PlainBuild {
  /** 0, or the exit code of the step that failed. */
  exitCode: number;
  /** The step that failed, if one did: Pagefind does not run after a failed Astro build. */
  failedStep?: 'astro build' | 'pagefind' | undefined;
  /** Both steps together (or until the failed one stopped). */
  totalSeconds: number;
  cpuSeconds: number;
  astro: BuildFigures;
  pagefind?: BuildFigures | undefined;
  /** The peak of each kind of process over both steps ("Astro (astro build)", "Pagefind (largest run)"). */
  processPeakRssBytes: Record<string, number>;
  maxProcessRssBytes: number;
  /** The whole output folder, Pagefind's bundle included. */
  output: { files: number; bytes: number; pages: number };
  /** The last lines of the failed step's log. */
  logTail?: string[] | undefined;
}

/** The Node heap flag of this site's `npm run build`, so both Astro builds get the same heap. */
function siteHeapFlag(): string {
  const { scripts } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const flag = scripts['build']?.split(/\s+/).find((word) => word.startsWith('--max-old-space-size'));
  if (!flag)
    throw new Error('package.json\'s "build" script gives Node no --max-old-space-size… flag: give the yardstick the same heap by hand.');
  return flag;
}

/**
 * Adds each kind of process's peak of `run` into `peaks`. The step's own program is the largest
 * process `time` saw: its figure counts too, since a run shorter than the sampler's 100 ms
 * (Pagefind on a small corpus) is never sampled.
 */
function addPeaks(peaks: Record<string, number>, run: BuildRun, kind: string): void {
  for (const [other, bytes] of Object.entries(run.processPeakRssBytes)) peaks[other] = Math.max(peaks[other] ?? 0, bytes);
  peaks[kind] = Math.max(peaks[kind] ?? 0, run.maxProcessRssBytes);
}

/**
 * Copies the template into `siteDir` (emptied first), links it to this project's node_modules (the
 * same installed Astro and Pagefind), builds the corpus in `contentDir` into `<siteDir>/dist` and
 * indexes it with Pagefind's command line.
 */
export async function buildPlainAstroSite(
  contentDir: string,
  siteDir: string,
  onLine: (line: string) => void = () => {},
): Promise<PlainBuild> {
  rmSync(siteDir, { recursive: true, force: true });
  // What a build of the template where it stands would have left is not copied.
  const leftovers = new Set(['node_modules', 'dist', '.astro', '.astro-cache']);
  cpSync(templateDir, siteDir, { recursive: true, filter: (source) => !leftovers.has(basename(source)) });
  symlinkSync(join(projectDir, 'node_modules'), join(siteDir, 'node_modules'), 'dir');

  const astroRun = await runTimed(
    {
      program: process.execPath,
      args: [siteHeapFlag(), 'node_modules/astro/bin/astro.mjs', 'build'],
      cwd: siteDir,
      env: { PLAIN_ASTRO_CONTENT_DIR: resolve(contentDir) },
      phaseEnds: astroPhaseEnds,
    },
    onLine,
  );
  const runs = [astroRun];
  if (astroRun.exitCode === 0) {
    runs.push(
      await runTimed(
        { program: await pagefindProgram(), args: ['--site', 'dist'], cwd: siteDir, env: {}, phaseEnds: pagefindPhaseEnds },
        onLine,
      ),
    );
  }
  const [, pagefindRun] = runs;
  const failed = runs.find((run) => run.exitCode !== 0);
  const processPeakRssBytes: Record<string, number> = {};
  addPeaks(processPeakRssBytes, astroRun, processKinds.astro);
  if (pagefindRun) addPeaks(processPeakRssBytes, pagefindRun, processKinds.pagefind);
  const sum = (key: 'totalSeconds' | 'cpuSeconds') => Math.round(runs.reduce((total, run) => total + run[key], 0) * 100) / 100;
  const dist = join(siteDir, 'dist');
  return {
    exitCode: failed?.exitCode ?? 0,
    failedStep: failed === undefined ? undefined : failed === astroRun ? 'astro build' : 'pagefind',
    totalSeconds: sum('totalSeconds'),
    cpuSeconds: sum('cpuSeconds'),
    astro: runToFigures(astroRun),
    pagefind: pagefindRun && runToFigures(pagefindRun),
    processPeakRssBytes,
    // The largest of either measure: `time`'s and the sampler's readings of one process differ by a few MB.
    maxProcessRssBytes: Math.max(...runs.map((run) => run.maxProcessRssBytes), ...Object.values(processPeakRssBytes)),
    output: existsSync(dist) ? folderSize(dist) : { files: 0, bytes: 0, pages: 0 },
    logTail: failed?.log.slice(-30),
  };
}

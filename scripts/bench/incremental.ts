/**
 * `npm run bench -- --incremental`: a full build of the corpus, then each kind of change in turn
 * (scripts/bench/content-changes.ts), rebuilt with its caches kept (and, as in the deploy workflow,
 * no output folder) and timed, and each compared
 * byte for byte with a build of the same content from nothing, timed too.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { differingFiles } from './differing-files.ts';
import { applyContentChange, contentChangeKinds, type ContentChangeKind } from './content-changes.ts';
import type { PlainBuild } from './plain-astro-build.ts';
import { astroStartPhases, runBuild, runToFigures, type BuildFigures, type BuildRun } from './run-build.ts';

export interface IncrementalStep {
  change: ContentChangeKind | 'first build';
  what: string;
  /** The rebuild with its caches kept. */
  rebuild: BuildFigures;
  /** Pages Astro took from its cache rather than rendering. */
  reusedPages: number;
  renderedPages: number;
  /** A build of the same content from nothing, for the comparison and as the yardstick. */
  fromNothing?: BuildFigures | undefined;
  /** Files that differ between the two (or exist in one only): must be none. */
  differingFiles: string[];
}

async function build(env: Record<string, string>): Promise<BuildRun & { reusedPages: number; renderedPages: number }> {
  const run = await runBuild(env);
  if (run.exitCode !== 0) throw new Error(`The build failed (exit code ${run.exitCode}):\n${run.log.slice(-40).join('\n')}`);
  const pageLines = run.log.filter((line) => /^[\d:]*\s+├─ /.test(line));
  const reusedPages = pageLines.filter((line) => /\((cached|restored)\)/.test(line)).length;
  return { ...run, reusedPages, renderedPages: pageLines.length - reusedPages };
}

/** "content layer 10.7 s, bundle 1.5 s, ...": printed as the run goes, so a run cut short still says where its time went. */
function phasesToText(run: BuildRun): string {
  return Object.entries(run.phases)
    .map(([phase, seconds]) => `${phase} ${seconds} s`)
    .join(', ');
}

/**
 * Runs the whole sequence on the corpus in `contentDir`, building into `siteDir` (and
 * `<workDir>/from-nothing` for the comparisons). `afterFirstBuild` runs once the first build is
 * done, before the corpus changes: the bench builds its yardstick there.
 */
export async function benchIncremental(
  workDir: string,
  contentDir: string,
  siteDir: string,
  now: string,
  afterFirstBuild: () => Promise<void> = async () => {},
): Promise<IncrementalStep[]> {
  const env = { NEWSROOM_CONTENT_DIR: contentDir, NEWSROOM_NOW: now };
  const fromNothingDir = join(workDir, 'from-nothing');
  const fresh = (dir: string) => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}-cache`, { recursive: true, force: true });
  };
  fresh(siteDir);
  console.log('First build, from nothing');
  const first = await build({ ...env, NEWSROOM_OUT_DIR: siteDir });
  console.log(`  ${first.totalSeconds} s: ${phasesToText(first)}`);
  const steps: IncrementalStep[] = [
    {
      change: 'first build',
      what: 'the whole corpus',
      rebuild: runToFigures(first),
      reusedPages: first.reusedPages,
      renderedPages: first.renderedPages,
      differingFiles: [],
    },
  ];
  await afterFirstBuild();
  for (const change of contentChangeKinds) {
    const what = applyContentChange(contentDir, change);
    spawnSync('sync');
    console.log(`${change}: ${what}; rebuilding with the caches kept`);
    // As the deploy workflow rebuilds: on a fresh runner with the caches restored and no output folder
    // (Astro would otherwise first empty the last build's, 22 to 31 s at 2,000 pairs on this disk).
    rmSync(siteDir, { recursive: true, force: true });
    spawnSync('sync');
    const rebuild = await build({ ...env, NEWSROOM_OUT_DIR: siteDir });
    console.log(
      `  ${rebuild.totalSeconds} s (${rebuild.reusedPages} pages from the cache, ${rebuild.renderedPages} rendered); building the same content from nothing`,
    );
    fresh(fromNothingDir);
    const fromNothing = await build({ ...env, NEWSROOM_OUT_DIR: fromNothingDir });
    const differing = differingFiles(siteDir, fromNothingDir);
    console.log(`  rebuild's phases: ${phasesToText(rebuild)}`);
    console.log(`  from nothing: ${fromNothing.totalSeconds} s (${phasesToText(fromNothing)}); files that differ: ${differing.length}`);
    steps.push({
      change,
      what,
      rebuild: runToFigures(rebuild),
      reusedPages: rebuild.reusedPages,
      renderedPages: rebuild.renderedPages,
      fromNothing: runToFigures(fromNothing),
      differingFiles: differing,
    });
  }
  fresh(fromNothingDir);
  return steps;
}

/**
 * The table of an incremental run: each step's time beside a build of the same content from
 * nothing, and its phases; below the first build, the plain Astro + Pagefind yardstick's.
 */
export function formatIncrementalTable(steps: readonly IncrementalStep[], plain?: PlainBuild): string {
  const phase = (run: BuildFigures, names: string[]) => names.reduce((sum, name) => sum + (run.phases[name] ?? 0), 0).toFixed(1);
  const search = ['search index (Pagefind)', 'offline lists and service worker'];
  const lines = [
    '| step | rebuild | from nothing | share | pages reused / rendered | start-up, check, content sync | bundle | pages | search | identical |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const step of steps) {
    const base = step.fromNothing?.totalSeconds;
    lines.push(
      `| ${step.change} | ${step.rebuild.totalSeconds} s | ${base ? `${base} s` : '—'} | ${base ? `${Math.round((step.rebuild.totalSeconds / base) * 100)}%` : '—'} | ${step.reusedPages} / ${step.renderedPages} | ${phase(step.rebuild, astroStartPhases)} s | ${phase(step.rebuild, ['bundle (Vite)'])} s | ${phase(step.rebuild, ['pages (static paths and rendering)'])} s | ${phase(step.rebuild, search)} s | ${step.change === 'first build' ? '—' : step.differingFiles.length === 0 ? 'yes' : `no: ${step.differingFiles.length} files`} |`,
    );
    if (step.change === 'first build' && plain) {
      const status = plain.failedStep ? ` (FAILED in ${plain.failedStep}, exit code ${plain.exitCode})` : '';
      lines.push(
        `| plain Astro + Pagefind, from nothing${status} | ${plain.totalSeconds} s | — | — | — | ${phase(plain.astro, astroStartPhases)} s | ${phase(plain.astro, ['bundle (Vite)'])} s | ${phase(plain.astro, ['pages (static paths and rendering)'])} s | ${plain.pagefind ? `${plain.pagefind.totalSeconds.toFixed(1)} s` : 'not run'} | — |`,
      );
    }
  }
  return lines.join('\n');
}

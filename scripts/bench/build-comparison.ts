/** This site's build beside the yardstick's (plain Astro + Pagefind on the same corpus), as a table. */
import type { PlainBuild } from './plain-astro-build.ts';
import { astroStartPhases, processKinds, type BuildFigures } from './run-build.ts';

/** The phases of this site's build that come after Astro's: the search step. */
const siteSearchPhases = ['search index (Pagefind)', 'offline lists and service worker', 'finish (write, exit)'];

/** Groups of Astro's phases, named as both builds name them (the yardstick has no content check). */
const astroPhaseGroups: [string, string[]][] = [
  ['start-up, content layer, types', astroStartPhases],
  ['bundle (Vite)', ['bundle (Vite)']],
  ['pages (static paths and rendering)', ['pages (static paths and rendering)']],
];

export interface SiteBuildSide {
  build: BuildFigures;
  output: { files: number; bytes: number; pages: number };
}

const sumOf = (record: Record<string, number>, names: readonly string[]) => names.reduce((sum, name) => sum + (record[name] ?? 0), 0);
const seconds = (wall: number, cpu: number) => `${wall.toFixed(1)} s (CPU ${cpu.toFixed(1)} s)`;
const gib = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1024 ** 3).toFixed(2)} GiB`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Seconds of this site's Astro step and search step, from its phases. */
function siteSteps(build: BuildFigures): { astro: [number, number]; search: [number, number] } {
  const search: [number, number] = [sumOf(build.phases, siteSearchPhases), sumOf(build.phaseCpuSeconds, siteSearchPhases)];
  return { astro: [build.totalSeconds - search[0], build.cpuSeconds - search[1]], search };
}

/** "built", or what failed, where and when. */
export function plainStatus(plain: PlainBuild): string {
  return plain.failedStep === undefined
    ? 'built'
    : `FAILED: ${plain.failedStep} exited with code ${plain.exitCode} after ${plain.totalSeconds.toFixed(1)} s`;
}

export function formatBuildComparison(site: SiteBuildSide, plain: PlainBuild): string {
  const { astro, search } = siteSteps(site.build);
  const rows: [string, string, string][] = [
    ['status', 'built', plainStatus(plain)],
    ['build total', seconds(site.build.totalSeconds, site.build.cpuSeconds), seconds(plain.totalSeconds, plain.cpuSeconds)],
    ['Astro', seconds(...astro), seconds(plain.astro.totalSeconds, plain.astro.cpuSeconds)],
    ...astroPhaseGroups.map(([label, names]): [string, string, string] => [
      `  ${label}`,
      seconds(sumOf(site.build.phases, names), sumOf(site.build.phaseCpuSeconds, names)),
      seconds(sumOf(plain.astro.phases, names), sumOf(plain.astro.phaseCpuSeconds, names)),
    ]),
    [
      'search index (Pagefind)',
      `${seconds(...search)}, with offline lists`,
      plain.pagefind ? seconds(plain.pagefind.totalSeconds, plain.pagefind.cpuSeconds) : 'not run',
    ],
    ['peak memory, largest process', gib(site.build.maxProcessRssBytes), gib(plain.maxProcessRssBytes)],
    ...[processKinds.astro, processKinds.pagefind].map((kind): [string, string, string] => [
      `peak memory, ${kind}`,
      gib(site.build.processPeakRssBytes[kind]),
      gib(plain.processPeakRssBytes[kind]),
    ]),
    [
      'output',
      `${mb(site.output.bytes)} in ${site.output.files} files, ${site.output.pages} HTML pages`,
      `${mb(plain.output.bytes)} in ${plain.output.files} files, ${plain.output.pages} HTML pages`,
    ],
  ];
  const lines = ['| build | this site | plain Astro + Pagefind |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)];
  if (plain.logTail)
    lines.push('', `The last lines of the plain build's log (${plain.failedStep}):`, ...plain.logTail.map((line) => `    ${line}`));
  return lines.join('\n');
}

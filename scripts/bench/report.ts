/** The benchmark's result, and the table printed from it. */
import { formatBuildComparison } from './build-comparison.ts';
import type { BuildFigures } from './run-build.ts';
import type { OutputMeasure } from './measure-output.ts';
import type { SearchMeasure } from './measure-search.ts';
import type { PlainBuild } from './plain-astro-build.ts';
import type { PlainSearchMeasure } from './plain-pagefind.ts';

export interface BenchResult {
  date: string;
  machine: { cpus: number; memoryBytes: number; node: string; loadAverage: number };
  corpus: { pairs: number; singleLanguage: number; files: number; bytes: number };
  build: BuildFigures & { pagesPerSecond: number };
  output: OutputMeasure;
  search: SearchMeasure[];
  /** The same queries with plain Pagefind and its Default UI on the same release pages. */
  plainSearch?: PlainSearchMeasure[] | undefined;
  /** Why plain Pagefind gave no search to compare with, when it failed. */
  plainSearchFailure?: string | undefined;
  /** The same corpus built as a plain Astro site and indexed by plain Pagefind. */
  plainBuild?: PlainBuild | undefined;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
/** "median of 5 runs, 271 to 330", or "one run". */
const range = (runs: readonly number[]) =>
  runs.length === 1 ? 'one run' : `median of ${runs.length} runs, ${Math.min(...runs)} to ${Math.max(...runs)}`;

export function formatTable(result: BenchResult): string {
  const { corpus, build, output, search } = result;
  const rows: [string, string][] = [
    ['corpus', `${corpus.pairs} pairs + ${corpus.singleLanguage} French only = ${corpus.files} files, ${mb(corpus.bytes)}`],
    ['machine load (1 min) at start', `${result.machine.loadAverage.toFixed(1)} on ${result.machine.cpus} cores: other work skews times`],
    ['build total', `${build.totalSeconds} s (CPU ${build.cpuSeconds} s on ${result.machine.cpus} cores)`],
    ...Object.entries(build.phases).map(([phase, seconds]): [string, string] => [
      `  ${phase}`,
      `${seconds} s (CPU ${build.phaseCpuSeconds[phase] ?? '?'} s, peak ${gib(build.phasePeakRssBytes[phase] ?? 0)})`,
    ]),
    ['pages / second', `${build.pagesPerSecond} (${output.pages} HTML pages)`],
    ['peak memory, largest process', gib(build.maxProcessRssBytes)],
    ['peak memory, all build processes', gib(build.peakTreeRssBytes)],
    ...Object.entries(build.processPeakRssBytes).map(([kind, bytes]): [string, string] => [`  peak memory, ${kind}`, gib(bytes)]),
    ['output', `${mb(output.bytes)} in ${output.files} files`],
    ['search index', mb(output.searchIndexBytes)],
  ];
  for (const [label, page] of [
    ['median', output.medianReleasePage],
    ['largest', output.largestReleasePage],
  ] as const) {
    const { transferred } = page;
    rows.push([
      `${label} release page HTML / CSS / JS`,
      `${kb(page.html)} / ${kb(page.css)} / ${kb(page.js)}; gzipped ${kb(transferred.html)} / ${kb(transferred.css)} / ${kb(transferred.js)}; HTML around text ${kb(page.htmlAroundText)}`,
    ]);
  }
  for (const measure of search) {
    rows.push([
      `search "${measure.query}" (${measure.locale})`,
      `cold: ${kb(measure.bytes)} (${kb(measure.searchBytes)} search, ${measure.requests} requests), ${measure.coldMs} ms (${range(measure.coldMsRuns)}); warm: ${measure.warmMs} ms (${range(measure.warmMsRuns)})`,
    ]);
    rows.push([
      '  until quiet (exact count and filter counts)',
      `${kb(measure.quietBytes)} (${kb(measure.quietSearchBytes)} search, ${measure.quietRequests} requests)`,
    ]);
    rows.push([
      '  search bytes by kind',
      Object.entries(measure.searchBytesByKind)
        .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
        .join(', '),
    ]);
    const plain = result.plainSearch?.find((other) => other.locale === measure.locale && other.query === measure.query);
    if (plain)
      rows.push([
        '  plain Pagefind, same pages',
        `${kb(plain.searchBytes)}: this site's search bytes are ${(measure.searchBytes / plain.searchBytes).toFixed(2)} times that`,
      ]);
  }
  if (result.plainSearchFailure) rows.push(['plain Pagefind, same pages', `failed: ${result.plainSearchFailure}`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const table = [
    '| measure'.padEnd(width + 2) + ' | value',
    `|${'-'.repeat(width + 2)}|-------`,
    ...rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value}`),
  ].join('\n');
  return result.plainBuild ? `${table}\n\n${formatBuildComparison({ build, output }, result.plainBuild)}` : table;
}

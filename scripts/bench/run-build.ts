/**
 * Runs a build command under `/usr/bin/time -v` (this site's `npm run build`: Astro, then the search
 * step; or the plain yardstick's `astro build` and Pagefind), timestamps each log line as it
 * arrives and splits the run into phases at lines the command prints.
 * Memory: the largest single process (`time -v`, which covers every process below it), and, sampled
 * from /proc, the whole process tree's resident size and the peak of each kind of process.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Phases in order, each ending at the first log line matching its pattern once the one before has ended. */
export type PhaseEnds = readonly { phase: string; pattern: RegExp }[];

/** The phases of this site's build: lines that Astro and this site's integrations print. */
export const sitePhaseEnds: PhaseEnds = [
  { phase: 'start-up and content check', pattern: /content files checked/ },
  { phase: 'content layer (load and parse)', pattern: /\[content\] Synced content/ },
  { phase: 'types and build info', pattern: /Building static entrypoints/ },
  { phase: 'bundle (Vite)', pattern: /generating static routes/ },
  // Astro's own "✓ Completed" closes the static routes; the one tagged [build] closes images too.
  { phase: 'pages (static paths and rendering)', pattern: /^[\d:]+ ✓ Completed in/ },
  { phase: 'images', pattern: /\[build\] ✓ Completed in/ },
  // The publish check's closing line (src/integrations/content-checks.ts).
  { phase: 'publish check', pattern: /pages of the site's languages were written/ },
  { phase: 'Astro exit', pattern: /\[build\] Complete!/ },
  { phase: 'search index (Pagefind)', pattern: /Search index:/ },
  { phase: 'offline lists and service worker', pattern: /Service worker:/ },
];

export interface BuildRun {
  exitCode: number;
  totalSeconds: number;
  phases: Record<string, number>;
  /** CPU seconds of each phase, all build processes together: steadier than wall time when the machine is shared. */
  phaseCpuSeconds: Record<string, number>;
  /** User plus system CPU seconds of the build and its children: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** Largest single process, from `time -v`. */
  maxProcessRssBytes: number;
  /** Largest sum of the build's processes at one moment, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** The same, phase by phase: says which phase sets the peak. */
  phasePeakRssBytes: Record<string, number>;
  /** The largest resident size of each kind of process (Astro, the search step, Pagefind's runs), sampled every 100 ms. */
  processPeakRssBytes: Record<string, number>;
  log: string[];
}

/** Astro's start-up, content layer and types, as this site's build and the yardstick's name those phases (the yardstick has no content check). */
export const astroStartPhases = ['start-up and content check', 'start-up', 'content layer (load and parse)', 'types and build info'];

/** A run's figures, without its log and exit code: what the JSON keeps. */
export type BuildFigures = Omit<BuildRun, 'log' | 'exitCode'>;

export function runToFigures({ log: _log, exitCode: _exitCode, ...figures }: BuildRun): BuildFigures {
  return figures;
}

/** A command to time: the program and its arguments, where it runs, what it adds to the environment, and its phases. */
export interface TimedCommand {
  program: string;
  args: readonly string[];
  /** The folder it runs in; the current one unless told. */
  cwd?: string | undefined;
  env: Record<string, string>;
  phaseEnds: PhaseEnds;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The kinds of process the bench reports a peak for. */
export const processKinds = {
  astro: 'Astro (astro build)',
  pagefind: 'Pagefind (largest run)',
  searchStep: 'search step (Node)',
  other: 'other (npm, time)',
} as const;

/** What each process of a build is, from its command line: the bench reports the peak of each kind, for this site and the yardstick alike. */
function processKind(pid: number): string {
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return processKinds.other;
  }
  if (/\bpagefind/.test(command)) return processKinds.pagefind;
  if (/astro(?:\.mjs)? build/.test(command)) return processKinds.astro;
  if (command.includes('build-search')) return processKinds.searchStep;
  return processKinds.other;
}

/**
 * The resident size of every process of the tree under `pid` at this moment, with the peak of each
 * kind of process raised in `peaks`; returns their sum.
 */
function sampleTreeRss(pid: number, peaks: Record<string, number>): number {
  let total = 0;
  for (const process of [pid, ...childrenOf(pid).flatMap((child) => [child, ...descendants(child)])]) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${process}/status`, 'utf8'))?.[1];
      const bytes = Number(kb ?? 0) * 1024;
      total += bytes;
      const kind = processKind(process);
      peaks[kind] = Math.max(peaks[kind] ?? 0, bytes);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/**
 * CPU seconds used so far by the process tree. Each live process counts its own time and that of
 * the children it has reaped (an ended process's time moves to its parent's), so every process
 * that ever ran in the tree counts exactly once.
 */
function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  for (const process of [pid, ...descendants(pid)]) {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th, cutime and cstime follow.
      const fields = readFileSync(`/proc/${process}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ')
        .map(Number);
      ticks += fields[11]! + fields[12]! + fields[13]! + fields[14]!;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks / 100;
}

function descendants(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [child, ...descendants(child)]);
}

/** This site's production build (`npm run build`) with `env` added to the environment. */
export function runBuild(env: Record<string, string>, onLine: (line: string) => void = () => {}): Promise<BuildRun> {
  return runTimed({ program: 'npm', args: ['run', '--silent', 'build'], env, phaseEnds: sitePhaseEnds }, onLine);
}

/** Runs `command` under `time -v` and measures it; a command that fails is measured too, never thrown. */
export async function runTimed(command: TimedCommand, onLine: (line: string) => void = () => {}): Promise<BuildRun> {
  const { phaseEnds } = command;
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', command.program, ...command.args], {
    cwd: command.cwd,
    env: { ...process.env, ...command.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const marks: { phase: string; at: number; cpu: number }[] = [];
  let peakTreeRssBytes = 0;
  const phasePeakRssBytes: Record<string, number> = {};
  const processPeakRssBytes: Record<string, number> = {};
  const sampler = setInterval(() => {
    const rss = sampleTreeRss(child.pid!, processPeakRssBytes);
    const phase = phaseEnds[marks.length]?.phase ?? 'finish (write, exit)';
    phasePeakRssBytes[phase] = Math.max(phasePeakRssBytes[phase] ?? 0, rss);
    peakTreeRssBytes = Math.max(peakTreeRssBytes, rss);
  }, 100);

  // `time` is the direct child; the command (npm, which runs the build's steps, for this site) is its only child.
  const buildPid = () => childrenOf(child.pid!)[0] ?? child.pid!;
  let timeReport = '';
  const readLines = (stream: NodeJS.ReadableStream, isStderr: boolean) =>
    createInterface({ input: stream }).on('line', (coloured) => {
      // eslint-disable-next-line no-control-regex -- the escape that starts a terminal colour code
      const line = coloured.replace(/\x1b\[[0-9;]*m/g, '');
      const at = (performance.now() - started) / 1000;
      const next = phaseEnds[marks.length];
      if (next?.pattern.test(line)) marks.push({ phase: next.phase, at, cpu: treeCpuSeconds(buildPid()) });
      if (isStderr && /^\t/.test(line)) timeReport += `${line}\n`;
      else {
        log.push(line);
        onLine(line);
      }
    });
  readLines(child.stdout, false);
  readLines(child.stderr, true);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(sampler);

  const totalSeconds = (performance.now() - started) / 1000;
  const phases: Record<string, number> = {};
  const phaseCpuSeconds: Record<string, number> = {};
  let previous = { at: 0, cpu: 0 };
  for (const mark of marks) {
    phases[mark.phase] = round(mark.at - previous.at);
    phaseCpuSeconds[mark.phase] = round(mark.cpu - previous.cpu);
    previous = mark;
  }
  phases['finish (write, exit)'] = round(totalSeconds - previous.at);
  // A log line that changed would fold its phase and every later one into "finish": say so, loudly.
  const unmatched = phaseEnds.slice(marks.length).map((end) => end.phase);
  if (exitCode === 0 && unmatched.length > 0) {
    console.warn(
      `${command.program} ${command.args.join(' ')} never printed the line that ends "${unmatched[0]}": update its pattern in scripts/bench/.`,
    );
  }
  const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport)?.[1];
  const cpuSeconds = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(timeReport)?.[1] ?? 0),
    0,
  );
  phaseCpuSeconds['finish (write, exit)'] = round(cpuSeconds - previous.cpu);
  return {
    exitCode,
    totalSeconds: round(totalSeconds),
    cpuSeconds: round(cpuSeconds),
    phases,
    phaseCpuSeconds,
    phasePeakRssBytes,
    processPeakRssBytes,
    maxProcessRssBytes: Number(maxKb ?? 0) * 1024,
    peakTreeRssBytes,
    log,
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

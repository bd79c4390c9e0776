import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * What a build printed, how many pages Astro took from its incremental cache rather than
 * rendering, and how many release bodies from the renderings kept by the last build.
 */
export interface SiteBuild {
  log: string;
  reusedPages: number;
  keptRenderings: number;
}

/**
 * Builds a content folder as `npm run build` does (Astro, then the search step) into `outDir`. A
 * fresh build first deletes the folder and its cache (`<outDir>-cache`); an incremental one keeps both.
 */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string>, { fresh }: { fresh: boolean }): SiteBuild {
  if (fresh) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  }
  const buildEnv = { ...process.env, ...env, NEWSROOM_CONTENT_DIR: contentDir, NEWSROOM_OUT_DIR: outDir };
  let log = '';
  for (const [command, ...args] of [
    ['node_modules/.bin/astro', 'build'],
    [process.execPath, 'scripts/build-search.ts'],
  ]) {
    const run = spawnSync(command!, args, { encoding: 'utf8', env: buildEnv, maxBuffer: 64 * 1024 * 1024 });
    log += `${run.stdout}${run.stderr}`;
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed for ${outDir}:\n${log.slice(-3000)}`);
  }
  return {
    log,
    reusedPages: log.match(/\((?:cached|restored)\)/g)?.length ?? 0,
    keptRenderings: Number(/Renderings kept from the last build: (\d+)/.exec(log)?.[1] ?? Number.NaN),
  };
}

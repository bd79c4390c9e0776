import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The content check's side of this attacker is in tests/unit/content-check-mdx.test.ts.
describe('an attacker’s .mdx release, built without the content check', () => {
  const fixture = 'tests/fixtures/content/mdx-attacker';
  const written = 'mdx-attacker-was-here.txt';

  it('breaks a build that skips the check, before any of its code runs: nothing is written', () => {
    rmSync(written, { force: true });
    const outDir = '.e2e/mdx-attacker-site';
    rmSync(outDir, { recursive: true, force: true });
    const build = spawnSync('node_modules/.bin/astro', ['build', '--config', 'tests/unit/support/astro-without-content-check.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, NEWSROOM_CONTENT_DIR: fixture, NEWSROOM_OUT_DIR: outDir },
    });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('read-the-machine.mdx holds MDX that could run code');
    expect(output).toContain('read-the-machine.mdx:8: "import" is not allowed');
    expect(existsSync(written)).toBe(false);
    expect(existsSync(`${outDir}/en/news/read-the-machine/index.html`)).toBe(false);
  }, 120_000);
});

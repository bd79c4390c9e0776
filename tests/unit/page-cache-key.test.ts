import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { pageCacheSeedOf } from '../../src/integrations/build-version.ts';
import { pageCacheSeedVariable, propsToCacheKey } from '../../src/releases/page-cache-key.ts';

/** A project folder with some code and a content folder holding one release pair and a photo. */
function project(): { root: string; code: string[]; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'page-cache-key-'));
  for (const folder of ['src/layouts', 'public', 'content/en', 'content/fr', 'content/images'])
    mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'src/layouts/ReleaseLayout.astro'), '<article><slot /></article>\n');
  writeFileSync(join(root, 'public/robots.txt'), 'User-agent: *\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  writeFileSync(join(root, 'content/images/harbour.jpg'), 'not really a photo');
  writeFileSync(join(root, 'content/en/release.md'), release('Harbour police seize 40 tonnes', 'The operation ran for six months.'));
  writeFileSync(
    join(root, 'content/fr/release.md'),
    release('La police du port saisit 40 tonnes', 'L’opération a duré six\u00a0mois : « un succès ».'),
  );
  return { root, code: ['src', 'public', 'package-lock.json'].map((path) => join(root, path)), content: join(root, 'content') };
}

function release(title: string, body: string): string {
  return [
    '---',
    `title: "${title}"`,
    'date: "2024-03-05"',
    'type: news',
    'organisation: interpol',
    'topics: [cybercrime]',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

describe("the seed of every page's incremental-build key", () => {
  it('changes with any code file, the photos and any setting, and not with the build’s "now", its output folder or a release’s text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom('SITE_URL', 'NEWSROOM_BASE_PATH', 'NEWSROOM_LANGUAGES', 'NEWSROOM_CMS_REPO'),
        (value, setting) => {
          const { root, code, content } = project();
          const env = { SITE_URL: 'https://newsroom.example.org' };
          const seed = pageCacheSeedOf(code, content, env);
          expect(pageCacheSeedOf(code, content, env)).toBe(seed);
          expect(pageCacheSeedOf(code, content, { ...env, NEWSROOM_NOW: '2025-06-01T12:00Z', NEWSROOM_OUT_DIR: value })).toBe(seed);
          const changed = { ...env, [setting]: env[setting as 'SITE_URL'] === value ? `${value}/` : value };
          expect(pageCacheSeedOf(code, content, changed)).not.toBe(seed);
          // Release texts are in each page's own key, so one edited release leaves the other pages' keys alone.
          writeFileSync(join(content, 'fr/release.md'), release('La police du port saisit 41 tonnes', 'Corrigé.'));
          expect(pageCacheSeedOf(code, content, env)).toBe(seed);
          writeFileSync(join(content, 'images/harbour.jpg'), 'another photo');
          const withPhoto = pageCacheSeedOf(code, content, env);
          expect(withPhoto).not.toBe(seed);
          writeFileSync(join(root, 'src/layouts/ReleaseLayout.astro'), '<article class="changed"><slot /></article>\n');
          expect(pageCacheSeedOf(code, content, env)).not.toBe(withPhoto);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("a page's incremental-build key", () => {
  let content: string;
  beforeEach(() => {
    content = project().content;
    process.env[pageCacheSeedVariable] = 'seed-for-tests';
  });
  const entry = (locale: 'en' | 'fr', title: string) => ({
    collection: 'releases',
    filePath: join(content, locale, 'release.md'),
    data: { title },
  });

  it('is the same for the same props, texts and seed, and changes with the props, what else the page shows, the seed or a text it holds', async () => {
    const props = { page: { kind: 'release', versions: { en: entry('en', 'Harbour'), fr: entry('fr', 'Port') } } };
    const key = await propsToCacheKey(props);
    expect(await propsToCacheKey(structuredClone(props))).toBe(key);
    expect(await propsToCacheKey({ page: { ...props.page, kind: 'list' } })).not.toBe(key);
    expect(await propsToCacheKey(props, { topics: ['cybercrime'] })).not.toBe(key);
    process.env[pageCacheSeedVariable] = 'another-seed';
    expect(await propsToCacheKey(props)).not.toBe(key);
    process.env[pageCacheSeedVariable] = 'seed-for-tests';
    // The French version read from another file, with another text: the text is on the page, though not in the props (the integration test edits a file in place).
    const edited = {
      page: {
        kind: 'release',
        versions: { en: entry('en', 'Harbour'), fr: { ...entry('fr', 'Port'), filePath: join(content, 'fr', 'edited.md') } },
      },
    };
    writeFileSync(
      join(content, 'fr/edited.md'),
      release('La police du port saisit 40 tonnes', 'L’opération a duré six\u00a0mois : « un succès ». Corrigé.'),
    );
    expect(await propsToCacheKey(edited)).not.toBe(key);
  });

  it('cannot be made without the seed: a build without the build-version integration stops rather than key pages on nothing', async () => {
    delete process.env[pageCacheSeedVariable];
    await expect(propsToCacheKey({})).rejects.toThrow(/NEWSROOM_PAGE_CACHE_SEED is not set/);
  });
});

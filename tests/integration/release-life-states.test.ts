import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/support/chromium.ts';
import { startCountingServer } from '../../scripts/support/counting-server.ts';
import { newsListPath, releasePath } from '../../src/i18n/paths.ts';
import { buildAt } from './support/life-builds.ts';

// One release, "customs-agreement", through its whole life: scheduled, published, corrected in English
// (the French version then says so), the French caught up, withdrawn. Each state is a build of its own.
const root = '.e2e/release-life/states';
const shots = 'test-results/release-life';
const devices = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const slug = 'customs-agreement';
const moment = '2025-03-01T09:00+01:00';

const texts = {
  en: {
    title: 'Customs agreement: Operation “Horizon” begins',
    body: 'Customs services of 40 countries will share their data on containers from today.',
  },
  fr: {
    title: 'Accord douanier : l’« Opération Horizon » commence',
    body: 'Les services douaniers de 40 pays partageront dès aujourd’hui leurs données sur les conteneurs.',
  },
};

function writeRelease(contentDir: string, locale: 'en' | 'fr', extra: readonly string[]): void {
  const { title, body } = texts[locale];
  const lines = [
    '---',
    `title: "${title}"`,
    'date: "2025-03-01"',
    `publishAt: "${moment}"`,
    'reference: "NR/2025/042"',
    'type: media-release',
    'organisation: wco',
    'topics: [customs-cooperation]',
    ...extra,
    '---',
    '',
    body,
    '',
  ];
  mkdirSync(join(contentDir, locale), { recursive: true });
  writeFileSync(join(contentDir, locale, `${slug}.md`), lines.join('\n'));
}

const corrected = { en: ['updates:', '  - date: "2025-03-03"', '    note: "The number of countries is 40, not 14."'], fr: [] as string[] };
const caughtUp = { ...corrected, fr: ['updates:', '  - date: "2025-03-04"', '    note: "Le nombre de pays est 40, et non 14."'] };
const withdrawal = {
  en: [
    ...caughtUp.en,
    'withdrawn:',
    '  date: "2025-03-10"',
    '  reason: "The agreement was postponed by the signatories."',
    '  keepText: false',
  ],
  fr: [...caughtUp.fr, 'withdrawn:', '  date: "2025-03-10"', '  reason: "Les signataires ont reporté l’accord."', '  keepText: false'],
};

/** The content at each state, and the "now" it is built at. */
const states = [
  { name: '1-scheduled', now: '2025-03-01T08:59+01:00', extra: { en: [], fr: [] } },
  { name: '2-published', now: moment, extra: { en: [], fr: [] } },
  { name: '3-corrected', now: '2025-03-03T12:00+01:00', extra: corrected },
  { name: '4-caught-up', now: '2025-03-04T12:00+01:00', extra: caughtUp },
  { name: '5-withdrawn', now: '2025-03-10T12:00+01:00', extra: withdrawal },
] as const;

let browser: Browser;
const built = new Map<string, string>();

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  rmSync(shots, { recursive: true, force: true });
  for (const state of states) {
    const contentDir = join(root, state.name, 'content');
    // A release already out, so every list has something to show.
    mkdirSync(join(contentDir, 'en'), { recursive: true });
    writeFileSync(
      join(contentDir, 'en', 'earlier-release.md'),
      [
        '---',
        'title: "An earlier release"',
        'date: "2025-02-01"',
        'reference: "NR/2025/041"',
        'type: news',
        'organisation: wco',
        '---',
        '',
        'Earlier.',
        '',
      ].join('\n'),
    );
    for (const locale of ['en', 'fr'] as const) writeRelease(contentDir, locale, state.extra[locale]);
    const outDir = join(root, state.name, 'site');
    buildAt(contentDir, outDir, state.now);
    built.set(state.name, outDir);
  }
  browser = await chromium.launch(chromiumLaunchOptions());
}, 400_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a page of a state's build in each device, checks it, and saves a screenshot of each, printing where. */
async function visit(
  state: string,
  path: string,
  check: (text: string, html: string) => void,
  { locale = 'en-GB', javaScript = true } = {},
) {
  const server = await startCountingServer(built.get(state)!);
  try {
    for (const [device, viewport] of Object.entries(devices)) {
      const context = await browser.newContext({ viewport, locale, javaScriptEnabled: javaScript, colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(`${server.origin}${path}`);
      check(await page.locator('main').innerText(), await page.content());
      const file = join(shots, `${state}-${path.split('/').filter(Boolean).join('-') || 'root'}-${device}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`Screenshot: ${file}`);
      await context.close();
    }
  } finally {
    await server.close();
  }
}

describe('one release through its whole life', { timeout: 60_000 }, () => {
  it('1. scheduled: no page, and not in the list, a minute before its moment', async () => {
    expect(existsSync(join(built.get('1-scheduled')!, releasePath('en', slug)))).toBe(false);
    expect(existsSync(join(built.get('1-scheduled')!, 'r/NR-2025-042'))).toBe(false);
    await visit('1-scheduled', newsListPath('en'), (text) => {
      expect(text).toContain('An earlier release');
      expect(text).not.toContain('Horizon');
    });
  });

  it('2. published at its moment, in both languages at once, with its reference', async () => {
    await visit('2-published', releasePath('en', slug), (text) => expect(text).toContain('Reference: NR/2025/042'));
    await visit('2-published', releasePath('fr', slug), (text) => {
      expect(text).toContain('Référence\u202f: NR/2025/042'); // The site's French typography.
      expect(text).toContain('l’«\u202fOpération Horizon\u202f»');
    });
  });

  it('3. corrected in English: the English page shows the note, the French page says its English version is newer', async () => {
    await visit('3-corrected', releasePath('en', slug), (text) => {
      expect(text).toContain('Updated on 3 March 2025');
      expect(text).toContain('The number of countries is 40, not 14.');
    });
    await visit('3-corrected', releasePath('fr', slug), (text, html) => {
      expect(text).toContain('La version en anglais a été mise à jour le 3 mars 2025, après celle-ci');
      expect(html).toContain(`href="${releasePath('en', slug)}" hreflang="en"`);
    });
  });

  it('4. once the French is corrected too, the notice goes, and the English is not said to be older', async () => {
    await visit('4-caught-up', releasePath('fr', slug), (text) => {
      expect(text).toContain('Mis à jour le 4 mars 2025');
      expect(text).not.toContain('après celle-ci');
    });
    await visit('4-caught-up', releasePath('en', slug), (text) => expect(text).not.toContain('after this one'));
  });

  it('5. withdrawn: the page stays, says when and why in its language, hides the text, and leaves the list', async () => {
    await visit('5-withdrawn', releasePath('en', slug), (text, html) => {
      expect(text).toContain('This release was withdrawn on 10 March 2025.');
      expect(text).toContain('The agreement was postponed by the signatories.');
      expect(text).not.toContain('Customs services of 40 countries');
      expect(html).toContain('<meta name="robots" content="noindex">');
    });
    await visit('5-withdrawn', releasePath('fr', slug), (text) => {
      expect(text).toContain('Ce communiqué a été retiré le 10 mars 2025.');
      expect(text).toContain('Les signataires ont reporté l’accord.');
    });
    await visit('5-withdrawn', newsListPath('en'), (text) => expect(text).not.toContain('Horizon'));
  });

  it('its short address leads a French reader to the French page, and lists both versions without JavaScript', async () => {
    const server = await startCountingServer(built.get('2-published')!);
    try {
      const context = await browser.newContext({ locale: 'fr-FR' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/r/NR-2025-042/`);
      await page.waitForURL(`**${releasePath('fr', slug)}`);
      await context.close();
    } finally {
      await server.close();
    }
    await visit(
      '2-published',
      '/r/NR-2025-042/',
      (text) => {
        expect(text).toContain('English – Customs agreement');
        expect(text).toContain('Français – Accord douanier');
      },
      { javaScript: false },
    );
  });
});

import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPage, checkOutBranch, cloneRepository, cmsBranches, git, runOnContent, startLocalBackend } from './support/cms-repository.ts';
import { cmsBackendUrl } from './support/cms-backend.ts';
import { recordPolicyViolations } from './support/policy-violations.ts';

// One scratch clone and one decap-server for the file: its tests run one after the other.
test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 20_000 });

let repository: string;
let backend: { stop: () => void };

test.beforeAll(async () => {
  repository = await cloneRepository();
  backend = await startLocalBackend(repository);
});

test.afterAll(() => {
  backend?.stop();
});

/** Every CSP violation, console error and page error on the form's page. */
async function watchPolicy(page: Page): Promise<string[]> {
  const incidents: string[] = [];
  page.on('console', (message) => {
    // A failed request is reported as a response below, with what it asked for.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      incidents.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const action = (JSON.parse(response.request().postData() ?? '{}') as { action?: string }).action;
    // Decap asks the backend whether a new entry already has a draft; "no" is a 404, and the one expected.
    if (response.status() === 404 && action === 'unpublishedEntry') return;
    incidents.push(`${response.status()} for ${response.url()} ${action ?? ''}`);
  });
  await recordPolicyViolations(page, incidents);
  return incidents;
}

/** Signs in to the local backend and opens an empty release form, French in the main column. */
async function openNewFrenchRelease(page: Page): Promise<{ french: Locator; english: Locator }> {
  await page.goto('/admin/?lang=fr');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('link', { name: /Communiqué$/ }).click();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeVisible();
  return { french: languageColumn(page, 'FR', 'EN'), english: languageColumn(page, 'EN', 'FR') };
}

/** One language's column of the form: the innermost block with its "Écrire en FR" button and its fields. */
function languageColumn(page: Page, code: string, otherCode: string): Locator {
  return page
    .locator('div')
    .filter({ has: page.getByRole('button', { name: `Écrire en ${code}` }) })
    .filter({ hasNot: page.getByRole('button', { name: `Écrire en ${otherCode}` }) })
    .filter({ has: page.getByRole('textbox', { name: 'Titre' }) })
    .last();
}

async function choose(column: Locator, label: string, option: string) {
  await column.getByRole('combobox', { name: label, exact: true }).click();
  await column.page().getByRole('option', { name: option, exact: true }).click();
}

/** The text, in the rich-text editor: the column's last text box (Decap gives it no name). */
async function writeText(column: Locator, text: string) {
  const editor = column.getByRole('textbox').last();
  await editor.click();
  await editor.pressSequentially(text);
}

test.describe('the editing form at /admin/', () => {
  test('an editor writes a French release and its English translation, and saving opens one branch with both files, which pass the content check and build into paired pages', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const incidents = await watchPolicy(page);
    const { french, english } = await openNewFrenchRelease(page);
    await page.screenshot({ path: 'test-results/screenshots/cms-new-release-desktop.png' });

    await french.getByLabel('Titre', { exact: true }).fill('Opération Pangea XVII : 50 000 médicaments saisis');
    await french.getByLabel('Chapeau (optionnel)', { exact: true }).fill('Une opération mondiale contre les pharmacies illicites');
    await french.getByLabel('Date', { exact: true }).fill('2024-06-12');
    await choose(french, 'Type', 'Communiqué de presse');
    await choose(french, 'Organisation', 'INTERPOL');
    await french.getByLabel('Lieu d’émission (optionnel)', { exact: true }).fill('LYON (France)');
    await choose(french, 'Thèmes (optionnel)', 'Commerce illicite et contrefaçon');
    await writeText(french, 'Les polices de 90 pays ont saisi des médicaments illicites.');

    await english.getByLabel('Titre', { exact: true }).fill('Operation Pangea XVII: 50,000 medicines seized');
    await writeText(english, 'Police in 90 countries seized illicit medicines.');
    await french.getByRole('textbox', { name: 'Titre' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/cms-filled-release-desktop.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'test-results/screenshots/cms-filled-release-phone.png' });
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Modifications enregistrées')).toBeVisible({ timeout: 30_000 });

    const slug = 'operation-pangea-xvii-50-000-medicaments-saisis';
    await expect.poll(() => cmsBranches(repository)).toEqual([`cms/releases/${slug}`]);
    // Saved as a draft awaiting review: its status, and the button that would publish it.
    await expect(page.getByRole('button', { name: 'Statut: Brouillon' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/cms-saved-draft-desktop.png' });
    const files = await git(repository, 'diff', '--name-only', 'main', `cms/releases/${slug}`);
    expect(files.split('\n').sort()).toEqual([`content/en/${slug}.md`, `content/fr/${slug}.md`]);

    const checkout = await checkOutBranch(repository, `cms/releases/${slug}`);
    const check = await runOnContent(checkout, 'content:check');
    expect(check.output).toContain('no problems found');
    expect(check.code).toBe(0);
    const build = await runOnContent(checkout, 'build');
    expect(build.code, build.output).toBe(0);

    const frenchPage = readFileSync(builtPage(checkout, `fr/actualites/${slug}`), 'utf8');
    const englishPage = readFileSync(builtPage(checkout, `en/news/${slug}`), 'utf8');
    expect(frenchPage).toContain('Opération Pangea XVII : 50 000 médicaments saisis');
    expect(englishPage).toContain('Operation Pangea XVII: 50,000 medicines seized');
    // A real pair: each page names the other as its translation.
    expect(frenchPage).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/news/${slug}/"`));
    expect(englishPage).toMatch(new RegExp(`hreflang="fr" href="[^"]*/fr/actualites/${slug}/"`));
    expect(incidents).toEqual([]);
  });

  test('a mistake in the form is refused by the form, or saved and then reported by the content check with its usual message', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const { french } = await openNewFrenchRelease(page);
    const branchesBefore = await cmsBranches(repository);

    // No title, and a date written the way a letter would: the form itself refuses both.
    await french.getByLabel('Date', { exact: true }).fill('12/06/2024');
    await choose(french, 'Type', 'Déclaration');
    await choose(french, 'Organisation', 'INTERPOL');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(french.getByText('Écrivez AAAA-MM-JJ, ou AAAA-MM ou AAAA quand seuls le mois ou l’année sont connus.')).toBeVisible();
    await expect(french.getByText(/Titre est requis/)).toBeVisible();
    await french.getByRole('textbox', { name: 'Titre' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/cms-mistakes-desktop.png' });
    expect(await cmsBranches(repository)).toEqual(branchesBefore);

    // A date of the right form that does not exist gets past the form; the content check names it.
    await french.getByRole('textbox', { name: 'Titre' }).fill('Déclaration du 30 février');
    await french.getByLabel('Date', { exact: true }).clear();
    await french.getByLabel('Date', { exact: true }).fill('2013-02-30');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Modifications enregistrées')).toBeVisible({ timeout: 30_000 });
    const branch = 'cms/releases/declaration-du-30-fevrier';
    await expect.poll(() => cmsBranches(repository)).toContain(branch);
    // Nothing was written in English: the release is saved in French only, as one file.
    expect(await git(repository, 'diff', '--name-only', 'main', branch)).toBe('content/fr/declaration-du-30-fevrier.md');

    const checkout = await checkOutBranch(repository, branch);
    const check = await runOnContent(checkout, 'content:check');
    expect(check.code).toBe(1);
    const problems = check.output.split('\n').filter((line) => line.includes('✗'));
    expect(problems.map((line) => line.replace(`${checkout}/`, ''))).toEqual([
      '  ✗ content/fr/declaration-du-30-fevrier.md:3 (date): the date "2013-02-30" does not exist: that month has 28 days. Write a real date as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.',
    ]);
  });
});

test.describe('the /admin/ page', () => {
  const policyOf = async (page: Page, path: string) => {
    await page.goto(path);
    return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  };
  const directive = (policy: string, name: string) =>
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? '';

  test('has a policy of its own, allowing what Decap needs, while every other page keeps the site’s strict one', async ({ page }) => {
    const admin = await policyOf(page, '/admin/');
    expect(directive(admin, 'script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(directive(admin, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(admin, 'connect-src')).toBe(`connect-src 'self' https://api.github.com ${new URL(cmsBackendUrl).origin}`);
    expect(directive(admin, 'object-src')).toBe("object-src 'none'");
    for (const path of ['/', '/en/', '/fr/recherche/']) {
      const site = await policyOf(page, path);
      expect(site).not.toContain("'unsafe-eval'");
      expect(site).not.toContain("'unsafe-inline'");
      expect(site).not.toContain('api.github.com');
    }
  });

  test('is kept out of search engines, the sitemap and the offline cache', async ({ page, request }) => {
    await page.goto('/admin/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/admin/');
    expect(await (await request.get('/sw.js')).text()).not.toContain('decap-cms');
    // Once the service worker runs the site, /admin/ still comes from the network, never from its cache.
    await page.goto('/en/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const response = await page.goto('/admin/');
    expect(response?.fromServiceWorker()).toBe(false);
  });
});

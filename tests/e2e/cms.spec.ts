import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  builtPage,
  checkOutBranch,
  cloneRepository,
  cmsBranches,
  cmsRoot,
  git,
  runOnContent,
  startLocalBackend,
} from './support/cms-repository.ts';
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
    // Decap asks a release saved on its branch for every language's file; a language it is not written in has none (the form reads it as empty).
    const params = (JSON.parse(response.request().postData() ?? '{}') as { params?: { id?: string } }).params;
    if (response.status() === 404 && action === 'unpublishedEntryDataFile' && params?.id === '') return;
    incidents.push(`${response.status()} for ${response.url()} ${response.request().postData()?.slice(0, 300) ?? ''}`);
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
      // The editor wrote no text either, which the check also says.
      '  ✗ content/fr/declaration-du-30-fevrier.md:6: this release has no text: write it below the frontmatter (the closing --- line), or remove the file if it was created by mistake.',
    ]);
  });
});

/** Chooses a photo for the last photo of a column: uploads `file` in the media library, or picks `existing` there. */
async function choosePhoto(column: Locator, { file, existing }: { file?: string; existing?: string }) {
  const page = column.page();
  await column.getByRole('button', { name: 'Choisir une image' }).last().click();
  if (file) await page.locator('input[type=file]').setInputFiles(file);
  if (existing) await page.getByText(existing, { exact: true }).click();
  await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
}

/** Fills the texts of a column's last photo. */
async function describePhoto(column: Locator, { alt, caption, credit }: { alt: string; caption: string; credit: string }) {
  await column.getByRole('textbox', { name: 'Description (texte alternatif)' }).last().fill(alt);
  await column.getByRole('textbox', { name: 'Légende' }).last().fill(caption);
  await column.getByRole('textbox', { name: 'Crédit (optionnel)' }).last().fill(credit);
}

/** Saves and waits until the form says so. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Modifications enregistrées')).toBeVisible({ timeout: 30_000 });
}

/** Opens a release (published or on its branch) in the form, French in the main column. */
async function openRelease(page: Page, slug: string): Promise<Locator> {
  // A fresh load each time, so the form reads the release as saved; once signed in, the session is kept.
  await page.goto('about:blank');
  await page.goto(`/admin/?lang=fr#/collections/releases/entries/${slug}`);
  const login = page.getByRole('button', { name: 'Se connecter' });
  await expect(login.or(page.getByRole('button', { name: 'Enregistrer' })).first()).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeVisible({ timeout: 30_000 });
  const french = languageColumn(page, 'FR', 'EN');
  await expect(french.getByRole('textbox', { name: 'Titre' })).not.toHaveValue('', { timeout: 30_000 });
  return french;
}

test.describe('photos in the editing form', () => {
  test('a camera’s photo and an oversized one another camera gave the same name are renamed apart, the large one resized in the browser, both described in both languages, and the branch passes the content check and builds with the photos served', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const incidents = await watchPolicy(page);
    const camera = 'tests/fixtures/photos/DSC_0042.JPG';
    // Its name in the repository: its words, then the first 8 hex digits of its bytes' SHA-256.
    const cameraName = `dsc-0042-${createHash('sha256').update(readFileSync(camera)).digest('hex').slice(0, 8)}.jpg`;
    // A 6000 px photo, as another camera takes it and names it: made here so the repository holds
    // no large file. Under one name the two would be one file, the second replacing the first.
    const oversized = join(cmsRoot, 'other-camera', 'DSC_0042.JPG');
    mkdirSync(dirname(oversized), { recursive: true });
    await sharp(camera).resize(6000).jpeg({ quality: 95 }).toFile(oversized);

    const { french, english } = await openNewFrenchRelease(page);
    await french.getByLabel('Titre', { exact: true }).fill('Visite d’État : la délégation « Lyon\u00a02024 » en photos');
    await french.getByLabel('Date', { exact: true }).fill('2024-03-04');
    await choose(french, 'Type', 'Communiqué de presse');
    await choose(french, 'Organisation', 'INTERPOL');
    await writeText(french, 'La délégation a visité le siège.');
    await english.getByLabel('Titre', { exact: true }).fill('State visit: the “Lyon 2024” delegation in photos');
    await writeText(english, 'The delegation visited the headquarters.');

    await french.getByRole('button', { name: 'Ajouter photos' }).click();
    await choosePhoto(french, { file: camera });
    await expect(
      page.getByRole('status').filter({ hasText: `« DSC_0042.JPG » est enregistrée sous le nom « ${cameraName} »` }),
    ).toBeVisible();
    await describePhoto(french, {
      alt: 'Les tours de la ville au crépuscule',
      caption: 'Lyon, au soir de la visite',
      credit: 'Service de presse d’INTERPOL',
    });
    // The note floats over the form's corner: it goes once the editor is back in a field.
    await expect(page.getByRole('status').filter({ hasText: 'DSC_0042.JPG' })).toHaveCount(0);
    await french.getByRole('button', { name: 'Ajouter photos' }).click();
    await choosePhoto(french, { file: oversized });
    await expect(
      page.getByRole('status').filter({
        hasText:
          /«\sDSC_0042\.JPG\s» était trop grande \(6\u202f000\s×\s3\u202f750 pixels, \d+,\d\sMo\).*«\sdsc-0042-[0-9a-f]{8}\.jpg\s», en 3\u202f000\s×\s1\u202f875 pixels \((?:0,\d\sMo|\d+\sko)\)/,
      }),
    ).toBeVisible();
    // Once the media library has closed, the note beside the form, readable over Decap's own styles.
    await expect(page.getByRole('button', { name: 'Choisir les éléments sélectionnés' })).toBeHidden();
    await page.screenshot({ path: 'test-results/screenshots/cms-photo-note-desktop.png' });
    const contrast = await new AxeBuilder({ page }).include('#photo-notes').withRules(['color-contrast']).analyze();
    expect(contrast.violations).toEqual([]);
    expect(contrast.passes.map(({ id }) => id)).toContain('color-contrast');
    await describePhoto(french, { alt: 'La même vue, en grand', caption: 'Vue d’ensemble', credit: 'Service de presse d’INTERPOL' });

    await english.getByRole('button', { name: 'Ajouter photos' }).click();
    await choosePhoto(english, { existing: cameraName });
    await describePhoto(english, {
      alt: 'The city’s towers at dusk',
      caption: 'Lyon, on the evening of the visit',
      credit: 'INTERPOL press office',
    });
    await page.screenshot({ path: 'test-results/screenshots/cms-photos-desktop.png' });
    await save(page);

    const slug = 'visite-d-etat-la-delegation-lyon-2024-en-photos';
    const branch = `cms/releases/${slug}`;
    await expect.poll(() => cmsBranches(repository)).toContain(branch);
    const files = (await git(repository, 'diff', '--name-only', 'main', branch)).split('\n').sort();
    const resizedFile = files.find((file) => /^content\/images\/dsc-0042-[0-9a-f]{8}\.jpg$/.test(file) && !file.endsWith(cameraName));
    expect(files).toEqual([`content/en/${slug}.md`, `content/fr/${slug}.md`, `content/images/${cameraName}`, resizedFile].sort());
    const french_ = await git(repository, 'show', `${branch}:content/fr/${slug}.md`);
    expect(french_).toContain(`  - file: ../images/${cameraName}`);
    expect(french_).toContain(`  - file: ../${resizedFile!.slice('content/'.length)}`);
    expect(french_).toContain('    credit: Service de presse d’INTERPOL');

    const checkout = await checkOutBranch(repository, branch);
    const resized = await sharp(join(checkout, resizedFile!)).metadata();
    expect(Math.max(resized.width ?? 0, resized.height ?? 0)).toBe(3000);
    const check = await runOnContent(checkout, 'content:check');
    expect(check.output).toContain('no problems found');
    const build = await runOnContent(checkout, 'build');
    expect(build.code, build.output).toBe(0);
    const frenchPage = readFileSync(builtPage(checkout, `fr/actualites/${slug}`), 'utf8');
    const served = [...frenchPage.matchAll(/<img[^>]+src="(\/_astro\/[^"]+)"[^>]*alt="([^"]+)"/g)].map(([, src, alt]) => ({ src, alt }));
    expect(served.map(({ alt }) => alt)).toEqual(['Les tours de la ville au crépuscule', 'La même vue, en grand']);
    for (const { src } of served) expect(existsSync(join(`${checkout}-dist`, src ?? ''))).toBe(true);
    expect(incidents).toEqual([]);
  });
});

test.describe('review that cannot be skipped', () => {
  test('publishing a release that fails the content check is refused with the check’s message, and main does not move', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const slug = 'declaration-du-30-fevrier';
    expect(await cmsBranches(repository)).toContain(`cms/releases/${slug}`);
    const mainBefore = await git(repository, 'rev-parse', 'main');
    page.on('dialog', (dialog) => dialog.accept());
    await openRelease(page, slug);
    await page.getByRole('button', { name: 'Statut: Brouillon' }).click();
    await page.getByRole('menuitem', { name: 'Prêt' }).click();
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
    await expect(page.getByText(/Échec de la publication.*the date "2013-02-30" does not exist/s)).toBeVisible({ timeout: 30_000 });
    expect(await git(repository, 'rev-parse', 'main')).toBe(mainBefore);
    expect(await cmsBranches(repository)).toContain(`cms/releases/${slug}`);
  });

  test('withdrawing a published release opens a branch with its deletion, for review, and leaves main as it was', async ({ page }) => {
    test.setTimeout(120_000);
    const slug = 'presidente-interpol-accueillie-omd';
    const mainBefore = await git(repository, 'rev-parse', 'main');
    page.on('dialog', (dialog) => dialog.accept());
    await openRelease(page, slug);
    await page
      .getByRole('button', { name: 'Supprimer l’entrée publiée' })
      .or(page.getByRole('button', { name: "Supprimer l'entrée publiée" }))
      .click();
    await expect(page.getByText(/withdraw\/releases\/presidente-interpol-accueillie-omd/)).toBeVisible({ timeout: 30_000 });
    expect(await git(repository, 'rev-parse', 'main')).toBe(mainBefore);
    expect(await git(repository, 'ls-tree', '--name-only', 'main', 'content/fr/')).toContain(`${slug}.md`);
    const withdrawal = await git(repository, 'diff', '--name-status', 'main', `withdraw/releases/${slug}`);
    expect(withdrawal).toBe(`D\tcontent/fr/${slug}.md`);
  });
});

test.describe('clean diffs', () => {
  /** The lines `git diff` shows added or removed between two commits, without its headers. */
  const changedLines = async (from: string, to: string) =>
    (await git(repository, 'diff', '--unified=0', from, to))
      .split('\n')
      .filter((line) => /^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line));

  test('editing one field of a published release changes that field’s lines and nothing else, for each kind of field', async ({ page }) => {
    test.setTimeout(600_000);
    const incidents = await watchPolicy(page);
    const conference = 'conference-chefs-bcn-interpol-2024';
    const edits: { kind: string; slug: string; edit: (french: Locator) => Promise<void>; lines: RegExp[] }[] = [
      {
        slug: conference,
        kind: 'text (one apostrophe in the title)',
        edit: (french) =>
          french.getByRole('textbox', { name: 'Titre' }).fill("Conférence annuelle des chefs de Bureaux centraux nationaux d'INTERPOL"),
        lines: [
          /^-title: "Conférence annuelle des chefs de Bureaux centraux nationaux d’INTERPOL"$/,
          /^\+title: "Conférence annuelle des chefs de Bureaux centraux nationaux d'INTERPOL"$/,
        ],
      },
      {
        slug: conference,
        kind: 'date',
        edit: async (french) => {
          await french.getByLabel('Date', { exact: true }).clear();
          await french.getByLabel('Date', { exact: true }).fill('2024-01');
        },
        lines: [/^-date: "2024"$/, /^\+date: "2024-01"$/],
      },
      {
        slug: conference,
        kind: 'select (type)',
        edit: (french) => choose(french, 'Type', 'Déclaration'),
        lines: [/^-type: media-release$/, /^\+type: statement$/],
      },
      {
        slug: conference,
        kind: 'list (topics)',
        edit: (french) => choose(french, 'Thèmes (optionnel)', 'Commerce illicite et contrefaçon'),
        lines: [
          /^-topics: \[police-cooperation, .*, financial-crime\]$/,
          /^\+topics: \[police-cooperation, .*, financial-crime, illicit-trade\]$/,
        ],
      },
      {
        slug: conference,
        kind: 'body (one paragraph added)',
        edit: async (french) => {
          const editor = french.getByRole('textbox').last();
          await editor.click();
          await editor.press('Control+End');
          await editor.press('Enter');
          await editor.pressSequentially('Un paragraphe ajouté, d’INTERPOL.');
        },
        lines: [/^\+$/, /^\+Un paragraphe ajouté, d’INTERPOL\.$/],
      },
      {
        // A photo whose file is not available, under a comment: the comment and the other texts stay.
        slug: 'presidente-interpol-accueillie-omd',
        kind: 'photo (its caption)',
        edit: (french) => french.getByRole('textbox', { name: 'Légende' }).last().fill('La poignée de main au siège de l’OMD'),
        lines: [/^- {4}caption: "Le Secrétaire général de l'OMD, .*"$/, /^\+ {4}caption: "La poignée de main au siège de l’OMD"$/],
      },
      {
        slug: 'presidente-interpol-accueillie-omd',
        kind: 'photo (a credit added)',
        edit: (french) => french.getByRole('textbox', { name: 'Crédit (optionnel)' }).last().fill('Service de presse de l’OMD'),
        lines: [/^\+ {4}credit: "Service de presse de l’OMD"$/],
      },
      {
        slug: 'interior-minister-valls-visits-interpol',
        kind: 'list of related links (the second one’s text)',
        edit: (french) =>
          french
            .getByRole('textbox', { name: 'Texte du lien' })
            .nth(1)
            .fill('Visite du Ministre de l’Intérieur français, M.\u00a0Manuel Valls, au siège d’INTERPOL'),
        lines: [
          /^- {2}- title: "Visite du Ministre de I'Intérieur français, M Manuel Valls au siège d'INTERPOL"$/,
          /^\+ {2}- title: "Visite du Ministre de l’Intérieur français, M.\u00a0Manuel Valls, au siège d’INTERPOL"$/,
        ],
      },
    ];
    const last = new Map<string, string>();
    for (const { slug, kind, edit, lines } of edits) {
      const branch = `cms/releases/${slug}`;
      const before = last.get(slug) ?? 'main';
      const french = await openRelease(page, slug);
      await edit(french);
      await save(page);
      await expect.poll(async () => (await git(repository, 'rev-parse', branch).catch(() => before)) !== before).toBe(true);
      const after = await git(repository, 'rev-parse', branch);
      const changed = await changedLines(before, after);
      expect(changed, kind).toHaveLength(lines.length);
      lines.forEach((pattern, index) => expect(changed[index], kind).toMatch(pattern));
      expect(await git(repository, 'diff', '--name-only', before, after), kind).toBe(`content/fr/${slug}.md`);
      last.set(slug, after);
    }
    expect(incidents).toEqual([]);
  });
});

test.describe('the form on a 390 px phone', () => {
  test('an editor writes a release and reaches Save, which saves it', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const { french } = await openNewFrenchRelease(page);
    const saveButton = page.getByRole('button', { name: 'Enregistrer' });
    await expect(saveButton).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await french.getByLabel('Titre', { exact: true }).fill('Écrit sur un téléphone : « mobile »');
    await french.getByLabel('Date', { exact: true }).fill('2025-05');
    await choose(french, 'Type', 'Déclaration');
    await choose(french, 'Organisation', 'INTERPOL');
    await page.screenshot({ path: 'test-results/screenshots/cms-filled-release-phone.png' });
    // On a phone the preview's languages are one under the other, and nothing scrolls sideways.
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    const preview = page.frameLocator('#preview-pane');
    await expect(preview.locator('section[lang="fr"] h1')).toHaveText('Écrit sur un téléphone\u202f: «\u202fmobile\u202f»');
    await expect(preview.locator('section[lang="en"]')).toContainText('Pas encore écrit en anglais.');
    const [frenchBox, englishBox] = [
      await preview.locator('section[lang="fr"]').boundingBox(),
      await preview.locator('section[lang="en"]').boundingBox(),
    ];
    expect(frenchBox && englishBox && englishBox.y >= frenchBox.y + frenchBox.height).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await preview.locator('section[lang="fr"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/cms-preview-phone.png' });
    await page.getByRole('button', { name: 'Édition multilingue', exact: true }).click();
    await expect(saveButton).toBeInViewport();
    await save(page);
    await expect.poll(() => cmsBranches(repository)).toContain('cms/releases/ecrit-sur-un-telephone-mobile');
  });
});

test.describe('the form’s preview', () => {
  test('shows the release in both languages side by side, each with its own labels, date and typography, in the site’s styles', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const incidents = await watchPolicy(page);
    const { french, english } = await openNewFrenchRelease(page);
    // Typed as an editor types on a keyboard: straight apostrophes and ordinary spaces, which the site sets in French.
    await french.getByLabel('Titre', { exact: true }).fill("Visite d'État : la délégation « Lyon 2024 » reçue");
    await french.getByLabel('Chapeau (optionnel)', { exact: true }).fill('Une visite attendue ; trois jours au siège !');
    await french.getByLabel('Date', { exact: true }).fill('2024-03-01');
    await choose(french, 'Type', 'Communiqué de presse');
    await choose(french, 'Organisation', 'Organisation mondiale des douanes (OMD)');
    await choose(french, 'Thèmes (optionnel)', 'Commerce illicite et contrefaçon');
    await writeText(french, 'Les polices de 90 pays ont saisi des médicaments « illicites » : un record.');
    await english.getByLabel('Titre', { exact: true }).fill('State visit: the “Lyon 2024” delegation received');
    await writeText(english, 'Police in 90 countries seized illicit medicines: a record.');

    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    const preview = page.frameLocator('#preview-pane');
    const frenchColumn = preview.locator('section[lang="fr"]');
    const englishColumn = preview.locator('section[lang="en"]');
    await expect(frenchColumn.getByRole('heading', { level: 1 })).toHaveText(
      'Visite d’État\u202f: la délégation «\u202fLyon 2024\u202f» reçue',
    );
    await expect(frenchColumn.locator('.release-standfirst')).toHaveText('Une visite attendue\u202f; trois jours au siège\u202f!');
    await expect(frenchColumn.locator('.release-body')).toContainText('médicaments «\u202fillicites\u202f»\u202f: un record.');
    // The date as the page writes it (1er in French), the labels of the readers' dictionaries, never an identifier.
    await expect(frenchColumn.locator('.release-meta')).toHaveText('1er mars 2024 · Communiqué de presse');
    await expect(frenchColumn.locator('.release-aside')).toContainText('Publié par');
    await expect(frenchColumn.locator('.release-aside')).toContainText('Organisation mondiale des douanes');
    await expect(frenchColumn.locator('.release-topics')).toHaveText('Commerce illicite et contrefaçon');
    await expect(englishColumn.getByRole('heading', { level: 1 })).toHaveText('State visit: the “Lyon 2024” delegation received');
    await expect(englishColumn.locator('.release-body')).toContainText('Police in 90 countries seized illicit medicines: a record.');
    await expect(englishColumn.locator('.release-meta')).toHaveText('1 March 2024 · Media release');
    await expect(englishColumn.locator('.release-aside')).toContainText('Published by');
    await expect(englishColumn.locator('.release-aside')).toContainText('World Customs Organization');
    await expect(englishColumn.locator('.release-topics')).toHaveText('Illicit trade and counterfeiting');
    await expect(preview.locator('main')).not.toContainText(/media-release|illicit-trade|\bwco\b/);
    await expect(frenchColumn.locator('.preview-language-heading')).toHaveText('En français, comme le site l’affichera');
    await expect(englishColumn.locator('.preview-language-heading')).toHaveText('En anglais, comme le site l’affichera');

    // Side by side: the same top, French (the main column's language) on the left.
    const [frenchBox, englishBox] = [await frenchColumn.boundingBox(), await englishColumn.boundingBox()];
    expect(frenchBox && englishBox && Math.abs(frenchBox.y - englishBox.y)).toBeLessThan(2);
    expect(frenchBox && englishBox && englishBox.x >= frenchBox.x + frenchBox.width).toBe(true);
    // In the site's own styles: its typeface, and its stylesheet's rule for a release's layout.
    const h1Font = await frenchColumn.getByRole('heading', { level: 1 }).evaluate((element) => getComputedStyle(element).fontFamily);
    expect(h1Font).toContain('Source Sans 3');
    await page.screenshot({ path: 'test-results/screenshots/cms-preview-desktop.png' });
    expect(incidents).toEqual([]);
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
    // The one inline script allowed is the import map, by its hash.
    expect(directive(admin, 'script-src')).toMatch(/^script-src 'self' 'unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(directive(admin, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(admin, 'connect-src')).toBe(
      `connect-src 'self' blob: data: https://api.github.com ${new URL(cmsBackendUrl()).origin}`,
    );
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

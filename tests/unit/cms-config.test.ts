import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminFiles } from '../../src/cms/admin-files.ts';
import { adminPolicy } from '../../src/cms/admin-policy.ts';
import { cmsConfig } from '../../src/cms/cms-config.ts';
import { cmsSettings } from '../../src/cms/cms-settings.ts';
import { formText } from '../../src/i18n/cms-form/index.ts';
import { isFormFieldPath } from '../../src/i18n/cms-form/form-text.ts';
import { releaseFormFields, releaseFrontmatterSchema, sharedFieldNames, type CmsField } from '../../src/cms/release-fields.ts';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { locales, localesOtherThan, primaryLocale } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { organisationIds, releaseTypes, topicIds } from '../../src/releases/vocabulary.ts';

const production = cmsSettings({ NEWSROOM_CMS_REPO: 'newsroom/site' });
const byName = (fields: CmsField[], name: string) => fields.find((field) => field.name === name);
const schemaFields = Object.entries(releaseFrontmatterSchema.shape);

describe('the editing form at /admin/', () => {
  it('has every frontmatter field of the schema, in its order, in both languages, required exactly when the content check requires it', () => {
    for (const locale of locales) {
      const fields = releaseFormFields(locale);
      expect(fields.map((field) => field.name)).toEqual([...schemaFields.map(([name]) => name), 'body']);
      for (const [name, schema] of schemaFields) {
        expect(byName(fields, name)?.required, name).toBe(!schema.safeParse(undefined).success);
      }
    }
  });

  it('offers every type, organisation and topic, labelled as readers see them in each language', () => {
    for (const locale of locales) {
      const t = useTranslations(locale);
      const fields = releaseFormFields(locale);
      expect(byName(fields, 'type')?.options).toEqual(releaseTypes.map((value) => ({ value, label: t(`type.${value}`) })));
      expect(byName(fields, 'organisation')?.options).toEqual(organisationIds.map((value) => ({ value, label: t(`org.${value}`) })));
      expect(byName(fields, 'topics')).toMatchObject({ widget: 'select', multiple: true });
      expect(byName(fields, 'topics')?.options).toEqual(topicIds.map((value) => ({ value, label: t(`topic.${value}`) })));
    }
  });

  it('labels every field in English and French, with the schema’s own hint in English and a French one in French', () => {
    const paths = (fields: CmsField[], prefix = ''): string[] =>
      fields.flatMap((field) => [`${prefix}${field.name}`, ...paths(field.fields ?? [], `${prefix}${field.name}.`)]);
    const allPaths = paths(releaseFormFields(primaryLocale));
    for (const locale of locales) {
      const missingLabels = allPaths.filter((path) => !(isFormFieldPath(path) && formText(locale).labels[path]));
      expect(missingLabels, `labels missing in src/i18n/cms-form/${locale}.ts`).toEqual([]);
    }
    const fields = releaseFormFields(primaryLocale);
    expect(byName(fields, 'title')?.hint).toBe(releaseFrontmatterSchema.shape['title']?.description);
    const withoutHint = locales.flatMap((locale) =>
      releaseFormFields(locale)
        .filter((field) => !field.hint)
        .map((field) => `${locale}: ${field.name}`),
    );
    expect(withoutHint).toEqual([]);
  });

  it('shows a field added to the schema, with its hint and required flag, without any other edit', () => {
    const schema = releaseFrontmatterSchema.extend({
      embargo: z.string().trim().min(1).describe('Until when the release must not be published.'),
    });
    for (const locale of locales) {
      expect(byName(releaseFormFields(locale, schema), 'embargo')).toEqual({
        name: 'embargo',
        label: 'embargo',
        widget: 'string',
        required: true,
        i18n: true,
        hint: 'Until when the release must not be published.',
      });
    }
  });

  it('says which file to edit when the schema gains a field of a kind the form has no widget for', () => {
    const schema = releaseFrontmatterSchema.extend({ priority: z.number().describe('How high on the list.') });
    expect(() => releaseFormFields(primaryLocale, schema)).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/releases/schema.ts: the field "priority" is a number schema, which the editing form has no widget for. Give it one in widgetOverrides in src/cms/release-fields.ts.]`,
    );
  });

  it('writes both languages of a release as one entry: the editor’s language first, the other beside it, each in its own folder', () => {
    for (const locale of locales) {
      const config = cmsConfig(locale, production, 'content');
      expect(config.i18n).toEqual({
        structure: 'multiple_folders',
        locales: [locale, ...localesOtherThan(locale)],
        default_locale: locale,
      });
      expect(config.collections[0]).toMatchObject({ folder: 'content', extension: 'md', format: 'release-frontmatter', i18n: true });
      expect(config.publish_mode).toBe('editorial_workflow');
      expect(config.backend).toMatchObject({ name: 'github', repo: 'newsroom/site', branch: 'main' });
      expect(config).not.toHaveProperty('local_backend');
    }
  });
});

describe('a topic added to the vocabulary', () => {
  afterEach(() => {
    vi.doUnmock('../../src/releases/vocabulary.ts');
    vi.doUnmock('../../src/i18n/ui/en.ts');
    vi.doUnmock('../../src/i18n/ui/fr.ts');
    vi.resetModules();
  });

  it('is offered by the form, with its labels, without any edit to the form', async () => {
    vi.resetModules();
    const vocabulary = await import('../../src/releases/vocabulary.ts');
    vi.doMock('../../src/releases/vocabulary.ts', () => ({ ...vocabulary, topicIds: [...vocabulary.topicIds, 'maritime-security'] }));
    const { en } = await import('../../src/i18n/ui/en.ts');
    const { fr } = await import('../../src/i18n/ui/fr.ts');
    vi.doMock('../../src/i18n/ui/en.ts', () => ({ en: { ...en, 'topic.maritime-security': 'Maritime security' } }));
    vi.doMock('../../src/i18n/ui/fr.ts', () => ({ fr: { ...fr, 'topic.maritime-security': 'Sûreté maritime' } }));
    const { releaseFormFields: fieldsWithNewTopic } = await import('../../src/cms/release-fields.ts');
    const topics = (locale: (typeof locales)[number]) => fieldsWithNewTopic(locale).find((field) => field.name === 'topics')?.options;
    expect(topics('en')?.at(-1)).toEqual({ value: 'maritime-security', label: 'Maritime security' });
    expect(topics('fr')?.at(-1)).toEqual({ value: 'maritime-security', label: 'Sûreté maritime' });
  });
});

describe('the fields the form fills in once for both languages', () => {
  /** Two valid values of each frontmatter field, as YAML, to make a pair differ in that field only. */
  const twoValues: Record<string, [string, string]> = {
    title: ['"Visit to headquarters"', '"Visite au siège"'],
    standfirst: ['"A short summary"', '"Un court résumé"'],
    // The month alone, so the moment below (on the 31st) still falls within the date.
    date: ['"2013-01-31"', '"2013-01"'],
    type: [releaseTypes[0], releaseTypes[1]],
    organisation: [organisationIds[0], organisationIds[1]],
    dateline: ['"LYON, France"', '"LYON (France)"'],
    topics: [`[${topicIds[0]}]`, `[${topicIds[1]}]`],
    // One value only: it marks a text that mixes languages on purpose, which each language's file says for itself.
    textLanguage: ['mixed', 'mixed'],
    related: ['[{ title: "A document" }]', '[{ title: "Un document" }]'],
    // A release's contacts may differ by language: each version has its own press officer.
    contacts: [
      '[{ name: "Ann Lee", role: "Press officer", email: "a@example.org" }]',
      '[{ name: "Luc Roy", role: "Attaché de presse", phone: "+33 1 23 45 67 89" }]',
    ],
    photos: ['[{ alt: "A photo", caption: "A caption" }]', '[{ alt: "Une photo", caption: "Une légende" }]'],
    reference: ['"NR/2013/001"', '"NR/2013/002"'],
    publishAt: ['"2013-01-31T09:00+01:00"', '"2013-01-31T10:00+01:00"'],
    // Each language words its own notes and reason; the withdrawal's day and choice are shared (the check compares them).
    updates: ['[{ date: "2013-02-02", note: "Corrected" }]', '[{ date: "2013-02-02", note: "Corrigé : l’« erreur »" }]'],
    withdrawn: [
      '{ date: "2013-02-03", reason: "Issued in error", keepText: true }',
      '{ date: "2013-02-03", reason: "Publié par erreur", keepText: true }',
    ],
  };
  const folder = mkdtempSync(join(tmpdir(), 'cms-pair-'));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const release = (values: Record<string, string>) =>
    ['---', ...Object.entries(values).map(([name, value]) => `${name}: ${value}`), '---', '', 'Text.', ''].join('\n');

  it('are exactly those on which the content check makes a release and its translation agree', async () => {
    expect(Object.keys(twoValues).sort()).toEqual(schemaFields.map(([name]) => name).sort());
    const base = Object.fromEntries(Object.entries(twoValues).map(([name, [first]]) => [name, first]));
    const mustAgree: string[] = [];
    for (const name of Object.keys(twoValues)) {
      const [first, second] = locales as [string, string];
      const content = join(folder, name);
      mkdirSync(join(content, first), { recursive: true });
      mkdirSync(join(content, second), { recursive: true });
      writeFileSync(join(content, first, 'pair.md'), release(base));
      writeFileSync(join(content, second, 'pair.md'), release({ ...base, [name]: twoValues[name]![1] }));
      const { problems } = await checkContentFolder(content, { displayPrefix: 'content' });
      expect(problems.filter((problem) => problem.field !== name)).toEqual([]);
      if (problems.length > 0) mustAgree.push(name);
    }
    expect(mustAgree).toEqual(sharedFieldNames);
    const fields = releaseFormFields(primaryLocale);
    expect(fields.filter((field) => field.i18n === 'duplicate').map((field) => field.name)).toEqual(sharedFieldNames);
  });
});

describe('the policy of /admin/', () => {
  it('lets the page reach GitHub’s API, and a local backend only when the site is built for one', () => {
    const connect = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('connect-src'));
    const importMap = { imports: {} };
    expect(connect(adminPolicy(production, importMap))).toBe("connect-src 'self' blob: data: https://api.github.com");
    expect(connect(adminPolicy(cmsSettings({ NEWSROOM_CMS_LOCAL_BACKEND: 'http://localhost:8081/api/v1' }), importMap))).toBe(
      "connect-src 'self' blob: data: https://api.github.com http://localhost:8081",
    );
  });

  it('reads the repository from the build’s environment, GitHub Actions’ own variable included', () => {
    expect(cmsSettings({ GITHUB_REPOSITORY: 'owner/from-actions' }).repo).toBe('owner/from-actions');
    expect(cmsSettings({ NEWSROOM_CMS_REPO: 'owner/chosen', GITHUB_REPOSITORY: 'owner/from-actions' }).repo).toBe('owner/chosen');
    expect(cmsSettings({}).repo).toBeUndefined();
  });
});

describe('the local backend of `npm run cms`', () => {
  it('is reached at an address that names the editor’s language, so the publish guard answers in it', () => {
    const settings = cmsSettings({ NEWSROOM_CMS_LOCAL_BACKEND: 'http://127.0.0.1:8081/api/v1' });
    for (const locale of locales) {
      const url = new URL(cmsConfig(locale, settings, 'content').local_backend?.url ?? '');
      expect(url.origin + url.pathname).toBe('http://127.0.0.1:8081/api/v1');
      expect(url.searchParams.get('lang')).toBe(locale);
    }
  });
});

describe('a site built from content outside the repository (a generated corpus)', () => {
  it('still gets /admin/, a form that says it is not set up rather than one that saves nowhere', () => {
    const settings = cmsSettings({ NEWSROOM_CMS_REPO: 'owner/name', NEWSROOM_CMS_LOCAL_BACKEND: 'http://localhost:8081/api/v1' });
    const files = adminFiles(settings, join(tmpdir(), 'corpus'));
    for (const locale of locales) {
      const file = files.find((candidate) => candidate.path === `admin/config.${locale}.json`);
      const config = JSON.parse(file && 'text' in file ? file.text : '{}');
      expect(config.backend.repo).toBeUndefined();
      expect(config.local_backend).toBeUndefined();
      expect(config.notConfigured).toBe(formText(locale).notConfigured);
    }
  });
});

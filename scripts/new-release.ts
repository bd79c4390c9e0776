// `npm run new`: writes a correctly named release file with a commented frontmatter.
//   npm run new                                      asks for each value (in a terminal)
//   npm run new -- --lang en --title "…" --type news --organisation interpol [--date 2024-01-31] [--topics cybercrime,terrorism] [--slug my-slug]
//   npm run new -- --translation-of <slug> --title "…"   the translation of an existing release: copies its date, type,
//                                                      organisation and topics, and uses its slug so the two are paired
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { checkContentFolder } from '../src/content-checks/check-content-folder.ts';
import { problemToText } from '../src/content-reader/content-problem.ts';
import { releaseFilesOf, textToSlug } from '../src/content-reader/file-names.ts';
import { listContentFolder } from '../src/content-reader/list-content-folder.ts';
import { locales, localeToRecord, type Locale } from '../src/i18n/locales.ts';
import { readAnswer, type Answer } from '../src/scaffold/new-release-answers.ts';
import { releaseFileText, type NewRelease } from '../src/scaffold/release-template.ts';
import { readSharedFields } from '../src/scaffold/shared-fields.ts';
import { contentDir } from '../src/site-settings.mjs';

const flagNames = ['lang', 'title', 'slug', 'date', 'type', 'organisation', 'topics', 'translation-of'] as const;
const { values: flags } = parseArgs({ options: Object.fromEntries(flagNames.map((name) => [name, { type: 'string' }])), strict: true });
const flag = (name: (typeof flagNames)[number]) => flags[name] as string | undefined;

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const missingFlags: string[] = [];

function stop(message: string): never {
  console.error(message);
  prompt?.close();
  process.exit(1);
}

/** A value from its flag, else from a prompt (asked again until valid), else its default; without a terminal a missing one is listed. */
async function answer<Value>(
  name: string,
  question: string,
  read: (text: string) => Answer<Value>,
  fallback?: string,
): Promise<Value | undefined> {
  const given = flag(name as (typeof flagNames)[number]);
  if (given !== undefined || !prompt) {
    const text = given ?? fallback;
    if (text === undefined) {
      missingFlags.push(`--${name} <${question}>`);
      return undefined;
    }
    const result = read(text);
    if ('error' in result) stop(`--${name}: ${result.error}.`);
    return result.value;
  }
  for (;;) {
    const text = (await prompt.question(`${question}${fallback === undefined ? '' : ` [${fallback}]`}: `)) || fallback || '';
    const result = read(text);
    if ('value' in result) return result.value;
    console.log(`  ${result.error}.`);
  }
}

const releaseFiles = releaseFilesOf(listContentFolder(contentDir).files);
const today = new Date().toISOString().slice(0, 10);
let release: NewRelease;

// In a terminal with no flags, offer the translation mode before asking for a new release.
const askTranslation = prompt && process.argv.length <= 2;
const translatedSlug = askTranslation
  ? (await prompt.question('Translating an existing release? Type its file name (slug), or press Enter for a new release: ')).trim() ||
    undefined
  : flag('translation-of');
if (translatedSlug !== undefined) {
  const versions = releaseFiles.filter((file) => file.slug === translatedSlug);
  const [source] = versions;
  if (!source)
    stop(
      `There is no release "${translatedSlug}" in ${locales.map((locale) => `${contentDir}/${locale}/`).join(' or ')}: check the file name (without .md).`,
    );
  const missing = locales.filter((candidate) => !versions.some((file) => file.locale === candidate));
  if (missing.length === 0)
    stop(`"${translatedSlug}" already exists in every language: edit ${versions.map((file) => file.displayPath).join(' and ')} instead.`);
  // One missing language is the translation's; with several, the translator says which.
  const locale: Locale | undefined =
    missing.length === 1 ? missing[0] : await answer('lang', `Language to translate into (${missing.join(' or ')})`, readAnswer.locale);
  if (locale === undefined) stop(`Missing: ${missingFlags.join(', ')}.`);
  if (!missing.includes(locale)) stop(`"${translatedSlug}" already exists in ${locale}: choose one of ${missing.join(', ')}.`);
  let shared;
  try {
    shared = readSharedFields(source);
  } catch (error) {
    stop(error instanceof Error ? error.message : String(error));
  }
  const title = await answer('title', `Title in ${localeToRecord(locale).englishName}`, readAnswer.title);
  if (title === undefined) stop(`Missing: ${missingFlags.join(', ')}.`);
  release = {
    locale,
    slug: source.slug,
    title,
    ...shared,
    translationOf: { displayPath: source.displayPath, photoFiles: shared.photoFiles },
  };
} else {
  const locale = await answer('lang', `Language (${locales.join(' or ')})`, readAnswer.locale);
  const title = await answer('title', 'Title', readAnswer.title);
  // Without a title there is nothing to name the file after, and the title is already listed as missing.
  const slug = title === undefined ? undefined : await answer('slug', 'File name (slug)', readAnswer.slug, textToSlug(title));
  const date = await answer('date', 'Date (YYYY-MM-DD, or YYYY-MM / YYYY)', readAnswer.date, today);
  const type = await answer(
    'type',
    'Type (media-release, news, statement, speech)',
    readAnswer.type,
    interactive ? 'media-release' : undefined,
  );
  const organisation = await answer('organisation', 'Organisation (interpol, wco)', readAnswer.organisation);
  const topics = await answer('topics', 'Topics, separated by commas (or empty)', readAnswer.topics, '');
  if (!locale || !title || !slug || !date || !type || !organisation || !topics) {
    stop(`Missing: ${missingFlags.join(', ')}. Run it in a terminal to be asked, or pass these flags.`);
  }
  const existingPair = releaseFiles.find((file) => file.slug === slug && file.locale !== locale);
  if (existingPair)
    stop(`${existingPair.displayPath} already uses the slug "${slug}". To translate it, run: npm run new -- --translation-of ${slug}`);
  release = { locale, slug, title, date, type, organisation, topics };
}
prompt?.close();

const path = join(contentDir, release.locale, `${release.slug}.md`);
if (releaseFiles.some((file) => file.locale === release.locale && file.slug === release.slug)) {
  stop(`content/${release.locale}/${release.slug} already exists: choose another slug, or edit that file.`);
}
mkdirSync(join(contentDir, release.locale), { recursive: true });
writeFileSync(path, releaseFileText(release));
console.log(`Created ${path}.`);

// The new file must pass the content check as written; anything reported here is a bug of this command.
const ownProblems = (await checkContentFolder(contentDir)).problems.filter((problem) => problem.file === path.replace(/^\.\//, ''));
for (const problem of ownProblems) console.log(`  ✗ ${problemToText(problem)}`);
console.log('Next: write the text under the frontmatter, then run `npm run content:check`.');

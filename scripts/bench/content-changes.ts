/**
 * The five kinds of change an incremental rebuild must follow, applied to any generated archive
 * (the bench's corpus or the tests'): a new release, an edited text, a new translation, a changed
 * topic and a deleted file. Each picks its file by name order, so a run is repeatable.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicIds } from '../../src/releases/vocabulary.ts';

export const contentChangeKinds = ['new release', 'edited text', 'new translation', 'changed topic', 'deleted file'] as const;
export type ContentChangeKind = (typeof contentChangeKinds)[number];

/** Release files of one language, by name; `.md` only, the kind every generated archive writes. */
function releaseFiles(folder: string, locale: 'en' | 'fr'): string[] {
  return readdirSync(join(folder, locale))
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/**
 * The slugs some other release file may link to: every `/<segment>/` of every text, each file read
 * once (reading every file for each of 10,000 slugs took hours). Deleting or retopicking a linked
 * release would leave a related link leading nowhere; a segment that is not a link only narrows the choice.
 */
function linkedSlugs(folder: string): Set<string> {
  const linked = new Set<string>();
  for (const locale of ['en', 'fr'] as const)
    for (const name of releaseFiles(folder, locale)) {
      const own = name.slice(0, -'.md'.length);
      for (const [, segment] of readFileSync(join(folder, locale, name), 'utf8').matchAll(/\/([^/\s]+)(?=\/)/g))
        if (segment !== own) linked.add(segment!);
    }
  return linked;
}

/** Slugs with a file in both languages, no photo and no link to them, newest names last. */
function plainPairs(folder: string): string[] {
  const french = new Set(releaseFiles(folder, 'fr'));
  const photoless = releaseFiles(folder, 'en')
    .filter((name) => french.has(name))
    .map((name) => name.slice(0, -'.md'.length))
    .filter((slug) => !readFileSync(join(folder, 'en', `${slug}.md`), 'utf8').includes('photos:'));
  const linked = linkedSlugs(folder);
  return photoless.filter((slug) => !linked.has(slug));
}

/** The latest full `date:` of the English releases, quoted as written. */
function newestDate(folder: string): string {
  const dates = releaseFiles(folder, 'en').flatMap(
    (name) => /^date: ("\d{4}-\d\d-\d\d")$/m.exec(readFileSync(join(folder, 'en', name), 'utf8'))?.[1] ?? [],
  );
  const newest = dates.sort().at(-1);
  if (!newest) throw new Error(`No English release in ${folder} has a full date.`);
  return newest;
}

function frontmatterLine(text: string, field: string): string {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${field}:`));
  if (line === undefined) throw new Error(`No "${field}:" line in a generated release.`);
  return line;
}

/** Applies one change to the archive in `folder` and says what it did, naming the files. */
export function applyContentChange(folder: string, kind: ContentChangeKind): string {
  switch (kind) {
    case 'new release': {
      const slug = 'incremental-added-release';
      // Dated as the newest release, as a new one usually is: no new year appears.
      const shared = [`date: ${newestDate(folder)}`, 'type: news', 'organisation: interpol', 'topics: [cybercrime]'];
      writeFileSync(
        join(folder, 'en', `${slug}.md`),
        [
          '---',
          'title: "Added after the first build"',
          ...shared,
          '---',
          '',
          'A release the archive did not have when it was first built.',
          '',
        ].join('\n'),
      );
      writeFileSync(
        join(folder, 'fr', `${slug}.md`),
        [
          '---',
          'title: "Ajouté après la première construction"',
          ...shared,
          '---',
          '',
          'Un communiqué que l’archive n’avait pas : « nouveau » à la\u00a0première construction.',
          '',
        ].join('\n'),
      );
      return `added en/${slug}.md and fr/${slug}.md`;
    }
    case 'edited text': {
      const slug = plainPairs(folder)[0]!;
      const file = join(folder, 'fr', `${slug}.md`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nUn paragraphe ajouté : l’équipe l’a « corrigé » le\u00a0lendemain.\n`);
      return `edited fr/${slug}.md`;
    }
    case 'new translation': {
      const english = new Set(releaseFiles(folder, 'en'));
      const name = releaseFiles(folder, 'fr').find((candidate) => !english.has(candidate));
      if (!name) throw new Error(`${folder} has no French-only release to translate.`);
      const french = readFileSync(join(folder, 'fr', name), 'utf8');
      const shared = ['date', 'type', 'organisation', 'topics'].map((field) => frontmatterLine(french, field));
      const reference = french.split('\n').find((line) => line.startsWith('reference:'));
      writeFileSync(
        join(folder, 'en', name),
        [
          '---',
          `title: "Translated later: ${name.slice(0, -3)}"`,
          ...shared,
          ...(reference ? [reference] : []),
          '---',
          '',
          `The English version of ${name.slice(0, -3)}, added once the French one was out.`,
          '',
        ].join('\n'),
      );
      return `added en/${name}, the translation of fr/${name}`;
    }
    case 'changed topic': {
      const slug = plainPairs(folder)[1]!;
      for (const locale of ['en', 'fr'] as const) {
        const file = join(folder, locale, `${slug}.md`);
        const text = readFileSync(file, 'utf8');
        const topics = frontmatterLine(text, 'topics');
        const unused = topicIds.find((topic) => !topics.includes(topic))!;
        writeFileSync(file, text.replace(topics, `topics: [${unused}]`));
      }
      return `moved ${slug} (both languages) to another topic`;
    }
    case 'deleted file': {
      const slug = plainPairs(folder).at(-1)!;
      const file = join(folder, 'en', `${slug}.md`);
      if (!existsSync(file)) throw new Error(`${file} is gone already.`);
      rmSync(file);
      return `deleted en/${slug}.md (the French version stays)`;
    }
  }
}

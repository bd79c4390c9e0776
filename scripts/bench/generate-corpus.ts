/**
 * Writes a deterministic benchmark corpus: `pairs` releases in English and French plus
 * `pairs / 4` in French only, with realistic lengths, Zipf word frequencies, accents, names,
 * numbers, topics, related links and a few photos.
 * `node scripts/bench/generate-corpus.ts <folder> <pairs>` runs it alone.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { textToSlug } from '../../src/content-reader/file-names.ts';
import { organisationIds, releaseTypes, topicIds } from '../../src/releases/vocabulary.ts';
import type { CorpusLocale } from './corpus-words.ts';
import { seededRandom, zipfSampler, type Random } from './random.ts';
import { releaseWriter, type ReleaseWriter } from './release-text.ts';

const photoFiles = ['harbour.jpg', 'meeting.jpg', 'border.jpg', 'lab.jpg'];
const releasePath = { en: (slug: string) => `/en/news/${slug}/`, fr: (slug: string) => `/fr/actualites/${slug}/` };

/** Words the bench searches for: one in nearly every release, and one in a few dozen, per language. */
export interface CorpusQueries {
  common: Record<CorpusLocale, string>;
  rare: Record<CorpusLocale, string>;
}

export interface Corpus {
  files: number;
  bytes: number;
  queries: CorpusQueries;
}

interface Shared {
  slug: string;
  date: string;
  type: string;
  organisation: string;
  topics: string[];
  related: { pairedSlug?: string; external?: string }[];
  photo: string | undefined;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

function releaseFile(locale: CorpusLocale, shared: Shared, writer: ReleaseWriter, random: Random): string {
  const lines = ['---', `title: ${yamlString(writer.title())}`];
  if (random() < 0.8) lines.push(`standfirst: ${yamlString(writer.sentence())}`);
  lines.push(`date: "${shared.date}"`, `type: ${shared.type}`, `organisation: ${shared.organisation}`);
  if (random() < 0.7) lines.push(`dateline: ${yamlString(writer.city())}`);
  lines.push(`topics: [${shared.topics.join(', ')}]`);
  if (shared.photo) {
    const caption = writer.sentence();
    lines.push('photos:', `  - file: ../images/${shared.photo}`, `    alt: ${yamlString(caption)}`, `    caption: ${yamlString(caption)}`);
  }
  if (shared.related.length > 0) {
    lines.push('related:');
    for (const link of shared.related) {
      lines.push(`  - title: ${yamlString(writer.title())}`);
      if (link.pairedSlug) lines.push(`    url: ${releasePath[locale](link.pairedSlug)}`);
      if (link.external) lines.push(`    url: ${link.external}`);
    }
  }
  lines.push('---', '', writer.body(), '');
  return lines.join('\n');
}

/** One release a day or so, newest first, from the end of 2024 back; a few known only to the month or year. */
function dateOf(index: number, total: number, random: Random): string {
  const days = Math.floor((index / total) * 20 * 365);
  const iso = new Date(Date.UTC(2024, 11, 31) - days * 86_400_000).toISOString().slice(0, 10);
  const roll = random();
  return roll < 0.002 ? iso.slice(0, 4) : roll < 0.012 ? iso.slice(0, 7) : iso;
}

async function writePhotos(folder: string): Promise<void> {
  const source = new URL('../../tests/fixtures/photos/city-at-dusk.jpg', import.meta.url).pathname;
  await Promise.all(
    photoFiles.map((file, index) =>
      sharp(source)
        .modulate({ hue: index * 80 })
        .jpeg({ quality: 80 })
        .toFile(join(folder, 'images', file)),
    ),
  );
}

export async function generateCorpus(folder: string, pairs: number, seed = 2026): Promise<Corpus> {
  rmSync(folder, { recursive: true, force: true });
  for (const sub of ['en', 'fr', 'images']) mkdirSync(join(folder, sub), { recursive: true });
  await writePhotos(folder);

  const random = seededRandom(seed);
  const writers = { en: releaseWriter('en', random), fr: releaseWriter('fr', random) };
  const nextTopic = zipfSampler(topicIds.length, random);
  const total = pairs + Math.floor(pairs / 4);
  const pairedSlugs: string[] = [];
  let files = 0;
  let bytes = 0;

  for (let index = 0; index < total; index++) {
    // Every fifth release is French only, spread through the years like the pairs.
    const frenchOnly = index % 5 === 4 && pairs > 0;
    const locales: CorpusLocale[] = frenchOnly ? ['fr'] : ['en', 'fr'];
    const slugTitle = writers[locales[0]!].title().split(' ').slice(0, 7).join(' ');
    const slug = `${textToSlug(slugTitle)}-${index + 1}`;
    const related = random() < 0.3 ? Array.from({ length: random.between(1, 3) }, () => relatedLink(random, pairedSlugs)) : [];
    const shared: Shared = {
      slug,
      date: dateOf(index, total, random),
      type: random.pick(releaseTypes),
      organisation: random() < 0.8 ? organisationIds[0] : organisationIds[1],
      topics: [...new Set(Array.from({ length: random.between(1, 3) }, () => topicIds[nextTopic()]!))],
      related,
      photo: random() < 0.025 ? random.pick(photoFiles) : undefined,
    };
    // The newest releases show each photo once, so that none goes unused (the content check refuses
    // an image no release shows) however small the corpus; the draw above is made all the same, so
    // every later release is what it was.
    shared.photo = photoFiles[index] ?? shared.photo;
    for (const locale of locales) {
      const text = releaseFile(locale, shared, writers[locale], random);
      writeFileSync(join(folder, locale, `${slug}.md`), text);
      files++;
      bytes += Buffer.byteLength(text);
    }
    if (!frenchOnly) pairedSlugs.push(slug);
  }

  const rareRank = 9_000;
  return {
    files,
    bytes,
    queries: {
      common: { en: 'police', fr: 'sécurité' },
      rare: { en: writers.en.wordAt(rareRank), fr: writers.fr.wordAt(rareRank) },
    },
  };
}

/** A link to an earlier release that exists in both languages, to an outside page, or to a document with no known address. */
function relatedLink(random: Random, pairedSlugs: readonly string[]): Shared['related'][number] {
  const roll = random();
  if (roll < 0.5 && pairedSlugs.length > 0) return { pairedSlug: pairedSlugs[Math.max(0, pairedSlugs.length - random.between(1, 50))]! };
  if (roll < 0.85) return { external: `https://www.example.org/documents/${random.between(1000, 99999)}` };
  return {};
}

if (import.meta.main) {
  const [folder, pairsText = '100'] = process.argv.slice(2);
  if (!folder) throw new Error('Usage: node scripts/bench/generate-corpus.ts <folder> <pairs>');
  const corpus = await generateCorpus(folder, Number(pairsText));
  console.log(JSON.stringify(corpus, null, 2));
}

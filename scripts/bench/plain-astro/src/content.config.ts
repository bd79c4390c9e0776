import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The corpus the bench generated (scripts/bench/generate-corpus.ts): `<folder>/<locale>/<slug>.md`.
const contentDir = process.env['PLAIN_ASTRO_CONTENT_DIR'];
if (!contentDir) throw new Error('PLAIN_ASTRO_CONTENT_DIR is not set: point it at the corpus folder that holds en/ and fr/.');

// One collection for both languages: an entry's id keeps its folder (`fr/<slug>`).
const releases = defineCollection({
  loader: glob({ base: contentDir, pattern: '{en,fr}/*.md' }),
  // Only what the pages show; the corpus's other fields are left out of the data.
  schema: z.object({ title: z.string(), date: z.coerce.date() }),
});

export const collections = { releases };

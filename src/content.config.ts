import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { releaseSchema } from './releases/schema.ts';
import { contentDir } from './site-settings.mjs';

/**
 * Every release file, in both languages: `content/<locale>/<slug>.md`.
 * Entry ids keep the folder (`fr/my-release`), which is how pairing knows the language.
 */
const releases = defineCollection({
  loader: glob({ base: contentDir, pattern: '**/*.{md,mdx}' }),
  schema: releaseSchema,
});

export const collections = { releases };

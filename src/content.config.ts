import { defineCollection } from 'astro:content';
import { releaseLoader } from './releases/release-loader.ts';
import { releaseSchema } from './releases/schema.ts';
import { contentDir } from './site-settings.mjs';

/**
 * Every release file, in both languages: `content/<locale>/<slug>.md`.
 * Entry ids keep the folder (`fr/my-release`), which is how pairing knows the language.
 */
const releases = defineCollection({
  loader: releaseLoader({ base: contentDir, pattern: '**/*.{md,mdx}' }),
  schema: releaseSchema,
});

export const collections = { releases };

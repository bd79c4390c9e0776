import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { releaseSchema } from './releases/schema.ts';
import { contentDir } from './site-settings.mjs';

/**
 * Every release file, in both languages: `content/<locale>/<slug>.md`.
 * Entry ids keep the folder (`fr/my-release`), which is how pairing knows the language.
 */
const releases = defineCollection({
  // Pages use the rendered HTML, never the raw Markdown: keeping it out of the data store spares
  // about 100 MB of store, bundle and memory at 20,000 release files.
  loader: glob({ base: contentDir, pattern: '**/*.{md,mdx}', retainBody: false }),
  schema: releaseSchema,
});

export const collections = { releases };

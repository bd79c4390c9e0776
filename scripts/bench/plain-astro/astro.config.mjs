// @ts-check
// The yardstick: a plain Astro site over the bench's corpus, with Astro's defaults but one.
import { defineConfig } from 'astro/config';

export default defineConfig({
  // node_modules is a link to the project's: Astro's cache (its content store) stays in this
  // folder, so every run starts from nothing and none writes into the project's.
  cacheDir: './.astro-cache',
});

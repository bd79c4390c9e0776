// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { buildVersion } from './src/integrations/build-version.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { releaseMarkdown } from './src/releases/markdown.ts';
import { releaseMdxProcessor } from './src/releases/mdx-processor.ts';
import { basePath, cacheDir, contentDir, outDir, siteUrl } from './src/site-settings.mjs';

// What builds the site besides its content: the code that renders, checks and keys its pages.
const code = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

export default defineConfig({
  site: siteUrl,
  // Under a folder for a pull request's preview: the path functions (src/i18n/paths.ts) add it to every address.
  base: basePath,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Each kind of page has a route of its own over one page list: two routes writing one address is a bug.
  prerenderConflictBehavior: 'error',
  // Four pages render at once: while one waits for its file to be written, another renders.
  build: { format: 'directory', concurrency: 4 },
  // A page whose key (src/releases/page-cache-key.ts) and code are those of the last build is copied
  // from Astro's cache (in cacheDir, outside outDir) instead of rendered again.
  experimental: { incrementalBuild: true },
  vite: {
    // Scripts always load from files, never inlined into the page, so a strict CSP needs no script hashes.
    build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined) },
  },
  security: {
    // A Content-Security-Policy <meta> on every page, with hashes of what Astro bundles. Scripts
    // come from this site only; Pagefind compiles its WebAssembly.
    // frame-ancestors cannot live in a <meta>: public/_headers sends it as a header.
    csp: {
      directives: [
        "default-src 'self'",
        // Pagefind's stylesheet draws its icons as data: SVG images.
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The service worker. Pagefind runs on the page's thread, so no worker comes from a blob.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: releaseMarkdown,
  // Content checks come first, so a build with a broken release stops before any page is written.
  // The search index and service worker follow in a step of their own (scripts/build-search.ts).
  integrations: [
    contentChecks({ contentDir, code }),
    // .mdx releases compile only after the guard has refused code in them (src/releases/mdx-guard.ts).
    mdx({ processor: releaseMdxProcessor }),
    buildVersion({ contentDir, code }),
    // The editing form at /admin/, with a policy of its own (src/cms/).
    cmsAdmin({ contentDir }),
  ],
});

import { resolve } from 'node:path';
import { render } from 'astro:content';
import { releaseFileToRenderedText } from '../content-reader/reading-registry.ts';
import type { ReleaseEntry } from './collection.ts';
import { htmlUnderBase } from './links-under-base.ts';

/**
 * A release's text as a component. A Markdown release's HTML comes from the one reading of its file
 * (read-release.ts), which the check and the loader made before, because the loader does not store
 * HTML (release-loader.ts); Astro then swaps the images for optimised ones, as it does for any
 * entry. MDX releases are compiled modules: Astro renders them.
 */
export async function renderReleaseText(entry: ReleaseEntry): ReturnType<typeof render> {
  if (!entry.filePath?.endsWith('.md')) return render(entry);
  // The entry's path is relative to the project root, where Astro runs.
  const { html, metadata } = await releaseFileToRenderedText(resolve(entry.filePath), { forget: true });
  const imagePaths = [...metadata.localImagePaths, ...metadata.remoteImagePaths];
  return render({ ...entry, rendered: { html: htmlUnderBase(html), metadata: { ...metadata, imagePaths } } });
}

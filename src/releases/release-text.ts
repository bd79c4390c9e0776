import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from 'astro:content';
import type { ReleaseEntry } from './collection.ts';
import { releaseFileToBody } from './release-body.ts';
import { releaseMarkdown } from './markdown.ts';

type Renderer = Awaited<ReturnType<typeof releaseMarkdown.processor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

/**
 * A release's text as a component. Markdown releases are rendered here, from their file, because
 * the loader does not store their HTML (release-loader.ts); Astro then swaps the images for
 * optimised ones, as it does for any entry. MDX releases are compiled modules: Astro renders them.
 */
export async function renderReleaseText(entry: ReleaseEntry): ReturnType<typeof render> {
  if (!entry.filePath?.endsWith('.md')) return render(entry);
  // The entry's path is relative to the project root, where Astro runs.
  const file = resolve(entry.filePath);
  renderer ??= releaseMarkdown.processor.createRenderer({ syntaxHighlight: releaseMarkdown.syntaxHighlight });
  const { code, metadata } = await (
    await renderer
  ).render(releaseFileToBody(await readFile(file, 'utf8')).body, {
    frontmatter: entry.data,
    fileURL: pathToFileURL(file),
  });
  const imagePaths = [...metadata.localImagePaths, ...metadata.remoteImagePaths];
  return render({ ...entry, rendered: { html: code, metadata: { ...metadata, imagePaths } } });
}

import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { releaseFileToRenderedText, textToKeptReading } from '../content-reader/reading-registry.ts';

type EntryTypes = Map<string, ContentEntryType>;

/**
 * Astro's glob loader (it finds the files, keeps unchanged entries and follows edits in `astro dev`),
 * taking each file's frontmatter and rendered body from the one reading of that file
 * (read-release.ts), which the content check already made in this build, instead of parsing it again.
 * The store keeps each release's data and the images its text uses, but not its HTML: a data store
 * holding every release's HTML is bundled into the server build, which costs far more than release
 * pages taking their text from the same reading (release-text.ts; figures in the README's
 * Performance section).
 */
export function releaseLoader(options: { base: string; pattern: string }): Loader {
  const globLoader = glob({ ...options, retainBody: false });
  return {
    name: 'newsroom-release-loader',
    load: (context) => {
      // Astro hands loaders its entry types (how each extension is read), though its public type leaves them out.
      const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
      if (!(entryTypes instanceof Map)) {
        throw new Error('Astro no longer hands its content loaders the entry types: src/releases/release-loader.ts must be updated.');
      }
      return globLoader.load({
        ...context,
        entryTypes: readingEntryTypes(entryTypes),
        store: withoutRenderedHtml(context.store),
      } as LoaderContext);
    },
  };
}

/** The `.md` and `.mdx` entry types, reading through the release's one reading; MDX modules still compile as @astrojs/mdx does. */
function readingEntryTypes(entryTypes: EntryTypes): EntryTypes {
  const types = new Map(entryTypes);
  for (const extension of ['.md', '.mdx']) {
    const type = entryTypes.get(extension);
    if (!type) continue;
    const readingType: ContentEntryType = {
      ...type,
      getEntryInfo: ({ fileUrl, contents }) => {
        const { data, yamlRange, bodyRange } = textToKeptReading(fileURLToPath(fileUrl), contents);
        return { data, body: contents.slice(...bodyRange), slug: data['slug'] as string, rawData: contents.slice(...yamlRange) };
      },
    };
    if (extension === '.md') {
      readingType.getRenderFunction = async () => async (entry) => {
        if (!entry.filePath) throw new Error(`The release ${entry.id} has no file to render.`);
        const { html, metadata } = await releaseFileToRenderedText(entry.filePath, { forget: false });
        return { html, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
      };
    }
    types.set(extension, readingType);
  }
  return types;
}

function withoutRenderedHtml(store: DataStore): DataStore {
  return { ...store, set: ({ rendered: _html, ...entry }) => store.set(entry) };
}

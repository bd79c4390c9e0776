import { isLocale } from '../i18n/locales.ts';
import { imageExtensions, imagesFolder, isSlug, releaseExtensions, textToSlug } from './limits.ts';
import type { ContentProblem } from './problem.ts';
import type { ReleaseFile, SourceFile } from './source-file.ts';

export interface PlacementResult {
  releaseFiles: ReleaseFile[];
  /** Paths of images under `content/images/`, relative to the content folder. */
  imagePaths: Set<string>;
  problems: ContentProblem[];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * Sorts every file under `content/` into releases and images, and explains each file that is
 * neither: the build would otherwise skip it without a word.
 */
export function checkFilePlacement(files: readonly SourceFile[]): PlacementResult {
  const result: PlacementResult = { releaseFiles: [], imagePaths: new Set(), problems: [] };
  for (const file of files) {
    const problem = (message: string) => result.problems.push({ file: file.displayPath, message });
    const parts = file.path.split('/');
    const name = parts.at(-1) ?? '';
    const extension = extensionOf(name);
    const [folder] = parts;

    if (folder === imagesFolder) {
      if ((imageExtensions as readonly string[]).includes(extension)) result.imagePaths.add(file.path);
      else problem(`only images (${imageExtensions.join(', ')}) belong in content/${imagesFolder}/: move or delete this file.`);
      continue;
    }
    if (!isLocale(folder) || parts.length === 1) {
      problem('this file is not in content/en/ or content/fr/: move it into the folder of its language (or content/images/ for a photo).');
      continue;
    }
    if (parts.length > 2) {
      problem(`this file is in a subfolder: release files sit directly in content/${folder}/, so move it to content/${folder}/${name}.`);
      continue;
    }
    if (!(releaseExtensions as readonly string[]).includes(extension)) {
      const fix = name.startsWith('.')
        ? 'delete it (it is a hidden file left by an editor or the system)'
        : 'save the release as a .md file (plain Markdown), or move images to content/images/';
      problem(`this file has the extension "${extension || 'none'}", but release files end in .md (or .mdx): ${fix}.`);
      continue;
    }
    const slug = name.slice(0, -extension.length);
    if (!isSlug(slug) || extension !== name.slice(-extension.length)) {
      const suggestion = textToSlug(slug) || 'my-release';
      problem(
        `the file name "${name}" is not a slug (lowercase letters a-z, digits and single hyphens, no spaces or accents): rename it to ${suggestion}${extension}.`,
      );
      continue;
    }
    result.releaseFiles.push({ ...file, locale: folder, slug, extension: extension === '.mdx' ? '.mdx' : '.md' });
  }
  result.problems.push(...findDuplicateSlugs(result.releaseFiles));
  return result;
}

/** `x.md` beside `x.mdx` would be one page: the build would keep one file and drop the other. */
function findDuplicateSlugs(releaseFiles: readonly ReleaseFile[]): ContentProblem[] {
  const byKey = Map.groupBy(releaseFiles, (file) => `${file.locale}/${file.slug}`);
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((file) => ({
        file: file.displayPath,
        message: `another file has the same slug in content/${file.locale}/ (${group
          .filter((other) => other !== file)
          .map((other) => other.displayPath)
          .join(', ')}): a release has one file per language, so keep one and delete or rename the other.`,
      })),
    );
}

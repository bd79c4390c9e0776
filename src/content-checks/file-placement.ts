import type { ContentProblem } from '../content-reader/content-problem.ts';
import { contentFileKind, imageExtensions, imagesFolder, reservedSlugs, textToSlug } from '../content-reader/file-names.ts';
import type { ReleaseFile, SourceFile } from '../content-reader/source-file.ts';
import { locales } from '../i18n/locales.ts';

export interface PlacementResult {
  releaseFiles: ReleaseFile[];
  /** The images under `content/images/`, by their path relative to the content folder. */
  images: SourceFile[];
  problems: ContentProblem[];
}

const languageFolders = locales.map((locale) => `content/${locale}/`).join(' or ');

/**
 * Sorts every file under `content/` into releases and images, and explains each file that is
 * neither: the build would otherwise skip it without a word.
 */
export function checkFilePlacement(files: readonly SourceFile[]): PlacementResult {
  const result: PlacementResult = { releaseFiles: [], images: [], problems: [] };
  for (const file of files) {
    const problem = (message: string) => result.problems.push({ file: file.displayPath, message });
    const kind = contentFileKind(file.path);
    switch (kind.kind) {
      case 'release':
        result.releaseFiles.push({ ...file, locale: kind.locale, slug: kind.slug, extension: kind.extension });
        break;
      case 'image':
        result.images.push(file);
        break;
      case 'not-an-image':
        problem(`only images (${imageExtensions.join(', ')}) belong in content/${imagesFolder}/: move or delete this file.`);
        break;
      case 'image-name': {
        const suggestion = textToSlug(kind.name.slice(0, kind.name.length - kind.extension.length)) || 'photo';
        problem(
          `images sit directly in content/${imagesFolder}/ and are named like releases (lowercase letters a-z, digits and single hyphens, no spaces or accents): move or rename it to content/${imagesFolder}/${suggestion}${kind.extension}.`,
        );
        break;
      }
      case 'outside-language-folders':
        problem(
          `this file is not in ${languageFolders}: move it into the folder of its language (or content/${imagesFolder}/ for a photo).`,
        );
        break;
      case 'in-subfolder':
        problem(
          `this file is in a subfolder: release files sit directly in content/${kind.locale}/, so move it to content/${kind.locale}/${kind.name}.`,
        );
        break;
      case 'not-a-release-extension': {
        const fix = kind.hidden
          ? 'delete it (it is a hidden file left by an editor or the system)'
          : `save the release as a .md file (plain Markdown), or move images to content/${imagesFolder}/`;
        problem(`this file has the extension "${kind.extension || 'none'}", but release files end in .md (or .mdx): ${fix}.`);
        break;
      }
      case 'release-name': {
        const base = kind.name.slice(0, kind.name.length - kind.extension.length);
        const suggestion = textToSlug(base) || 'my-release';
        problem(
          (reservedSlugs as readonly string[]).includes(base)
            ? `the file name "${kind.name}" is reserved: the build would publish it as the page of its folder, not at its own address. Rename it to a slug that says what the release is about.`
            : `the file name "${kind.name}" is not a slug (lowercase letters a-z, digits and single hyphens, no spaces or accents): rename it to ${suggestion}${kind.extension}.`,
        );
        break;
      }
    }
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

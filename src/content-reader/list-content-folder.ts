import { existsSync, readdirSync, readFileSync, readlinkSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { locales } from '../i18n/locales.ts';
import type { ContentProblem } from './content-problem.ts';
import { maxContentFileBytes } from './file-names.ts';
import type { SourceFile } from './source-file.ts';

/** Release files sit two folders down (`content/en/x.md`); deeper folders are reported, not walked for ever. */
export const maxFolderDepth = 8;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export interface ContentFolder {
  files: SourceFile[];
  /** Entries that are not files the site can read: links, special files, unreadable ones. */
  problems: ContentProblem[];
  /** How many entries other than folders were looked at, files or not, for the report's count. */
  entryCount: number;
}

/** A name as editors would see it, with line breaks and other control characters shown as escapes. */
function visibleName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must be made visible
  return name.replace(/[\u0000-\u001f\u007f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** Where a link points, and whether that is outside the repository (`repositoryRoot`). */
function linkTarget(absolute: string, repositoryRoot: string): { target: string; outside: boolean } {
  try {
    const target = readlinkSync(absolute);
    const resolved = resolve(absolute, '..', target);
    const fromRoot = relative(repositoryRoot, resolved);
    return { target, outside: fromRoot.startsWith('..') || isAbsolute(fromRoot) };
  } catch {
    return { target: '?', outside: true };
  }
}

/**
 * Every entry under the content folder, hidden ones included: a stray file is reported, never
 * ignored. Links are never followed (the build would publish what they point to, perhaps from
 * outside the repository), special files are never opened (reading a FIFO never ends), and the
 * walk keeps its own stack, so no nesting can overflow the call stack. `displayPrefix` is how
 * editors name the folder (`content`).
 */
export function listContentFolder(contentDir: string, displayPrefix = contentDir, repositoryRoot = '.'): ContentFolder {
  if (!existsSync(contentDir)) {
    throw new Error(
      `The content folder ${contentDir} does not exist: run this from the repository's top folder, or set NEWSROOM_CONTENT_DIR.`,
    );
  }
  const prefix = displayPrefix.replace(/^\.\//, '').replace(/\/$/, '');
  const root = resolve(repositoryRoot);
  const folder: ContentFolder = { files: [], problems: [], entryCount: 0 };
  const pending: { path: string; depth: number }[] = [{ path: '', depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const here = next;
    const problem = (path: string, message: string) => folder.problems.push({ file: `${prefix}/${path}`, message });
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(join(contentDir, here.path), { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      problem(here.path, `this folder cannot be read (${errorCode(error)}): give it ordinary permissions, or delete it.`);
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) folder.entryCount++;
      let name: string;
      try {
        name = strictUtf8.decode(entry.name);
      } catch {
        problem(
          `${here.path ? `${here.path}/` : ''}${visibleName(lenientUtf8.decode(entry.name))}`,
          'the name of this file is not UTF-8 text: rename it with plain letters, digits and hyphens.',
        );
        continue;
      }
      const path = here.path ? `${here.path}/${name}` : name;
      const shown = visibleName(path);
      const absolute = join(contentDir, path);
      if (shown !== path) {
        problem(
          shown,
          'the name of this file has an invisible character or a line break in it: rename it with plain letters, digits and hyphens.',
        );
      } else if (entry.isSymbolicLink()) {
        const { target, outside } = linkTarget(absolute, root);
        problem(
          path,
          `this is a link to ${target}, not a file: the build would publish whatever it points to${outside ? ', outside the repository' : ''}. Put the file itself here, or delete the link.`,
        );
      } else if (entry.isDirectory()) {
        if (here.depth + 1 >= maxFolderDepth) {
          problem(
            `${path}/`,
            `folders are nested more than ${maxFolderDepth} deep here: releases sit directly in ${locales.map((locale) => `content/${locale}/`).join(' or ')} and images in content/images/, so move the files out and delete these folders.`,
          );
        } else {
          pending.push({ path, depth: here.depth + 1 });
        }
      } else if (!entry.isFile()) {
        problem(path, 'this is not an ordinary file (it is a device, a pipe or a socket): delete it.');
      } else {
        readFile(folder, { path, displayPath: `${prefix}/${path}`, absolute });
      }
    }
  }
  folder.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return folder;
}

function readFile(folder: ContentFolder, { path, displayPath, absolute }: { path: string; displayPath: string; absolute: string }) {
  try {
    const size = statSync(absolute).size;
    if (size > maxContentFileBytes) {
      folder.problems.push({
        file: displayPath,
        message: `this file is ${Math.ceil(size / 1024 / 1024)} MB, more than any release or photo needs (at most ${maxContentFileBytes / 1024 / 1024} MB): make it smaller, or remove it.`,
      });
      return;
    }
    folder.files.push({ path, displayPath, bytes: readFileSync(absolute) });
  } catch (error) {
    folder.problems.push({
      file: displayPath,
      message: `this file cannot be read (${errorCode(error)}): give it ordinary permissions, or delete it.`,
    });
  }
}

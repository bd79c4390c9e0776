import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/** What a page's `<meta name="robots">` says, read with an HTML parser; undefined when it has none. */
export function htmlToRobots(html: string): string | undefined {
  let robots: string | undefined;
  const visit = (node: DefaultTreeAdapterMap['node']): void => {
    if (node.nodeName === 'meta' && 'attrs' in node) {
      const attribute = (name: string) => node.attrs.find((candidate) => candidate.name === name)?.value;
      if (attribute('name')?.toLowerCase() === 'robots') robots = attribute('content');
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return robots;
}

/** Every HTML page of a built site, by its path from the site's folder (`en/news/x/index.html`), with its robots meta. */
export function builtPagesRobots(folder: string): { path: string; robots: string | undefined }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(folder, file).split(sep).join('/'), robots: htmlToRobots(readFileSync(file, 'utf8')) };
    });
}

import { posix } from 'node:path';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ReleaseData } from './frontmatter-fields.ts';
import type { ParsedRelease } from './parse-release.ts';
import type { ContentProblem } from './problem.ts';
import { decodeNumericEntities } from './unsafe-html.ts';

/** What a link inside the site may point to. */
export interface LinkTargets {
  /** Every page and file of the built site, as paths: `/en/`, `/fr/actualites/x/`, `/favicon.svg`. */
  sitePaths: ReadonlySet<string>;
  /** Every file under the content folder, relative to it: `images/visit.jpg`. */
  contentFiles: ReadonlySet<string>;
}

const externalScheme = /^[a-z][a-z0-9+.-]*:/i;
const htmlLinkAttribute = /\s(href|src)\s*=\s*["']?([^"'\s>]+)/gi;

interface Link {
  url: string;
  line: number | undefined;
  field?: string;
  isImage: boolean;
}

/** Why a path of this site leads nowhere, with the fix; undefined when it leads somewhere. */
function sitePathProblem(url: string, targets: LinkTargets): string | undefined {
  const path = decodeURI(url.replace(/[?#].*$/, ''));
  if (targets.sitePaths.has(path)) return undefined;
  if (!path.endsWith('/') && targets.sitePaths.has(`${path}/`)) {
    return `the link ${url} must end with a slash: write ${path}/ (page addresses on this site end with /).`;
  }
  const release = /^\/(en|fr)\/(news|actualites)\/([^/]+)\/?$/.exec(path);
  if (release) {
    const [, locale, segment, slug] = release;
    const expected = locale === 'en' ? 'news' : 'actualites';
    if (segment !== expected)
      return `the link ${url} points nowhere: releases in ${locale === 'en' ? 'English' : 'French'} live under /${locale}/${expected}/, so write /${locale}/${expected}/${slug}/.`;
    return `the link ${url} points nowhere: there is no release content/${locale}/${slug}.md. Check the slug (the file name without .md) and the language.`;
  }
  return `the link ${url} points to no page of this site: copy the page's address from the site itself (it ends with /), or link to a full https:// address.`;
}

/** Why a link relative to the release file leads nowhere; undefined when it is an image that exists. */
function relativeLinkProblem(link: Link, release: ParsedRelease, targets: LinkTargets): string | undefined {
  const target = posix.normalize(posix.join(posix.dirname(release.file.path), decodeURI(link.url.replace(/[?#].*$/, ''))));
  if (link.isImage) {
    if (targets.contentFiles.has(target)) return undefined;
    return `the image ${link.url} points to no file: there is no content/${target}. Put the image in content/images/ and write the path from the release file, e.g. ../images/photo.jpg.`;
  }
  const releaseFile = /^(en|fr)\/([^/]+)\.mdx?$/.exec(target);
  if (releaseFile && targets.contentFiles.has(target)) {
    const [, locale, slug] = releaseFile;
    return `the link ${link.url} points to a file, not a page: write the release's address instead, ${locale === 'en' ? `/en/news/${slug}/` : `/fr/actualites/${slug}/`}.`;
  }
  return `the link ${link.url} points nowhere: links to this site start with / (such as /en/news/my-release/) and links elsewhere with https://.`;
}

function linksOf(release: ParsedRelease, data: ReleaseData | undefined): Link[] {
  const links: Link[] = [];
  visit(release.tree, (node: Nodes) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line, isImage: false });
    if (node.type === 'image') links.push({ url: node.url, line, isImage: true });
    if (node.type === 'html') {
      for (const match of node.value.matchAll(htmlLinkAttribute)) {
        const lineInNode = (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0) + (line ?? 1);
        links.push({ url: match[2] ?? '', line: lineInNode, isImage: match[1]?.toLowerCase() === 'src' });
      }
    }
  });
  const frontmatterLine = (path: (string | number)[]) => {
    const range = release.frontmatter.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return range?.range ? release.frontmatterLine(range.range[0]) : undefined;
  };
  data?.related.forEach((related, index) => {
    if (related.url)
      links.push({ url: related.url, line: frontmatterLine(['related', index, 'url']), field: `related.${index}.url`, isImage: false });
  });
  data?.photos.forEach((photo, index) => {
    // Without a build the schema leaves `file` as the path the editor wrote.
    const file: unknown = photo.file;
    if (typeof file === 'string')
      links.push({ url: file, line: frontmatterLine(['photos', index, 'file']), field: `photos.${index}.file`, isImage: true });
  });
  return links;
}

/** Links and images that stay on this site must lead to a page or a file that will exist once built. */
export function checkInternalLinks(release: ParsedRelease, data: ReleaseData | undefined, targets: LinkTargets): ContentProblem[] {
  return linksOf(release, data).flatMap((link) => {
    const url = decodeNumericEntities(link.url).trim();
    // Other sites, e-mail addresses and anchors in the page are not ours to check; unsafe schemes are reported by `unsafe-html.ts`.
    if (url === '' || url.startsWith('#') || url.startsWith('//') || externalScheme.test(url)) return [];
    const message = url.startsWith('/') ? sitePathProblem(url, targets) : relativeLinkProblem({ ...link, url }, release, targets);
    if (!message) return [];
    const problem: ContentProblem = { file: release.file.displayPath, message };
    if (link.line !== undefined) problem.line = link.line;
    if (link.field !== undefined) problem.field = link.field;
    return [problem];
  });
}

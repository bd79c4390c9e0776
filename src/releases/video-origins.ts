import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { videoHosts, type VideoHost } from '../content-checks/mdx-components.ts';
import type { ReleaseEntry } from './collection.ts';
import { releaseMarkdownFeatures } from './markdown.ts';
import { releaseFileToBody } from './release-body.ts';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/**
 * The players a release's videos come from, read from its MDX as the build parses it. The release
 * page lets exactly these into frames (frame-src), before its <head> is written; a page without a
 * video gains no frame-src. The build's guard has already refused any host not in videoHosts.
 */
export async function releaseToVideoOrigins(entry: ReleaseEntry): Promise<string[]> {
  if (!entry.filePath?.endsWith('.mdx')) return [];
  const { body } = releaseFileToBody(await readFile(resolve(entry.filePath), 'utf8'));
  const origins = new Set<string>();
  const pending = [mdxToMdast(body, { features: releaseMarkdownFeatures, position: false }) as Node];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Video') {
      const host = node.attributes?.find((attribute) => attribute.name === 'host')?.value;
      if (typeof host === 'string' && host in videoHosts) origins.add(new URL(videoHosts[host as VideoHost].player).origin);
    }
    pending.push(...(node.children ?? []));
  }
  return [...origins];
}

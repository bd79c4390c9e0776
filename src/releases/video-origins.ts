import { resolve } from 'node:path';
import { releaseFileToKeptReading } from '../content-reader/reading-registry.ts';
import { videoHosts, type VideoHost } from '../content-checks/mdx-components.ts';
import type { ReleaseEntry } from './collection.ts';

/**
 * The players a release's videos come from, from the one reading of its MDX (read-release.ts). The
 * release page lets exactly these into frames (frame-src), before its <head> is written; a page
 * without a video gains no frame-src. The check and the build's guard refuse any host not in videoHosts.
 */
export async function releaseToVideoOrigins(entry: ReleaseEntry): Promise<string[]> {
  if (!entry.filePath?.endsWith('.mdx')) return [];
  const { videoHosts: hosts } = await releaseFileToKeptReading(resolve(entry.filePath));
  return [...new Set(hosts.filter((host): host is VideoHost => host in videoHosts).map((host) => new URL(videoHosts[host].player).origin))];
}

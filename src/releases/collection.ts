import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow, publishedReleases } from './life/schedule.ts';
import { pairBySlug, type Release } from './pairing.ts';

export type ReleaseEntry = CollectionEntry<'releases'>;
export type ReleasePhoto = ReleaseEntry['data']['photos'][number];
/** A photo whose file the site has, so the image pipeline can draw it. */
export type PhotoWithFile = ReleasePhoto & { file: NonNullable<ReleasePhoto['file']> };

let pairedReleases: Promise<Release<ReleaseEntry>[]> | undefined;

/**
 * Every release the build publishes, paired by slug; read and paired once per build, however many
 * pages ask. Scheduled releases (a moment after the build's "now") are left out here, and so from every page.
 */
export function getReleases(): Promise<Release<ReleaseEntry>[]> {
  pairedReleases ??= getCollection('releases').then((entries) => publishedReleases(pairBySlug(entries), buildNow()));
  return pairedReleases;
}

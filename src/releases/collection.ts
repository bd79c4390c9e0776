import { getCollection, type CollectionEntry } from 'astro:content';
import { pairBySlug, type Release } from './pairing.ts';

export type ReleaseEntry = CollectionEntry<'releases'>;

let pairedReleases: Promise<Release<ReleaseEntry>[]> | undefined;

/** All releases, paired by slug; read and paired once per build, however many pages ask. */
export function getReleases(): Promise<Release<ReleaseEntry>[]> {
  pairedReleases ??= getCollection('releases').then(pairBySlug);
  return pairedReleases;
}

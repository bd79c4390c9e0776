import { releaseEntries, type LocalizedEntry, type Release } from '../pairing.ts';
import type { PartialDate } from '../partial-date.ts';

/** What a withdrawal notice needs of a file. */
export interface Withdrawal {
  date: PartialDate;
  reason: string;
  keepText: boolean;
}

interface WithdrawableEntry extends LocalizedEntry {
  data: { withdrawn?: Withdrawal | undefined };
}

/** A release is withdrawn when any of its versions says so: the content check asks every version to agree. */
export function isWithdrawn(release: Release<WithdrawableEntry>): boolean {
  return releaseEntries(release).some((entry) => entry.data.withdrawn !== undefined);
}

/** The releases the lists, feeds, topics, years and search show: all but the withdrawn, whose pages stay at their addresses. */
export function listedReleases<Entry extends WithdrawableEntry>(releases: readonly Release<Entry>[]): Release<Entry>[] {
  return releases.filter((release) => !isWithdrawn(release));
}

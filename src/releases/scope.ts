import type { PartialDate } from './partial-date.ts';
import type { TopicId } from './vocabulary.ts';

/** Which releases a list shows: all of them, one topic's, or one year's. */
export type ListScope = { kind: 'all' } | { kind: 'topic'; topic: TopicId } | { kind: 'year'; year: number };

export const allReleases: ListScope = { kind: 'all' };

interface ScopedData {
  topics: readonly TopicId[];
  date: PartialDate;
}

/** Whether a release (in whichever language it is shown) belongs in a list of that scope. */
export function isInScope(scope: ListScope, data: ScopedData): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'topic':
      return data.topics.includes(scope.topic);
    case 'year':
      return data.date.year === scope.year;
  }
}

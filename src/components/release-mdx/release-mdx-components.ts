import type { componentRules } from '../../content-checks/mdx-components.ts';
import FactBox from './FactBox.astro';
import Figure from './Figure.astro';
import MediaContact from './MediaContact.astro';
import PullQuote from './PullQuote.astro';
import Video from './Video.astro';

/** The components an .mdx release may use, by the name editors write; the same names as the content check's list. */
export const releaseMdxComponents = { Figure, Video, PullQuote, FactBox, MediaContact } satisfies Record<
  keyof typeof componentRules,
  unknown
>;

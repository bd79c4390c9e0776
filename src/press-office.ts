/**
 * The newsroom's one settings record: who answers the press, where the organisation is followed,
 * which information pages the footer links to, and who holds the copyright. Facts live here, once;
 * their words in each language (a role, a page's title, the organisation's name) come from the
 * dictionaries (src/i18n/ui/), so a new language adds words, never settings.
 */

/** The information pages every language has: each has a URL segment in the locale records and words in the dictionaries. */
export const infoPageIds = ['press-office', 'legal', 'privacy', 'accessibility'] as const;
export type InfoPageId = (typeof infoPageIds)[number];

/** A press officer: the role is a dictionary key's last part (`contact.role.<role>`), so it reads in the page's language. */
export interface DefaultContact {
  name: string;
  role: 'head' | 'officer';
  /** As printed, with its country code: the link dials the digits and the leading +. */
  phone: string;
  email: string;
}

export const pressOffice = {
  /** Answers every release that names no contact of its own, and heads the press-office page. */
  contacts: [
    { name: 'Claire Dubois', role: 'head', phone: '+33 4 72 44 70 00', email: 'c.dubois@newsroom.example.org' },
    { name: 'James Okafor', role: 'officer', phone: '+33 4 72 44 76 38', email: 'j.okafor@newsroom.example.org' },
  ] satisfies readonly DefaultContact[],
  /** The desk's own line and address, for what no one person answers. */
  desk: { phone: '+33 4 72 44 70 00', email: 'press@newsroom.example.org' },
  /** Where the organisation is followed: a network's name is the same in every language. */
  social: [
    { name: 'Mastodon', url: 'https://mastodon.social/@newsroom_example' },
    { name: 'LinkedIn', url: 'https://www.linkedin.com/company/newsroom-example' },
    { name: 'YouTube', url: 'https://www.youtube.com/@newsroom-example' },
  ],
  /** The copyright line: this year and the organisation (`site.organisation`); not the build's year, so builds stay reproducible. */
  copyrightSince: 2024,
  /** What the accessibility statement states, as tested on every template (tests/e2e/accessibility.spec.ts). */
  conformance: { standard: 'WCAG 2.2', level: 'AA', tool: 'axe' },
} as const;

/** A `tel:` address holds only the digits and a leading +. */
export function phoneToHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A telephone number as printed, kept on one line: its spaces are no-break ones. */
export function phoneToText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

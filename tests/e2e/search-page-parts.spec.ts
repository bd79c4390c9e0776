import { expect, test, type Page } from '@playwright/test';
import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { searchPages } from './support/search.ts';

type Element = DefaultTreeAdapterMap['element'];

/** Every element below `node`, in document order. */
function elementsIn(node: DefaultTreeAdapterMap['parentNode']): Element[] {
  return node.childNodes.flatMap((child) => (defaultTreeAdapter.isElementNode(child) ? [child, ...elementsIn(child)] : []));
}

/** The one element of the built page that `isIt` picks: a page with none or two is not the page these tests know. */
function onlyElement(elements: Element[], isIt: (element: Element) => boolean, what: string): Element {
  const found = elements.filter(isIt);
  if (found.length !== 1) throw new Error(`The built search page has ${found.length} ${what}, not one`);
  return found[0]!;
}

const hasAttribute = (name: string) => (element: Element) => element.attrs.some((attr) => attr.name === name);

/** One change to the built page: `edit` alters the page's elements (`what` says how); the script must then name `named`. */
interface Breakage {
  what: string;
  named: string;
  edit: (elements: Element[]) => void;
}

/** The element carrying `marker` loses it, as if SearchPanel.astro no longer wrote it. */
const withoutMarker = (marker: string): Breakage => ({
  what: `without ${marker}`,
  named: `[${marker}]`,
  edit: (elements) => {
    const element = onlyElement(elements, hasAttribute(marker), marker);
    element.attrs = element.attrs.filter((attr) => attr.name !== marker);
  },
});

/** The search form's `attribute` is set to `value`, or removed when `value` is undefined. */
const formAttribute = (attribute: string, value: string | undefined) => (elements: Element[]) => {
  const form = onlyElement(elements, hasAttribute('data-search-form'), 'search forms');
  const others = form.attrs.filter((attr) => attr.name !== attribute);
  form.attrs = value === undefined ? others : [...others, { name: attribute, value }];
};

/** Every setting the script reads from the search form; a one-language site has no other languages to name. */
const settings = ['data-locale', 'data-dates', 'data-messages', 'data-full-check-limit', 'data-build-version'];
const breakages: Breakage[] = [
  {
    what: 'with a text field in place of the search field',
    named: 'input[type="search"]',
    edit: (elements) => {
      const field = onlyElement(
        elements,
        (element) => element.attrs.some((attr) => attr.name === 'type' && attr.value === 'search'),
        'search fields',
      );
      field.attrs = field.attrs.filter((attr) => attr.name !== 'type');
    },
  },
  ...[
    'data-search-include-other',
    'data-search-filters',
    'data-search-summary',
    'data-search-notice',
    'data-search-results',
    'data-search-more',
  ].map(withoutMarker),
  ...[...settings, 'data-other-languages'].map((attribute) => ({
    what: `without ${attribute}`,
    named: attribute,
    edit: formAttribute(attribute, undefined),
  })),
  ...settings.map((attribute) => ({ what: `with ${attribute} empty`, named: attribute, edit: formAttribute(attribute, '') })),
];

/** Serves the search page as built, with `edit` applied to its elements first. */
async function serveEdited(page: Page, path: string, edit: (elements: Element[]) => void): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const document = parse(await response.text());
      edit(elementsIn(document));
      await route.fulfill({ response, body: serialize(document) });
    },
  );
}

/** The uncaught errors the page's scripts throw while it loads. */
async function errorsOnLoad(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return errors;
}

test.describe('a search page missing one of its parts says which', () => {
  for (const [locale, path] of Object.entries(searchPages)) {
    test(`the ${locale} search page as built starts with no error`, async ({ page }) => {
      await serveEdited(page, path, () => undefined);
      expect(await errorsOnLoad(page, path)).toEqual([]);
      await expect(page.getByRole('searchbox')).toBeFocused();
    });

    test(`the ${locale} search page starts in a site with no other language`, async ({ page }) => {
      await serveEdited(page, path, formAttribute('data-other-languages', ''));
      expect(await errorsOnLoad(page, path)).toEqual([]);
      await expect(page.getByRole('searchbox')).toBeVisible();
    });

    for (const { what, named, edit } of breakages) {
      test(`the ${locale} search page ${what} names ${named} and shows the fallback`, async ({ page }) => {
        await serveEdited(page, path, edit);
        const errors = await errorsOnLoad(page, path);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toContain(named);
        expect(errors[0]).toContain('SearchPanel.astro');
        // Nothing half-started: the reader keeps the links offered without JavaScript.
        await expect(page.locator('[data-search-form]')).toBeHidden();
        await expect(page.locator('[data-search-fallback]')).toBeVisible();
      });
    }
  }
});

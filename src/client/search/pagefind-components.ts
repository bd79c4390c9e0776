/** The parts of Pagefind's Component UI (`pagefind-component-ui.js`, a classic script) this site calls. */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  /** Read by every search: a sort key and direction, or undefined for relevance. */
  searchSort: Record<string, 'asc' | 'desc'> | undefined;
  /** Replaces some of the Component UI's own strings, by their keys (`search_label`...). */
  setTranslations(overrides: Record<string, string>): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  /** With an `owner`, a second callback from the same owner replaces the first. */
  on(event: 'search', callback: (term: string) => void, owner?: Element): void;
  on(event: 'results', callback: (search: { results?: unknown[] } | undefined) => void, owner?: Element): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** The search bundle the build writes beside the pages. */
export const bundlePath = '/pagefind/';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
    document.head.append(script);
  });
}

/** Loads the Component UI's script and styles once; they register the `<pagefind-*>` elements. */
export async function loadPagefindComponents(): Promise<PagefindComponents> {
  if (!window.PagefindComponents) {
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = `${bundlePath}pagefind-component-ui.css`;
    document.head.append(styles);
    await loadScript(`${bundlePath}pagefind-component-ui.js`);
  }
  if (!window.PagefindComponents) throw new Error('The Pagefind Component UI did not start.');
  return window.PagefindComponents;
}

// The only JavaScript every page loads: one click listener for the few actions that need it.
// Kept tiny on purpose (a page budget allows 2 KB before the reader asks for search).

/** The key under which the reader's language choice is kept in this browser. */
export const localeStorageKey = 'newsroom.locale';

/** Remembers the language of a link marked `data-locale-choice` (the chooser's and the switch's). */
function rememberLocale(choice: string | undefined): void {
  if (!choice) return;
  try {
    localStorage.setItem(localeStorageKey, choice);
  } catch {
    // Storage can be disabled (private mode, policy): the site still works, it just forgets.
  }
}

/** The Web Share sheet where the browser has one, otherwise the link goes to the clipboard. */
async function share(button: HTMLElement): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-share-status]');
  const data = { title: document.title, url: location.href };
  try {
    if (navigator.share) {
      await navigator.share(data);
      return;
    }
    await navigator.clipboard.writeText(data.url);
    if (status) status.textContent = button.dataset['copied'] ?? '';
  } catch (error) {
    // Closing the share sheet is not an error worth reporting.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    if (status) status.textContent = button.dataset['failed'] ?? '';
  }
}

/** Listens once, on the document, for language choices and share buttons. */
export function handlePageActions(): void {
  for (const button of document.querySelectorAll<HTMLElement>('[data-share]')) button.hidden = false;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    rememberLocale(target?.closest<HTMLElement>('[data-locale-choice]')?.dataset['localeChoice']);
    const shareButton = target?.closest<HTMLElement>('[data-share]');
    if (shareButton) void share(shareButton);
  });
}

/** On the chooser: go straight to the remembered language, by the chooser's own link to it, if there is one. */
export function goToRememberedLocale(): void {
  let choice: string | null;
  try {
    choice = localStorage.getItem(localeStorageKey);
  } catch {
    return;
  }
  const link = choice ? document.querySelector<HTMLAnchorElement>(`a[data-locale-choice="${CSS.escape(choice)}"]`) : null;
  if (link) location.replace(link.href);
}

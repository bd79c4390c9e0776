/** The key under which the reader's language choice is kept in this browser. */
export const localeStorageKey = 'newsroom.locale';

/** Remembers the language of any link marked `data-locale-choice` when the reader follows it. */
export function rememberLocaleChoices(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-locale-choice]') : null;
    const choice = link?.dataset['localeChoice'];
    if (choice !== 'en' && choice !== 'fr') return;
    try {
      localStorage.setItem(localeStorageKey, choice);
    } catch {
      // Storage can be disabled (private mode, policy): the site still works, it just forgets.
    }
  });
}

/** On the chooser: go straight to the remembered language, if there is one. */
export function goToRememberedLocale(): void {
  let choice: string | null = null;
  try {
    choice = localStorage.getItem(localeStorageKey);
  } catch {
    return;
  }
  if (choice === 'en' || choice === 'fr') location.replace(`/${choice}/`);
}

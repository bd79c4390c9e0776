import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { keepEveryRelease } from './keep-offline.ts';

/** Makes the "make every release available offline" button work, or hides it where no service worker can keep pages. */
export function offerToSaveEveryRelease(): void {
  const section = document.querySelector<HTMLElement>('[data-save-every-release]');
  const button = section?.querySelector('button');
  const status = section?.querySelector<HTMLElement>('[data-save-status]');
  if (!section || !button || !status) return;
  if (!('serviceWorker' in navigator)) {
    section.hidden = true;
    return;
  }
  const { saving = '', saved = '', failed = '' } = section.dataset;
  button.addEventListener('click', async () => {
    button.disabled = true;
    // The worker must control the page, or the fetches below would not be kept.
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    try {
      const result = await keepEveryRelease((done, total) => {
        status.textContent = fillPlaceholders(saving, { done, total });
      });
      status.textContent = result.failed === 0 ? saved : fillPlaceholders(failed, result);
    } catch {
      status.textContent = fillPlaceholders(failed, { failed: 1, total: 1 });
    } finally {
      button.disabled = false;
    }
  });
}

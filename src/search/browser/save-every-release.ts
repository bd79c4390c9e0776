import { keepEveryRelease } from './keep-offline.ts';

/** Fills `{name}` placeholders in a message written by the page in the reader's language. */
function fill(message: string, values: Record<string, number>): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

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
        status.textContent = fill(saving, { done, total });
      });
      status.textContent = result.failed === 0 ? saved : fill(failed, result);
    } catch {
      status.textContent = fill(failed, { failed: 1, total: 1 });
    } finally {
      button.disabled = false;
    }
  });
}

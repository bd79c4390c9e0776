import { searchFacets } from '../contract/index-fields.ts';

/**
 * The search page's state in its address: `?q=<words>`, `include-other=on`, `order=newest` and one
 * parameter per ticked filter value (`topic=cybercrime&topic=terrorism`). The names are the form's
 * own, so the address is what the form would submit; values are identifiers, the same in both
 * languages, so the address carries over to another language's search page.
 */
export function formToSearchParams(form: HTMLFormElement): URLSearchParams {
  const data = new FormData(form);
  const params = new URLSearchParams();
  const words = String(data.get('q') ?? '').trim();
  if (words) params.set('q', words);
  if (data.get('include-other')) params.set('include-other', 'on');
  if (data.get('order') === 'newest') params.set('order', 'newest');
  for (const facet of searchFacets) for (const value of data.getAll(facet)) params.append(facet, String(value));
  return params;
}

/** Sets the form's fields from an address's parameters; what the address does not say goes back to its default. */
export function searchParamsToForm(params: URLSearchParams, form: HTMLFormElement): void {
  const words = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (words) words.value = params.get('q') ?? '';
  const includeOther = form.querySelector<HTMLInputElement>('input[name="include-other"]');
  if (includeOther) includeOther.checked = params.has('include-other');
  const order = params.get('order') === 'newest' ? 'newest' : 'relevance';
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="order"]')) radio.checked = radio.value === order;
  for (const facet of searchFacets) {
    const chosen = new Set(params.getAll(facet));
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)) box.checked = chosen.has(box.value);
  }
}

/** Whether the address says more than the words (a filter, the order, the other languages): the filter menu then opens. */
export function hasChosenFilters(params: URLSearchParams): boolean {
  return searchFacets.some((facet) => params.has(facet));
}

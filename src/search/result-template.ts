import { locales, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { displayMetaKey } from './index-fields.ts';

/**
 * The Pagefind Component UI template of one search result, for readers of `reader`'s language.
 * Adapted from the component's built-in template: it adds the date and type in the reader's
 * language and says which language the result is in, since a reader may include the other one's.
 * The photo is decorative (`alt=""`): the title beside it says what the result is.
 * `{{+ excerpt +}}` is Pagefind's own excerpt, already escaped, with the matched words in `<mark>`.
 */
export function resultTemplate(reader: Locale): string {
  const t = useTranslations(reader);
  const languageNote = locales.map((language) => `{{#if eq(meta.language, "${language}")}}${t(`search.resultIn.${language}`)}{{/if}}`).join('');
  return `
<li class="pf-result search-result">
  <div class="pf-result-card">
    {{#if meta.image}}<img class="pf-result-image" src="{{ meta.image | safeUrl }}" alt="" loading="lazy">{{/if}}
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}" lang="{{ meta.language }}" hreflang="{{ meta.language }}">{{ meta.title }}</a></p>
      <p class="search-result-meta">{{ meta.${displayMetaKey('date', reader)} }} · {{ meta.${displayMetaKey('type', reader)} }} · <strong class="search-result-language">${languageNote}</strong></p>
      {{#if excerpt}}<p class="pf-result-excerpt" lang="{{ meta.language }}">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
</li>`;
}

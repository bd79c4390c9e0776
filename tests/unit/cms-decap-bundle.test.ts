import { describe, expect, it } from 'vitest';
import { decapEntry, fieldsToWidgets } from '../../src/cms/decap-bundle.ts';
import { releaseFormFields, type CmsField } from '../../src/cms/release-fields.ts';
import { locales } from '../../src/i18n/locales.ts';

/** Every widget named anywhere in the fields, read the long way round: every `widget` key of the configuration's JSON. */
function widgetsInJson(fields: CmsField[]): string[] {
  const found = new Set<string>();
  JSON.parse(JSON.stringify(fields), (key, value: unknown) => {
    if (key === 'widget' && typeof value === 'string') found.add(value);
    return value;
  });
  return [...found].sort();
}

describe('Decap as the form bundles it', () => {
  it('holds exactly the widgets the release fields use, nested ones included, in every language', () => {
    for (const locale of locales) {
      const fields = releaseFormFields(locale);
      expect(fieldsToWidgets(fields)).toEqual(widgetsInJson(fields));
    }
    expect(fieldsToWidgets(releaseFormFields('en'))).toEqual(['boolean', 'image', 'list', 'markdown', 'object', 'select', 'string']);
  });

  it('registers those widgets, the GitHub and local backends and each interface language, then starts unless told not to', () => {
    const entry = decapEntry(['list', 'string'], ['en', 'fr']);
    expect(entry).toContain("import widget_list from 'decap-cms-widget-list';");
    expect(entry).toContain('CMS.registerWidget([widget_list.Widget(), widget_string.Widget()]);');
    expect(entry).toContain("CMS.registerBackend('github', GitHubBackend);");
    expect(entry).toContain("CMS.registerBackend('proxy', ProxyBackend);");
    expect(entry).toContain("CMS.registerLocale('fr', locale_fr);");
    expect(entry).not.toContain('decap-cms-widget-markdown');
    expect(entry.trim().split('\n').at(-1)).toBe('if (!window.CMS_MANUAL_INIT) CMS.init();');
  });
});

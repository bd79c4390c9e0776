import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { isLocale, localeToRecord } from '../i18n/locales.ts';
import { frenchOrdinalParts } from './french.ts';
import { typesetText } from './typeset.ts';

/** Elements whose text is code or machine text, which typography must never touch. */
const verbatim = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea']);

/** The language of a release file, from the folder it is in (`content/fr/x.md`): the build refuses to guess. */
function fileUrlToLocale(fileURL: URL | undefined): string {
  const folder = fileURL ? basename(dirname(fileURLToPath(fileURL))) : undefined;
  if (!isLocale(folder)) {
    throw new Error(`${fileURL?.href ?? 'A release'} is not in a language folder, so its text cannot be set in its language's typography.`);
  }
  return folder;
}

/**
 * Sets a release's text in its language's typography as it is rendered (src/typography/): text
 * nodes only, never attributes, addresses or code, and never the file the editor wrote.
 */
export function typographyPlugin(context: PluginFactoryContext): HastPluginDefinition {
  const locale = fileUrlToLocale(context.fileURL);
  const french = localeToRecord(locale).typography === 'french';
  return {
    name: 'newsroom-typography',
    text(node, ctx) {
      for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
        if (verbatim.has(parent.tagName)) return;
      }
      const value = typesetText(node.value, locale);
      const parts = french ? frenchOrdinalParts(value) : [{ text: value, raised: false }];
      if (parts.length === 1 && !parts[0]!.raised) return value === node.value ? undefined : { type: 'text', value };
      ctx.replaceNode(
        node,
        parts.map((part) =>
          part.raised
            ? { type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: part.text }] }
            : { type: 'text', value: part.text },
        ),
      );
      return undefined;
    },
  };
}

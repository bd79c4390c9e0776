import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

type Node = DefaultTreeAdapterMap['node'];

/**
 * Right-to-left readiness: the styles say "start" and "end" of a line, never "left" and "right",
 * so a language whose record says `dir: 'rtl'` mirrors the page. (Top and bottom stay: no language
 * of the site is written vertically.)
 */
const physicalProperty = /(^|-)(left|right)(-|$)|^border-(top|bottom)-(left|right)-radius$/;
const valueSensitive = new Set(['float', 'clear', 'text-align', 'resize', 'caption-side']);

/** Every declaration that names a physical side, as "file: property: value". */
function physicalDeclarations(css: string, file: string): string[] {
  const found: string[] = [];
  postcss.parse(css, { from: file }).walkDecls((declaration) => {
    const property = declaration.prop.toLowerCase();
    const physicalValue = valueSensitive.has(property) && /^(left|right)$/i.test(declaration.value.trim());
    if (physicalProperty.test(property) || physicalValue) found.push(`${file}: ${declaration.prop}: ${declaration.value}`);
  });
  return found;
}

/** The text of each `<style>` element of an Astro component, found by an HTML parser, after its frontmatter. */
function astroStyles(source: string): string[] {
  const template = source.startsWith('---') ? source.slice(source.indexOf('\n---', 3) + 4) : source;
  const styles: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'style') {
      // A `<style set:html={...} />` gets its CSS from code (the identity's colours), and HTML has no
      // self-closing style: what parse5 finds inside it is the rest of the template, not CSS.
      if (!node.attrs.some((attribute) => attribute.name.startsWith('set:'))) {
        styles.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
      }
      return;
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) visit(node.content);
  };
  visit(parseFragment(template));
  return styles;
}

function filesUnder(folder: string, extension: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(folder, file));
}

describe('the styles use logical properties only', () => {
  it('in the stylesheets', () => {
    const found = filesUnder('src/styles', '.css').flatMap((file) => physicalDeclarations(readFileSync(file, 'utf8'), file));
    expect(found).toEqual([]);
  });

  it('in the components’ and layouts’ own styles', () => {
    const files = filesUnder('src', '.astro');
    const styled = files.filter((file) => astroStyles(readFileSync(file, 'utf8')).length > 0);
    expect(styled.length).toBeGreaterThan(2);
    const found = files.flatMap((file) => astroStyles(readFileSync(file, 'utf8')).flatMap((css) => physicalDeclarations(css, file)));
    expect(found).toEqual([]);
  });

  it('and the check catches each physical form, in a stylesheet or a component', () => {
    const css = '.a { margin-left: 1rem; padding-right: 0; left: 0; border-top-right-radius: 2px; float: right; text-align: left; }';
    expect(physicalDeclarations(css, 'x.css')).toHaveLength(6);
    expect(
      physicalDeclarations('.a { margin-inline-start: 1rem; inset-inline: 0; text-align: start; float: inline-start; }', 'x.css'),
    ).toEqual([]);
    expect(astroStyles('---\nconst a = 1;\n---\n<div>{a}</div>\n<style>\n  .b { right: 0; }\n</style>')).toEqual([
      '\n  .b { right: 0; }\n',
    ]);
  });
});

import fc from 'fast-check';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readMdxBody } from '../../src/content-checks/mdx-body.ts';
import { componentNames } from '../../src/content-checks/mdx-components.ts';
import { mdxGuard } from '../../src/releases/mdx-guard.ts';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: an .mdx release holds text and the site’s components, never code', () => {
  it('accepts every component as the guides show it, in English and in French', async () => {
    expect(await checkFixture('mdx-components')).toEqual([]);
  });

  it('refuses each family of code with its file, line and fix', async () => {
    expect(await checkFixture('mdx-refused')).toMatchInlineSnapshot(`
      [
        "content/en/client-directive.mdx:8: client:load is an instruction to the site's build, not an attribute, and is not allowed in a release: remove it.",
        "content/en/client-directive.mdx:8: is:raw is an instruction to the site's build, not an attribute, and is not allowed in a release: remove it.",
        "content/en/component-attributes.mdx:8: <Video host="dailymotion"> must be one of: youtube, vimeo.",
        "content/en/component-attributes.mdx:10: <Video id="https://youtu.be/dQw4w9WgXcQ"> is not a youtube video id: write only the id from the video's address, such as id="dQw4w9WgXcQ".",
        "content/en/component-attributes.mdx:12: <MediaContact> has no attribute mail= (did you mean email=?): its attributes are name="…" (the contact's name), role="…" (their role), phone="…" (a phone number, optional), email="…" (an e-mail address, optional).",
        "content/en/component-attributes.mdx:12: <MediaContact> needs a phone="…" or an email="…" (or both), so journalists can reach the contact.",
        "content/en/component-attributes.mdx:14: <Figure> needs caption="…" (what the photo shows): add it, like this: <Figure caption="…" credit="…"> ![Description](../images/name.jpg) </Figure>",
        "content/en/component-attributes.mdx:16: the image ../images/missing.png points to no file: there is no content/images/missing.png. Put the image in content/images/ and write the path from the release file, e.g. ../images/photo.jpg.",
        "content/en/elements.mdx:8: <script> is not allowed in a release: a release cannot run scripts: remove it.",
        "content/en/elements.mdx:10: <iframe> is not allowed in a release: embedding another page is not allowed: remove it and link to the page instead, e.g. [Watch the video](https://…).",
        "content/en/elements.mdx:12: <PullQuote> must stand on lines of its own, with an empty line before and after it, like this: <PullQuote attribution="…"> The words quoted. </PullQuote>",
        "content/en/export.mdx:10: "export" is not allowed in a release: it runs code when the site is built. Remove the line; the site's components (Figure, Video, PullQuote, FactBox, MediaContact) need no import.",
        "content/en/expression-in-attribute.mdx:8: attribution={…} runs code when the site is built and is not allowed in a release: write the value in quotes, attribution="…".",
        "content/en/expression-in-text.mdx:8: text in braces {…} runs code when the site is built and is not allowed in a release: write the text itself, or \\{ and \\} for braces shown as they are.",
        "content/en/handler.mdx:8: the HTML attribute onmouseover= runs code and is not allowed: remove it.",
        "content/en/import.mdx:8: "import" is not allowed in a release: it runs code when the site is built. Remove the line; the site's components (Figure, Video, PullQuote, FactBox, MediaContact) need no import.",
        "content/en/javascript-address.mdx:8: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/set-html.mdx:8: set:html is an instruction to the site's build, not an attribute, and is not allowed in a release: remove it.",
        "content/en/spread.mdx:8: <FactBox {…}> adds attributes made by code and is not allowed in a release: write each attribute with its value in quotes, name="…".",
        "content/en/unbalanced-braces.mdx:8: this MDX cannot be read (the parser says: "Unexpected end of file in expression, expected a corresponding closing brace for \`{\`"): a { or < meant as text must be written \\{ or &lt;, and every component must be closed, <Name …>…</Name> or <Name … />.",
        "content/en/unknown-component.mdx:8: <Chart> is not one of the site's components: a release may use Figure, Video, PullQuote, FactBox, MediaContact, and nothing else. The guide shows each with an example.",
        "content/en/unknown-component.mdx:10: <Pullquote> is not one of the site's components (did you mean <PullQuote>?): a release may use Figure, Video, PullQuote, FactBox, MediaContact, and nothing else. The guide shows each with an example.",
      ]
    `);
  });
});

/** Blocks an editor may write in an .mdx release. */
const allowed = fc.constantFrom(
  'Police in 90 countries closed websites.',
  'L’opération « Pangea » a fermé 3\u00a0000 sites\u202f!',
  '- **90** countries\n- 3,000 websites',
  '## A heading',
  'A [link](https://www.example.org/) and \\{braces\\} shown as text.',
  'The <abbr title="Organisation">ORG</abbr> team.',
  '<PullQuote attribution="Jürgen Stock">\n\n« Les faux médicaments tuent. »\n\n</PullQuote>',
  '<FactBox title="Chiffres clés">\n\n- 90 pays\n\n</FactBox>',
  '<Video host="youtube" id="dQw4w9WgXcQ" title="A film" />',
  '<Video host="vimeo" id="76979871" title="Un film" />',
  '<MediaContact name="Anne Martin" role="Attachée de presse" phone="+33 4 72 44 70 00" />',
  '<Figure caption="A screen" credit="INTERPOL">\n\n![A screen](../images/a.png)\n\n</Figure>',
);

const identifier = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/);
const anyText = fc.stringMatching(/^[a-zA-Z0-9 .,()'"]{0,20}$/);

/** Constructs outside the allowlist, each built from generated names and values. */
const forbidden = fc.oneof(
  fc.tuple(identifier, fc.constantFrom('node:fs', 'node:child_process', './x.js')).map(([name, from]) => `import ${name} from '${from}'`),
  fc.tuple(identifier, anyText).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)}`),
  identifier.map((name) => `Text {${name}} here.`),
  identifier.map((name) => `{${name}}`),
  fc.constantFrom('{/* a note */}', '{process.env.HOME}', "{require('fs')}"),
  fc.tuple(fc.constantFrom(...componentNames), identifier).map(([component, name]) => `<${component} {...${name}} />`),
  anyText.map((value) => `<PullQuote attribution={${JSON.stringify(value)}}>\n\nx\n\n</PullQuote>`),
  fc
    .stringMatching(/^[A-Z][a-zA-Z]{0,10}$/)
    .filter((name) => !componentNames.includes(name))
    .map((name) => `<${name} />`),
  fc
    .tuple(fc.constantFrom('div', 'span', 'p', 'a', 'abbr'), fc.constantFrom('onclick', 'onmouseover', 'onError', 'ONLOAD'))
    .map(([element, handler]) => `<${element} ${handler}="alert(1)">x</${element}>`),
  fc.constantFrom('javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'vbscript:x').map((href) => `<a href="${href}">x</a>`),
  fc.constantFrom('set:html', 'set:text', 'is:raw', 'client:load', 'server:defer').map((directive) => `<span ${directive}="x">y</span>`),
  fc.constantFrom('script', 'style', 'iframe', 'object', 'svg', 'form').map((element) => `<${element}>x</${element}>`),
  fc.constantFrom('a {', '<PullQuote attribution="x">\n\nnever closed', '<>fragment</>', '<x.y />', '<svg:rect />'),
);

function guardRefuses(body: string): boolean {
  try {
    mdxToJs(body, { mdastPlugins: [mdxGuard] });
    return false;
  } catch {
    return true;
  }
}

describe('content check: an .mdx body’s structure, by the same rules as a .md body’s', () => {
  it('refuses top-level headings, footnotes nothing refers to, and links with no text, in Markdown or as <a> elements', async () => {
    expect(await checkFixture('mdx-structure')).toMatchInlineSnapshot(`
      [
        "content/en/footnotes.mdx:12: this footnote ([^unused]: …) is never referred to in the text, so the site leaves it out of the page: add [^unused] where it belongs in the text, or remove the footnote.",
        "content/en/headings.mdx:8: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
        "content/en/headings.mdx:12: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
        "content/en/headings.mdx:17: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
        "content/en/nameless-links.mdx:8: the link to https://www.interpol.int/ has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).",
        "content/en/nameless-links.mdx:10: the link to https://www.interpol.int/a has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
        "content/en/nameless-links.mdx:12: the link to https://www.interpol.int/b has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
        "content/en/nameless-links.mdx:14: the link to https://www.interpol.int/c has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
        "content/en/nameless-links.mdx:16: the link to https://www.interpol.int/d has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).",
        "content/fr/titres-et-notes.mdx:8: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
        "content/fr/titres-et-notes.mdx:14: this footnote ([^orpheline]: …) is never referred to in the text, so the site leaves it out of the page: add [^orpheline] where it belongs in the text, or remove the footnote.",
        "content/fr/titres-et-notes.mdx:16: the link to https://www.interpol.int/fr/ has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
      ]
    `);
  });
});

describe('content check and build guard, on generated .mdx bodies', () => {
  it('accept every body of allowed blocks, and refuse every body with one construct outside the allowlist; the build’s guard agrees', () => {
    fc.assert(
      fc.property(fc.array(allowed, { maxLength: 6 }), fc.option(forbidden, { nil: undefined }), fc.nat(), (blocks, bad, at) => {
        const all: string[] = [...blocks];
        if (bad !== undefined) all.splice(at % (all.length + 1), 0, bad);
        const body = all.join('\n\n');
        const refused = readMdxBody(body).problems.length > 0;
        expect(refused, body).toBe(bad !== undefined);
        expect(guardRefuses(body), body).toBe(refused);
      }),
      { numRuns: 400 },
    );
  });
});

describe('an attacker’s .mdx release', () => {
  it('is refused by the check: the machine’s files, environment and a handler', async () => {
    const report = await checkFixture('mdx-attacker');
    expect(report.map((line) => line.replace(/:.*?: /, ': ').slice(0, 60))).toMatchInlineSnapshot(`
      [
        "content/en/read-the-machine.mdx: "import" is not allowed in ",
        "content/en/read-the-machine.mdx: "export" is not allowed in ",
        "content/en/read-the-machine.mdx: "export" is not allowed in ",
        "content/en/read-the-machine.mdx: text in braces {…} runs cod",
        "content/en/read-the-machine.mdx: the HTML attribute onclick=",
      ]
    `);
  });
});

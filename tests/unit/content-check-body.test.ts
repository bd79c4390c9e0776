import { describe, expect, it } from 'vitest';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: the text as readers will see it', () => {
  it('accepts the HTML a release needs: tables, figures, details, abbreviations, quotations, references', async () => {
    expect(await checkFixture('rich-but-valid')).toEqual([]);
  });

  it('refuses what would make text vanish or move: unclosed comments and elements, a second frontmatter, unused link definitions, stray tags', async () => {
    expect(await checkFixture('text-lost')).toMatchInlineSnapshot(`
      [
        "content/en/block-in-paragraph.md:8: this HTML cannot sit inside the Markdown around it (a paragraph or a list): the browser would close the <p> early. Put block HTML (div, table, figure, details) on lines of its own, with an empty line before and after.",
        "content/en/block-in-paragraph.md:8: the browser would add a <p> of its own here, so the page would not read as written: check that every tag is opened and closed in order (a closing </p> without its opening tag, or tags that overlap).",
        "content/en/comment.md:8: a comment (<!-- … -->) is not shown to readers, yet it is published in the page: delete it (keep notes for the team in the pull request).",
        "content/en/second-frontmatter.md:8: the text opens with lines between --- (or +++) lines, up to line 10, which the site would read as a second frontmatter and leave out: remove them, or write *** for a horizontal line.",
        "content/en/self-closing-span.md:8: a tag such as <span/> does not close itself in HTML, so it would wrap everything after it: write <span></span>.",
        "content/en/self-closing-span.md:8: <span> is opened here but never closed, so everything after it would be inside it: add </span> where it should end.",
        "content/en/stray-end-tag.md:8: this closing tag closes nothing that is open, so the browser ignores it: remove it, or add the opening tag where it belongs.",
        "content/en/text-in-table.md:8: the browser would move this text or tag away from where it is written (for example, text directly inside a <table> is shown above it): put text inside a cell, and check the tags around it.",
        "content/en/unclosed-comment.md:10: a comment opened with <!-- is never closed, so everything after it would vanish from the page: remove it.",
        "content/en/unclosed-elements.md:8: <b> is opened here but never closed, so everything after it would be inside it: add </b> where it should end.",
        "content/en/unclosed-elements.md:12: <details> is opened here but never closed, so everything after it would be inside it: add </details> where it should end.",
        "content/en/unused-definition.md:10: this line is read as a link definition ([interpol]: address) that no link uses, so it is not shown on the page: write the link itself, [text](address), or remove the line.",
      ]
    `);
  });

  it('refuses disguised code and hiding attributes, reading the HTML as a browser does (named character references included)', async () => {
    expect(await checkFixture('hostile-markup')).toMatchInlineSnapshot(`
      [
        "content/en/active-elements.md:8: <form> is not allowed in a release: forms cannot be part of a release: remove it, and link to the form instead.",
        "content/en/active-elements.md:10: <math> is not allowed in a release: formulas are not supported: write them as text.",
        "content/en/active-elements.md:12: <template> is not allowed in a release: its content is never shown: remove it.",
        "content/en/active-elements.md:14: <bdo> is not allowed in a release: it reverses the order of letters on screen: remove it.",
        "content/en/character-references.md:8: the character reference &#x202E; stands for an invisible character that changes the direction of text (U+202E): delete it (retype the words around it if your editor does not show it).",
        "content/en/character-references.md:8: the character reference &#0; stands for a replacement character (�): it marks text damaged when it was copied or converted, so retype the word from the original.",
        "content/en/code-in-mdx.mdx:8: data={…} runs code when the site is built and is not allowed in a release: write the value in quotes, data="…".",
        "content/en/code-in-mdx.mdx:8: <Chart> is not one of the site's components: a release may use Figure, Video, PullQuote, FactBox, MediaContact, and nothing else. The guide shows each with an example.",
        "content/en/code-in-mdx.mdx:10: <script> is not allowed in a release: a release cannot run scripts: remove it.",
        "content/en/code-in-mdx.mdx:12: the HTML attribute onClick= runs code and is not allowed: remove it.",
        "content/en/code-in-mdx.mdx:12: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/hiding-attributes.md:8: the HTML attribute style= is not allowed: styles come from the site, and a style can hide or cover text. Remove it.",
        "content/en/hiding-attributes.md:8: the HTML attribute class= is not allowed: the site's own styles and links use these names. Remove it.",
        "content/en/hiding-attributes.md:8: the HTML attribute hidden= hides the text from readers: remove it, or remove the text.",
        "content/en/hiding-attributes.md:8: the HTML attribute data-pagefind-ignore= is not allowed: such attributes can change how search reads the page. Remove it.",
        "content/en/hiding-attributes.md:8: the HTML attribute aria-hidden= is not allowed: the site sets accessibility attributes itself. Remove it.",
        "content/en/hiding-attributes.md:8: dir="rtl" changes the order words and numbers are shown in: remove it (dir="auto" lets a quotation in another script keep its own direction).",
        "content/en/named-entities.md:8: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/named-entities.md:10: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/named-entities.md:12: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/named-entities.md:14: a vbscript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/other-sites.md:8: the address //evil.example/ starts with two slashes, which browsers read as another site: write the whole address, https://…, or a page of this site with one slash, /en/….",
        "content/en/other-sites.md:10: the address /\\evil.example/ starts with two slashes, which browsers read as another site: write the whole address, https://…, or a page of this site with one slash, /en/….",
        "content/en/other-sites.md:12: the link page.html is read from the page's address, not from the release file: write the whole address, starting with / for this site (such as /en/news/my-release/) or https:// for others.",
        "content/en/other-sites.md:14: the address file:///etc/passwd uses file:, which browsers do not open as a page: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
      ]
    `);
  });

  it('refuses quotations, lists and HTML nested past what a release needs', async () => {
    expect(await checkFixture('deep-nesting')).toMatchInlineSnapshot(`
      [
        "content/en/deep-html.md:8: HTML is nested more than 32 levels deep here: browsers show very deep HTML differently, and no release needs it. Simplify it.",
        "content/en/deep-lists.md:8: quotations or lists are nested more than 32 levels deep here: no release needs that many, and reading them takes the site a long time. Simplify it.",
        "content/en/deep-quotes.md:8: quotations or lists are nested more than 32 levels deep here: no release needs that many, and reading them takes the site a long time. Simplify it.",
      ]
    `);
  });

  it('refuses images the page would not show: remote, empty, not an image, cut short, in raw HTML, badly named or used by no release', async () => {
    expect(await checkFixture('images')).toMatchInlineSnapshot(`
      [
        "content/en/image-by-reference.md:10: an image written by reference (![…][chart]) is left as it is by the site, which neither resizes it nor finds its file: write the image directly, ![Description](../images/name.jpg).",
        "content/en/images-the-page-would-not-show.md:7 (photos.0.file): the image https://www.example.org/photo.jpg is on another site, and the site's security policy stops pages from showing images from elsewhere: save it in content/images/ and write ![Description](../images/name.jpg).",
        "content/en/images-the-page-would-not-show.md:21: the image https://www.example.org/chart.png is on another site, and the site's security policy stops pages from showing images from elsewhere: save it in content/images/ and write ![Description](../images/name.jpg).",
        "content/en/images-the-page-would-not-show.md:23: the image ../images/used-photo.png?width=200 has a "?", "#" or "%" in it: write the plain path of the file, e.g. ../images/photo.jpg.",
        "content/en/images-the-page-would-not-show.md:25: an <img> tag reads ../images/used-photo.png from the page's address, not from the release file, so the page would not find it: write the image in Markdown, ![Description](../images/name.jpg), so the site can also resize it.",
        "content/images/cut-short.png: this image is damaged or cut short (part of it cannot be read): save the photo again from its original.",
        "content/images/empty.png: this image file is empty: save the photo again from its original.",
        "content/images/not-an-image.jpg: this file is not an image the site can read (whatever its name says, its content is not a JPEG, PNG, WebP, AVIF or GIF image): export it again as .jpg or .png from an image editor.",
        "content/images/Photo 2024.PNG: images sit directly in content/images/ and are named like releases (lowercase letters a-z, digits and single hyphens, no spaces or accents): move or rename it to content/images/photo-2024.png.",
        "content/images/unused-photo.png: no release uses this image, so the site would not publish it: show it in a release (under photos:, or as ![Description](../images/unused-photo.png) in the text), or delete it.",
      ]
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFixture } from './support/check-fixture.ts';

const check = (folder: 'rejected' | 'inert') => checkFixture(folder, 'tests/fixtures/hostile');

describe('hostile releases', () => {
  it('are refused by the content check when they could run code or deceive, each with its file and line or field', async () => {
    expect(await check('rejected')).toMatchInlineSnapshot(`
      [
        "content/en/direction-override.md:2: an invisible character that changes the direction of text (U+202E) is in column 19: delete it (retype the words around it if your editor does not show it).",
        "content/en/obfuscated-javascript-link.md:8: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/obfuscated-javascript-link.md:10: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/fr/adresses-dangereuses.md:8 (related.0.url): a data: address hides a file inside the text and is not allowed: save the image in content/images/ and point to it, e.g. ![Description](../images/photo.jpg).",
        "content/fr/adresses-dangereuses.md:10 (related.1.url): a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/fr/adresses-dangereuses.md:13: a data: address hides a file inside the text and is not allowed: save the image in content/images/ and point to it, e.g. ![Description](../images/photo.jpg).",
        "content/fr/balises-actives.md:8: <svg> is not allowed in a release: drawings in the text can run code: save the image as a file in content/images/ and write ![Description](../images/name.png).",
        "content/fr/balises-actives.md:10: the HTML attribute ontoggle= runs code and is not allowed: remove it.",
        "content/fr/balises-actives.md:12: <meta> is not allowed in a release: it changes the page around the release: remove it.",
        "content/fr/balises-actives.md:14: <base> is not allowed in a release: it changes the page around the release: remove it.",
      ]
    `);
  });

  it('that are only odd (markup as text, braces, very long words) pass the check and are published as text', async () => {
    expect(await check('inert')).toEqual([]);
  });
});

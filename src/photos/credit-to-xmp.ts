/** Text as XML character data: a credit is editor's text, and `<` or `&` in it must stay text. */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An XMP packet holding only the photo's credit as its rights statement (`dc:rights`), in UTF-8:
 * EXIF's Copyright field is ASCII, so « », ’ and accents survive only here.
 */
export function creditToXmp(credit: string): string {
  return [
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(credit)}</rdf:li></rdf:Alt></dc:rights>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
  ].join('');
}

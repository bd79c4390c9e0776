/** What an address in a link or an image leads to, read the way a browser reads it. */
export type AddressKind =
  | { kind: 'site'; path: string }
  | { kind: 'relative'; path: string }
  | { kind: 'fragment' }
  | { kind: 'web' }
  | { kind: 'email-or-phone' }
  | { kind: 'protocol-relative' }
  | { kind: 'runs-code'; scheme: string }
  | { kind: 'data' }
  | { kind: 'other-scheme'; scheme: string };

/**
 * Reads an address as the WHATWG URL parser does before it looks at the scheme: leading and
 * trailing spaces and control characters are dropped, tabs and line breaks anywhere are removed,
 * and a backslash counts as a slash. So `jav&#9;ascript:` (once entities are decoded), ` javascript:`
 * and `JaVaScRiPt:` are all seen as the javascript: scheme they run as.
 */
export function addressKind(address: string): AddressKind {
  // eslint-disable-next-line no-control-regex -- control characters are what browsers drop
  const url = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (/^[/\\][/\\]/.test(url)) return { kind: 'protocol-relative' };
    if (url.startsWith('/')) return { kind: 'site', path: url };
    if (url.startsWith('#')) return { kind: 'fragment' };
    return { kind: 'relative', path: url };
  }
  if (scheme === 'http' || scheme === 'https') return { kind: 'web' };
  if (scheme === 'mailto' || scheme === 'tel') return { kind: 'email-or-phone' };
  if (scheme === 'javascript' || scheme === 'vbscript') return { kind: 'runs-code', scheme };
  if (scheme === 'data') return { kind: 'data' };
  return { kind: 'other-scheme', scheme };
}

/** Why an address may not be written at all, whatever it points to; undefined for addresses that are safe to check further. */
export function unsafeAddressFix(kind: AddressKind, address: string): string | undefined {
  switch (kind.kind) {
    case 'runs-code':
      return `a ${kind.scheme}: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).`;
    case 'data':
      return 'a data: address hides a file inside the text and is not allowed: save the image in content/images/ and point to it, e.g. ![Description](../images/photo.jpg).';
    case 'other-scheme':
      return `the address ${address} uses ${kind.scheme}:, which browsers do not open as a page: link to a web address (https://…) or a page of this site (/en/…, /fr/…).`;
    case 'protocol-relative':
      return `the address ${address} starts with two slashes, which browsers read as another site: write the whole address, https://…, or a page of this site with one slash, /en/….`;
    default:
      return undefined;
  }
}

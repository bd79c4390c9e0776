import { BlockList, isIP } from 'node:net';
import { siteUrl } from '../site-settings.mjs';

/** Addresses that only lead somewhere on the editor's own computer or office network, never for readers. */
const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv6');

/** Names that never resolve on the public internet (RFC 6761, 6762, 8375 and ICANN's .internal). */
const privateSuffixes = ['localhost', 'local', 'internal', 'lan', 'home.arpa', 'localdomain', 'intranet', 'corp'];

/** The host of this site, without `www.`: a link written with the site's full address is a link to one of its pages. */
const ownHost = new URL(siteUrl).hostname.replace(/^www\./, '');

/** What a web address (`http:`, `https:`) leads to, read by the WHATWG URL parser browsers use. */
export type WebAddress = { kind: 'this-site'; path: string } | { kind: 'private'; host: string } | { kind: 'elsewhere' };

/**
 * Reads a web address as a browser does: the parser lowers the host's case, drops a trailing dot
 * and reads `0x7f.1` or `2130706433` as the IPv4 address 127.0.0.1, so every spelling of an
 * address is judged as the address it is.
 */
export function webAddressKind(address: string): WebAddress {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { kind: 'elsewhere' };
  }
  const host = url.hostname.replace(/\.$/, '');
  if (host.replace(/^www\./, '') === ownHost) return { kind: 'this-site', path: `${url.pathname}${url.search}${url.hash}` };
  const bare = host.replace(/^\[|\]$/g, '');
  const version = isIP(bare);
  if (version !== 0) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
    const blocked = mapped ? privateRanges.check(mapped, 'ipv4') : privateRanges.check(bare, version === 4 ? 'ipv4' : 'ipv6');
    return blocked ? { kind: 'private', host } : { kind: 'elsewhere' };
  }
  // A name with no dot (http://intranet/) is a machine on a local network, as are the reserved suffixes.
  if (!host.includes('.') || privateSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)))
    return { kind: 'private', host };
  return { kind: 'elsewhere' };
}

/** The message for a link to a development or office-network address. */
export function privateAddressFix(address: string, host: string): string {
  return `the link ${address} leads to ${host}, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).`;
}

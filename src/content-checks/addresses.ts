import { posix } from 'node:path';
import { idToLocale, isLocale, locales, localeToRecord } from '../i18n/locales.ts';
import { hrefToSitePath, releasePath } from '../i18n/paths.ts';
import { imagesFolder } from '../content-reader/file-names.ts';
import { addressKind, unsafeAddressFix } from './link-address.ts';
import { privateAddressFix, webAddressKind } from './web-address.ts';

/** What a link inside the site may point to. */
export interface LinkTargets {
  /** Every page and file of the built site, as paths: `/en/`, `/fr/actualites/x/`, `/favicon.svg`. */
  sitePaths: ReadonlySet<string>;
  /** The files in `public/`, served as they are: the only site paths an image may have. */
  publicPaths: ReadonlySet<string>;
  /** Every file under the content folder, relative to it: `images/visit.jpg`. */
  contentFiles: ReadonlySet<string>;
}

/** One address written in a release: a link, an image, or a photo's file. */
export interface Address {
  url: string;
  /** Its line, or how to find it: a frontmatter field's line is looked up only for a message. */
  line: number | undefined | (() => number | undefined);
  field?: string;
  /** `markdown`: ![…](…), which the build resizes; `html`: <img src>, which it leaves alone; `photo`: a photo's file. */
  image?: 'markdown' | 'html' | 'photo';
  /** Written in raw HTML, where the browser reads a relative address from the page's own address. */
  fromHtml?: boolean;
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Why a path of this site leads nowhere, with the fix; undefined when it leads somewhere. */
function sitePathProblem(url: string, path: string, targets: LinkTargets): string | undefined {
  const decoded = decodePath(path.replace(/[?#].*$/, ''));
  if (targets.sitePaths.has(decoded)) return undefined;
  if (!decoded.endsWith('/') && targets.sitePaths.has(`${decoded}/`)) {
    return `the link ${url} must end with a slash: write ${decoded}/ (page addresses on this site end with /).`;
  }
  const release = /^\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(decoded);
  const [, locale, segment, slug] = release ?? [];
  if (isLocale(locale) && slug && segment) {
    const expected = localeToRecord(locale).segments.releases;
    if (segment !== expected) {
      const other = locales.some((candidate) => localeToRecord(candidate).segments.releases === segment);
      if (other)
        return `the link ${url} points nowhere: releases in ${localeToRecord(locale).englishName} live under /${locale}/${expected}/, so write ${hrefToSitePath(releasePath(locale, slug))}.`;
    } else {
      return `the link ${url} points nowhere: there is no release content/${locale}/${slug}.md. Check the slug (the file name without .md) and the language.`;
    }
  }
  return `the link ${url} points to no page of this site: copy the page's address from the site itself (it ends with /), or link to a full https:// address.`;
}

/** Why an image leads to no picture the page will show; undefined when it does. */
function imageProblem(address: Address, releasePath: string, targets: LinkTargets): string | undefined {
  const { url } = address;
  const kind = addressKind(url);
  switch (kind.kind) {
    case 'web':
      return `the image ${url} is on another site, and the site's security policy stops pages from showing images from elsewhere: save it in content/${imagesFolder}/ and write ![Description](../${imagesFolder}/name.jpg).`;
    case 'site':
      if (address.image !== 'photo' && targets.publicPaths.has(decodePath(kind.path))) return undefined;
      return `the image ${url} is no file the page can show: put the image in content/${imagesFolder}/ and write the path from the release file, e.g. ../${imagesFolder}/photo.jpg.`;
    case 'relative': {
      if (address.image === 'html')
        return `an <img> tag reads ${url} from the page's address, not from the release file, so the page would not find it: write the image in Markdown, ![Description](../${imagesFolder}/name.jpg), so the site can also resize it.`;
      if (/[?#%]/.test(kind.path))
        return `the image ${url} has a "?", "#" or "%" in it: write the plain path of the file, e.g. ../${imagesFolder}/photo.jpg.`;
      const target = posix.normalize(posix.join(posix.dirname(releasePath), kind.path));
      if (target.startsWith(`${imagesFolder}/`) && targets.contentFiles.has(target)) return undefined;
      return `the image ${url} points to no file: there is no content/${target}. Put the image in content/${imagesFolder}/ and write the path from the release file, e.g. ../${imagesFolder}/photo.jpg.`;
    }
    default:
      return `the image ${url} is not the path of an image file: put the image in content/${imagesFolder}/ and write ../${imagesFolder}/name.jpg.`;
  }
}

/** Why a link relative to the release file leads nowhere. */
function relativeLinkProblem(url: string, path: string, releaseFilePath: string, targets: LinkTargets): string {
  const target = posix.normalize(posix.join(posix.dirname(releaseFilePath), decodePath(path.replace(/[?#].*$/, ''))));
  const releaseFile = /^([^/]+)\/([^/]+)\.mdx?$/.exec(target);
  const [, locale, slug] = releaseFile ?? [];
  if (isLocale(locale) && slug && targets.contentFiles.has(target)) {
    return `the link ${url} points to a file, not a page: write the release's address instead, ${releasePath(locale, slug)}.`;
  }
  return `the link ${url} points nowhere: links to this site start with / (such as ${releasePath(idToLocale(releaseFilePath), 'my-release')}) and links elsewhere with https://.`;
}

/**
 * Why an address written in a release is unsafe or leads nowhere, in one message: a link that
 * would run code says so, rather than that it points nowhere. Undefined when it is fine.
 * `releaseFilePath` is the release's path in the content folder (`en/x.md`).
 */
export function addressProblem(address: Address, releaseFilePath: string, targets: LinkTargets): string | undefined {
  const kind = addressKind(address.url);
  const unsafe = unsafeAddressFix(kind, address.url);
  if (unsafe) return unsafe;
  if (address.image) return imageProblem(address, releaseFilePath, targets);
  switch (kind.kind) {
    case 'site':
      return sitePathProblem(address.url, kind.path, targets);
    case 'web': {
      // The site's own address, however spelt, leads to one of its pages: checked as that path is.
      const web = webAddressKind(address.url);
      if (web.kind === 'private') return privateAddressFix(address.url, web.host);
      return web.kind === 'this-site' ? sitePathProblem(address.url, web.path, targets) : undefined;
    }
    case 'relative':
      if (kind.path === '') return undefined;
      if (address.fromHtml)
        return `the link ${address.url} is read from the page's address, not from the release file: write the whole address, starting with / for this site (such as ${releasePath(idToLocale(releaseFilePath), 'my-release')}) or https:// for others.`;
      return relativeLinkProblem(address.url, kind.path, releaseFilePath, targets);
    default:
      return undefined;
  }
}

/**
 * Pagefind's index files are gzip files that `pagefind.js` unpacks in JavaScript, on the page's
 * thread; the browser's DecompressionStream does it natively, and Pagefind uses bytes that arrive
 * unpacked as they are (they start with its own signature).
 */

/** Pagefind's packed files: metadata, index chunks, fragments, filters and its WebAssembly. */
const packedSearchFile = /\/pagefind\/.+\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)(\?|$)/;

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

function isGzip(bytes: ArrayBuffer): boolean {
  const [first, second] = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  return first === 0x1f && second === 0x8b;
}

/**
 * `fetch`, but a search file comes back unpacked. Anything else, a failed response, or bytes a
 * host already unpacked (served with `Content-Encoding: gzip`) pass through untouched; so do bytes
 * the browser cannot unpack, for Pagefind to report.
 */
export function unpackingFetch(fetchFirst: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetchFirst(input, init);
    if (!response.ok || !packedSearchFile.test(requestUrl(input))) return response;
    const bytes = await response.arrayBuffer();
    const headers = new Headers(response.headers);
    let body = bytes;
    if (isGzip(bytes)) {
      try {
        body = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
        headers.delete('content-length');
      } catch {
        // Left packed: Pagefind unpacks it itself, or says what is wrong with it.
      }
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

let installed = false;

/** Makes the page's `fetch`, which `pagefind.js` calls, unpack search files natively, where the browser can. */
export function unpackSearchFilesNatively(): void {
  if (installed || typeof DecompressionStream === 'undefined') return;
  window.fetch = unpackingFetch(window.fetch.bind(window));
  installed = true;
}

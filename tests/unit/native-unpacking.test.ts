import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unpackingFetch } from '../../src/search/browser/native-unpacking.ts';

// A Pagefind file is gzip around its signature and its data.
const unpacked = new TextEncoder().encode('pagefind_dcd{"pages":12}');
const packed = new Uint8Array(gzipSync(unpacked));

/** A `fetch` that answers every request with `body` and `status`, and records what was asked. */
function serving(body: Uint8Array<ArrayBuffer>, status = 200) {
  const asked: string[] = [];
  const fetchFirst = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Response(body, { status, headers: { 'content-type': 'application/octet-stream' } });
  }) as typeof fetch;
  return { fetch: unpackingFetch(fetchFirst), asked };
}

async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

describe('search files unpacked by the browser', () => {
  it('unpacks each kind of packed Pagefind file, keeping status and headers', async () => {
    const { fetch, asked } = serving(packed);
    for (const path of [
      'pagefind.en_386b4727da.pf_meta',
      'index/en_a3a76e7.pf_index',
      'fragment/en_83643d1.pf_fragment',
      'filter/en_1.pf_filter',
      'wasm.en.pagefind',
    ]) {
      const response = await fetch(`/pagefind/en/${path}`);
      expect(await bytesOf(response)).toEqual(unpacked);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
    }
    expect(asked).toHaveLength(5);
  });

  it('passes bytes a host already unpacked through as they are', async () => {
    expect(await bytesOf(await serving(unpacked).fetch('/pagefind/fr/pagefind.fr_c9a4dcc627.pf_meta'))).toEqual(unpacked);
  });

  it('leaves other files, and failed responses, alone', async () => {
    expect(await bytesOf(await serving(packed).fetch('/pagefind/en/pagefind-entry.json?ts=1'))).toEqual(packed);
    expect(await bytesOf(await serving(packed).fetch('/en/news/some-release/'))).toEqual(packed);
    const missing = await serving(packed, 404).fetch('/pagefind/en/index/en_gone.pf_index');
    expect(missing.status).toBe(404);
    expect(await bytesOf(missing)).toEqual(packed);
  });

  it('hands bytes that only look packed to Pagefind unchanged, for it to report', async () => {
    const broken = new Uint8Array([0x1f, 0x8b, 1, 2, 3]);
    expect(await bytesOf(await serving(broken).fetch('/pagefind/en/index/en_a3a76e7.pf_index'))).toEqual(broken);
  });
});

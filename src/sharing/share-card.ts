import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareCardColours, type ShareCardText } from './share-card-svg.ts';

export type { ShareCardText } from './share-card-svg.ts';

/**
 * Drawn cards are kept here between builds, outside dist/, named by a hash of what they show and of
 * how they are drawn: an unchanged release is never redrawn, and a changed one always is.
 */
const cacheFolder = join('node_modules', '.cache', 'newsroom-share-cards');
/** Raise when the drawing (share-card-svg.ts, share-card-draw.ts, indexed-png.ts) changes, so cached cards drawn the old way are not reused. */
const drawingVersion = '4';

/**
 * The worker runs from its source, by Node's type stripping: this module is bundled into the build's
 * pages, where `import.meta.url` names the bundle, so the file is found from the project's root,
 * the folder every build and script of this project runs in.
 */
const workerFile = join(process.cwd(), 'src', 'sharing', 'share-card-worker.ts');

interface DrawingThread {
  worker: Worker;
  waiting: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
}
let threads: DrawingThread[] | undefined;
let nextId = 0;

/** One drawing thread a core (Astro asks for four cards at once at most), started with the first card. */
function startThreads(): DrawingThread[] {
  return Array.from({ length: Math.min(4, availableParallelism()) }, () => {
    const thread: DrawingThread = { worker: new Worker(workerFile), waiting: new Map() };
    thread.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const waiting = thread.waiting.get(id);
      if (!waiting) throw new Error(`A share-card thread answered card ${id}, which nobody asked for.`);
      thread.waiting.delete(id);
      // An idle thread must not keep the build's process alive once its pages are written.
      if (thread.waiting.size === 0) thread.worker.unref();
      if (png) waiting.resolve(Buffer.from(png.buffer, png.byteOffset, png.length));
      else waiting.reject(new Error(`A share card could not be drawn: ${error}`));
    });
    const fail = (error: Error) => {
      threads = undefined;
      for (const { reject } of thread.waiting.values()) reject(error);
      thread.waiting.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`A share-card thread stopped (exit code ${code}).`)));
    thread.worker.unref();
    return thread;
  });
}

/** The card drawn by the least busy drawing thread. */
function drawInThread(card: ShareCardText): Promise<Buffer> {
  threads ??= startThreads();
  const thread = threads.reduce((least, candidate) => (candidate.waiting.size < least.waiting.size ? candidate : least));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    thread.waiting.set(id, { resolve, reject });
    thread.worker.ref();
    thread.worker.postMessage({ id, card });
  });
}

/** The card as PNG, from the cache when a card with the same text was drawn before. */
export async function shareCardToPng(card: ShareCardText): Promise<Buffer> {
  // zlib's version is in the key: another zlib may compress the same pixels to other bytes.
  const key = createHash('sha256')
    .update(JSON.stringify([drawingVersion, process.versions.zlib, shareCardColours, card]))
    .digest('hex');
  const cached = join(cacheFolder, `${key}.png`);
  const kept = await readFile(cached).catch(() => undefined);
  if (kept) return kept;
  const png = await drawInThread(card);
  await mkdir(cacheFolder, { recursive: true });
  // Written aside, then renamed into place: another build drawing at the same time (`npm start`
  // beside `npm test`) reads a whole card or none, never half of one.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}

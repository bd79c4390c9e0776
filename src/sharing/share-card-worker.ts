// A thread that draws share cards for src/sharing/share-card.ts: a card's 3 MB of pixels live in this
// thread's small heap, where collecting them is cheap, not in the build's, where each collection
// walks a gigabyte of pages and data.
import { parentPort } from 'node:worker_threads';
import { shareCardToFreshPng } from './share-card-draw.ts';
import type { ShareCardText } from './share-card-svg.ts';

if (!parentPort) throw new Error('share-card-worker.ts runs as a worker thread (src/sharing/share-card.ts starts it).');
const port = parentPort;

port.on('message', async ({ id, card }: { id: number; card: ShareCardText }) => {
  try {
    // Copied into a buffer of its own, so that it can be handed over rather than copied again.
    const png = new Uint8Array(await shareCardToFreshPng(card));
    port.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

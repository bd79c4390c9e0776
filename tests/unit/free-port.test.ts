import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// Stands in for a reader's `npm start` holding a port (4321, when free here; any port otherwise).
let held: Server;
let heldPort: number;
beforeAll(async () => {
  held = await listen(4321).catch(() => listen(0));
  heldPort = (held.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => held.close(() => resolve())));

it('hands the browser tests a port no process holds, never one in use, that they can then listen on', async () => {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freePort();
    expect(port).not.toBe(heldPort);
    const server = await listen(port);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

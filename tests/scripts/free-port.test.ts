import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../../scripts/free-port';

const servers: Server[] = [];

function listen(port: number): Promise<Server> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      servers.push(server);
      done(server);
    });
  });
}

const portOf = (server: Server) => (server.address() as { port: number }).port;

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

describe('findFreePort', () => {
  it('gives a port that a server can then listen on', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(portOf(await listen(port))).toBe(port);
  });

  it('never gives the port npm start serves on, nor any other port in use', async () => {
    // 4173 is held here, or already held by an app being served: either way it is in use.
    await listen(4173).catch((error: NodeJS.ErrnoException) => expect(error.code).toBe('EADDRINUSE'));
    const held = new Set([4173, ...(await Promise.all(Array.from({ length: 10 }, () => listen(0)))).map(portOf)]);
    for (let i = 0; i < 10; i++) {
      const port = await findFreePort();
      expect(held.has(port)).toBe(false);
      held.add(portOf(await listen(port)));
    }
  });
});

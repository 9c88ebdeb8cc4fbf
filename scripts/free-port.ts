import { createServer } from 'node:net';

/**
 * A TCP port nothing is listening on now, as the system hands it out. Used so
 * that the browser tests and the bench never clash with an app already being
 * served (`npm start` holds 4173) or with each other.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('The system gave no port'))));
    });
  });
}

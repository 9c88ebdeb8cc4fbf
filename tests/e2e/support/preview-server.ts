import { preview, type PreviewServer } from 'vite';

/**
 * A server of our own for tests that must take it away (offline) or swap the
 * build behind it; the shared webServer keeps serving the other tests.
 */
export async function startPreviewServer(outDir = 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir: `../${outDir}` },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}

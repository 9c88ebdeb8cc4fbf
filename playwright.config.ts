import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';
import { findFreePort } from './scripts/free-port';

// The app is served on a free port, so that the tests run beside `npm start`
// (which holds 4173) or another suite; set E2E_PORT to choose one. This file
// is read again in every worker: the port is chosen once, in the main
// process, and reaches the workers through the environment they inherit.
process.env.E2E_PORT ??= String(await findFreePort());
const PORT = Number(process.env.E2E_PORT);

/** Browser tests run against the production build (npm run test:e2e builds first), as users get it. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // A guard against a hung test, not a speed check: a slow machine must not fail a test that works.
  timeout: 180_000,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: 'src',
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  publicDir: '../public',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    modulePreload: false,
  },
  preview: { port: 4173 },
  plugins: [
    react(),
    prerenderPlugin(),
    VitePWA({
      // 'prompt', never 'autoUpdate': an automatic reload could lose a form in progress.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Reflect – school self-evaluation',
        short_name: 'Reflect',
        description:
          'Self-evaluate your school against an attendance or positive-relationships toolkit, see the results as a radar chart and print a development plan.',
        lang: 'en-GB',
        dir: 'ltr',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d3f5e',
        background_color: '#ffffff',
        categories: ['education', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Shown by the browser's install dialog. Made from the real app by scripts/render-screenshots.ts.
        screenshots: [
          {
            src: '/screenshots/results-wide.png',
            sizes: '1280x720',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Results of a self-evaluation: a radar chart and a table of domain scores',
          },
          {
            src: '/screenshots/domain-narrow.png',
            sizes: '412x915',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Rating a school against the indicators of one domain, with evidence notes',
          },
        ],
      },
      workbox: {
        // Everything the app can load, including the lazily loaded PDF code and the toolkits, works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2,ttf}'],
        // The install dialog's screenshots are never shown inside the app.
        globIgnores: ['screenshots/**'],
        // Above this size the build stops (the default, 2 MiB, would stop it once
        // the PDF code embeds a font, and offline export needs that code).
        // tests/e2e/pwa-offline.spec.ts also fails if any built file is not cached.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Any client-side route (a deep link, a reload) gets the app shell, offline too.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // Take control of the page that installed the worker, so that screens
        // loaded on demand come from the cache even if the network drops
        // before the first reload. (A new version still waits for the prompt.)
        clientsClaim: true,
      },
    }),
  ],
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});

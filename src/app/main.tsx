import './zod-settings';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadPageAt } from './app';
import './styles.scss';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

function draw(): void {
  createRoot(root!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Registering the service worker waits until after the first draw: nothing on screen needs it.
  void import('./service-worker').then(({ startServiceWorker }) => startServiceWorker());
}

// The build drew this page into the HTML (prerender.tsx). Its code comes first, so that
// the live page replaces the drawn one in a single step, never passing through "Loading…".
if (root.hasChildNodes()) void loadPageAt(window.location.pathname).catch(() => undefined).then(draw);
else draw();

import './zod-settings';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, loadPageAt } from './app';
import './styles.scss';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// Registering the service worker waits until after the first draw: nothing on screen needs it.
const startServiceWorker = () => void import('./service-worker').then((worker) => worker.startServiceWorker());

// The build drew this page into the HTML (prerender.tsx). With its code here first, the app's
// first draw is that same page, so it takes the drawn one over as it stands (no second paint).
if (root.hasChildNodes()) {
  void loadPageAt(window.location.pathname)
    .catch(() => undefined)
    .then(() => hydrateRoot(root, app))
    .then(startServiceWorker);
} else {
  createRoot(root).render(app);
  startServiceWorker();
}

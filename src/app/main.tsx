import './zod-settings';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.scss';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// After the load event, so that neither the service worker's code nor its precaching competes with
// the first paint (module scripts run before the load event, so it is never missed).
window.addEventListener('load', () => void import('./service-worker').then((module) => module.startServiceWorker()));

import { expect, test } from '@playwright/test';
import { startAudit } from './support/audit-flow';
import { collapseWhitespace, pdfText } from './support/pdf-text';
import { rateWholeAudit } from './support/audit-flow';
import { waitForOfflineReady } from './support/service-worker';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');

/** The origin a request goes to; data: URLs never leave the browser, blob: URLs belong to the page that made them. */
function originOf(url: string): string {
  if (url.startsWith('data:')) return 'data:';
  return new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url).origin;
}

test('a whole audit, from start to PDF, asks nothing of any other origin and breaks no security policy', async ({ page, context, baseURL }) => {
  const requests: string[] = [];
  // The context sees the service worker's own fetches (precaching) as well as the page's.
  context.on('request', (request) => requests.push(request.url()));
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });

  await startAudit(page, { toolkitTitle: toolkit.title, school: 'St Anne’s C of E Primary', title: 'Autumn 2026 review' });
  await rateWholeAudit(page, toolkit);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download development plan (PDF)' }).click(),
  ]);
  const file = test.info().outputPath('plan.pdf');
  await download.saveAs(file);
  expect(collapseWhitespace(pdfText(file))).toContain('St Anne’s C of E Primary');
  await waitForOfflineReady(page);

  // The flow really ran through the network layer we are watching.
  expect(requests.length).toBeGreaterThan(10);
  const appOrigin = new URL(baseURL ?? '').origin;
  expect([...new Set(requests.map(originOf))].filter((origin) => origin !== appOrigin && origin !== 'data:')).toEqual([]);
  expect(problems).toEqual([]);

  // The policy is in force: no eval, no scripts or connections elsewhere.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  // And the browser enforces it (the test's own evaluate() is exempt from eval rules, so try a foreign image).
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        document.addEventListener('securitypolicyviolation', (event) => done(event.violatedDirective), { once: true });
        new Image().src = 'https://example.org/tracker.png';
      }),
  );
  expect(blocked).toBe('img-src');
});

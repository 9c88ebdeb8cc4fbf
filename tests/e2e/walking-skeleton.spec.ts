import { expect, test } from '@playwright/test';
import { buildChartModel } from '../../src/core/chart-model';
import { collapseWhitespace, pdfText } from './support/pdf-text';
import { expectRadarAxes } from './support/results-flow';
import { startPreviewServer } from './support/preview-server';
import { readToolkit } from './support/toolkits';
import { goToNextSection, indicatorGroup, levelFor, startAudit } from './support/audit-flow';

const toolkit = readToolkit('attendance');
const school = 'Northfield Primary School';

test('start an audit, rate it, reload, see the radar, download the plan, then use it offline', async ({ browser }) => {
  // Our own server, so that we can take it away and prove the app runs without it.
  const server = await startPreviewServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await startAudit(page, { toolkitTitle: toolkit.title, school, title: 'Autumn 2026 review' });

    for (const [d, domain] of toolkit.domains.entries()) {
      await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
      for (const [i, indicator] of domain.indicators.entries()) {
        await indicatorGroup(page, indicator.statement).getByRole('radio', { name: levelFor(toolkit, d, i).label }).check();
      }
      await expect(page.getByRole('status')).toHaveText('All changes saved.');
      await goToNextSection(page, toolkit, d);
    }

    // Every rating survives a reload.
    await page.reload();
    await page.goto(new URL(page.url()).pathname.replace(/results$/, ''));
    for (const [d, domain] of toolkit.domains.entries()) {
      await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
      for (const [i, indicator] of domain.indicators.entries()) {
        await expect(indicatorGroup(page, indicator.statement).getByRole('radio', { name: levelFor(toolkit, d, i).label })).toBeChecked();
      }
      await goToNextSection(page, toolkit, d);
    }

    // The radar has one axis per domain, labelled with the domain's short title.
    await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
    const radar = page.getByRole('figure', { name: /Radar chart of section scores/ });
    await expect(radar).toBeVisible();
    const ratings = Object.fromEntries(
      toolkit.domains.flatMap((domain, d) => domain.indicators.map((indicator, i) => [indicator.id, { rating: levelFor(toolkit, d, i).value, note: '' }])),
    );
    await expectRadarAxes(radar, buildChartModel(toolkit, ratings), 1);
    const table = page.getByRole('table', { name: 'Scores by section' });
    await expect(table.getByRole('row')).toHaveCount(toolkit.domains.length + 1);

    // The PDF names the school and lists every domain.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download development plan (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^northfield-primary-school-attendance-development-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = test.info().outputPath('plan.pdf');
    await download.saveAs(file);
    const text = collapseWhitespace(pdfText(file));
    expect(text).toContain(school);
    for (const domain of toolkit.domains) expect(text).toContain(domain.title);

    // After the first visit the app runs with no server and no network.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await server.close();
    await context.setOffline(true);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Your self-evaluations' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Autumn 2026 review', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: toolkit.domains[0]!.title })).toBeVisible();
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
});

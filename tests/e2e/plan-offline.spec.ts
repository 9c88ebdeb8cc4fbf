import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { startAudit } from './support/audit-flow';
import { readPdf } from './support/pdf-reader';
import { fillAction } from './support/plan-flow';
import { startPreviewServer } from './support/preview-server';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const sliceRanges = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/unicode.json'), 'utf8')) as Record<string, string>;

/** Which Noto Sans SC slice (font file) holds a character. */
function sliceOf(char: string): string | undefined {
  const point = char.codePointAt(0)!;
  return Object.keys(sliceRanges).find((key) =>
    key.startsWith('[') &&
    sliceRanges[key]!.split(',').some((part) => {
      const [start, end = start] = part.trim().replace('U+', '').split('-');
      return point >= parseInt(start!, 16) && point <= parseInt(end!, 16);
    }),
  );
}

test('the PDF and the Word document are made offline: fonts are precached, and Chinese names used online are kept', async ({ browser }) => {
  const server = await startPreviewServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await startAudit(page, { toolkitTitle: toolkit.title, school: 'Northfield Primary School', title: 'Autumn 2026 review' });
    const auditId = new URL(page.url()).pathname.split('/')[2]!;
    await page.goto(`/audits/${auditId}/plan`);
    await page.getByRole('button', { name: 'Add an action' }).click();
    await fillAction(page, 1, { Action: 'Action 1: Publish the attendance champion’s name.', Lead: '王小明 and Łucja Wójcik', 'Success measure': 'Named on the website – by £0' });

    // Online, the plan page keeps the font slices its Chinese names need, for later.
    const wanted = [...new Set([...'王小明'].map(sliceOf))];
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('reflect-pdf-fonts-1')).keys()).map((request) => request.url)), { timeout: 15_000 })
      .toHaveLength(wanted.length);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
    const file = test.info().outputPath('offline.pdf');
    await download.saveAs(file);
    const pdf = readPdf(file);
    for (const text of ['Northfield Primary School', 'Action 1: Publish the attendance champion’s name.', '王小明 and Łucja Wójcik', 'Named on the website – by £0']) {
      expect(pdf.contains(text), text).toBe(true);
    }
    expect(pdf.contains('could not be shown')).toBe(false);

    // The Word document too: its code is precached as the PDF's is.
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (Word)' }).click()]);
    const wordFile = test.info().outputPath('offline.docx');
    await word.saveAs(wordFile);
    const document = strFromU8(unzipSync(readFileSync(wordFile))['word/document.xml']!);
    for (const text of ['Northfield Primary School', 'Action 1: Publish the attendance champion’s name.', '王小明 and Łucja Wójcik', 'Named on the website – by £0']) {
      expect(document, text).toContain(text);
    }

    // A Chinese name first typed offline: its slice cannot be fetched, and the PDF and the page say so.
    const unseen = [...'陳張黃李'].find((char) => !wanted.includes(sliceOf(char)))!;
    await page.getByRole('button', { name: 'Edit action 1' }).click();
    await fillAction(page, 1, { Lead: `${unseen}先生` });
    const [second] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
    await second.saveAs(test.info().outputPath('offline-missing.pdf'));
    const cover = readPdf(test.info().outputPath('offline-missing.pdf')).pages[0]!;
    expect(cover).toContain('Some characters could not be shown in this PDF');
    expect(cover).toContain(`U+${unseen.codePointAt(0)!.toString(16).toUpperCase()}`);
    expect(cover).toContain('could not be fetched');
    await expect(page.getByText('The PDF could not show some characters')).toBeVisible();
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
});

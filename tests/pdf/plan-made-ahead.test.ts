/**
 * The plan page makes the PDF while the plan is read (pdfRenderer.prepare),
 * so that a click hands over a file already made. It must be the very file
 * a click would have made: the same plan, the same day, and the click's time
 * as its creation time (read back by poppler's pdfinfo). A changed plan, a
 * new day, a failed attempt or a font that could not be fetched makes the PDF afresh.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPlanReport } from '../../src/core/plan-report';
import { pdfRenderer } from '../../src/pdf/plan-renderer';
import { renderDevelopmentPlan } from '../../src/pdf/render-development-plan';
import { readPdf } from '../e2e/support/pdf-reader';
import { makePlanSources } from '../fixtures/plan-sources';

// Counts the layouts, each still done by the real renderer.
vi.mock('../../src/pdf/render-development-plan', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pdf/render-development-plan')>();
  return { ...actual, renderDevelopmentPlan: vi.fn(actual.renderDevelopmentPlan) };
});
const layouts = vi.mocked(renderDevelopmentPlan);
/** Layouts since `before`: the renderer keeps its last PDF from one test to the next, so each test uses a plan of its own. */
const layoutsSince = (before: number) => layouts.mock.calls.length - before;

const PREPARED = new Date('2026-12-07T09:15:00Z');
const CLICKED = new Date('2026-12-07T09:47:31Z');

function saved(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reflect-made-ahead-')), 'plan.pdf');
  writeFileSync(file, bytes);
  return file;
}

function creationDate(pdf: Blob, bytes: Buffer): string {
  const file = saved(bytes);
  const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  expect(pdf.type).toBe('application/pdf');
  return /CreationDate:\s*(\S+)/.exec(info)?.[1] ?? '';
}

/** The bytes without the creation time, the one thing a click changes. */
const withoutCreationDate = (bytes: Buffer) => bytes.toString('latin1').replace(/\/CreationDate \(D:[^)]*\)/, '');

async function bytesOf(pdf: Blob): Promise<Buffer> {
  return Buffer.from(await pdf.arrayBuffer());
}

// Whole PDFs laid out, the first decoding the fonts: seconds on a busy two-core machine.
describe('the PDF made while the plan is read', { timeout: 60_000 }, () => {
  beforeEach(() => {
    // Only the clock: the idle wait in prepare is a real timer.
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('is handed over at the click without a second layout, with the click as its creation time', async () => {
    const report = buildPlanReport(makePlanSources(6));
    const before = layouts.mock.calls.length;
    vi.setSystemTime(PREPARED);
    await pdfRenderer.prepare!(report);
    expect(layoutsSince(before)).toBe(1);

    vi.setSystemTime(CLICKED);
    // The click builds its report from the database again: equal, not the same object.
    const { file, missing } = await pdfRenderer.render(structuredClone(report));
    expect(layoutsSince(before)).toBe(1);
    expect(missing).toEqual([]);
    const bytes = await bytesOf(file);
    expect(creationDate(file, bytes)).toBe('2026-12-07T09:47:31Z');

    // The same file as a click with nothing prepared makes at that moment.
    const { pdf: fresh } = await (await vi.importActual<typeof import('../../src/pdf/render-development-plan')>('../../src/pdf/render-development-plan')).renderDevelopmentPlan(report, CLICKED);
    expect(withoutCreationDate(bytes).replace(/\/ID \[[^\]]*\]/, '')).toBe(withoutCreationDate(await bytesOf(fresh)).replace(/\/ID \[[^\]]*\]/, ''));
  });

  it('is made afresh for a changed plan, and on another day', async () => {
    const sources = makePlanSources(5);
    const report = buildPlanReport(sources);
    const before = layouts.mock.calls.length;
    vi.setSystemTime(PREPARED);
    await pdfRenderer.prepare!(report);

    const changed = buildPlanReport({ ...sources, actions: sources.actions.map((action, index) => (index === 0 ? { ...action, lead: 'Deputy head' } : action)) });
    vi.setSystemTime(CLICKED);
    const first = await bytesOf((await pdfRenderer.render(changed)).file);
    expect(layoutsSince(before)).toBe(2);
    expect(first.toString('latin1')).toContain(`/CreationDate (D:20261207094731+00'00')`);
    expect(readPdf(saved(first)).contains('Deputy head')).toBe(true);

    // The cover says the day it was made, so the next morning's click lays it out again.
    vi.setSystemTime(new Date('2026-12-08T08:00:00Z'));
    await pdfRenderer.render(changed);
    expect(layoutsSince(before)).toBe(3);
  });

  it('does not keep a PDF that could not be made: the next click tries again', async () => {
    const report = buildPlanReport(makePlanSources(4));
    const before = layouts.mock.calls.length;
    vi.setSystemTime(CLICKED);
    layouts.mockRejectedValueOnce(new Error('The disk is full'));
    await expect(pdfRenderer.render(report)).rejects.toThrow('The disk is full');
    const { file } = await pdfRenderer.render(report);
    expect(layoutsSince(before)).toBe(2);
    expect((await bytesOf(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('is made again while a font it needs could not be fetched, as the font may come now', async () => {
    // Chinese slices are fetched, and in Node there is nothing to fetch them from: as offline in the browser.
    const sources = makePlanSources(3);
    const report = buildPlanReport({ ...sources, actions: sources.actions.map((action) => ({ ...action, lead: '王芳' })) });
    const before = layouts.mock.calls.length;
    vi.setSystemTime(PREPARED);
    await pdfRenderer.prepare!(report);
    vi.setSystemTime(CLICKED);
    const { missing } = await pdfRenderer.render(report);
    expect(missing).toEqual(['王', '芳']);
    expect(layoutsSince(before)).toBe(2);
  });
});

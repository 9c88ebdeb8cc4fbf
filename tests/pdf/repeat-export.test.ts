/**
 * Exports after the first in a visit reuse what earlier ones prepared: each
 * face's parse, its embedded font program while the glyphs stay the same,
 * and compressed font streams (parsed-fonts.ts, fast-deflate.ts). A PDF made
 * after others must be the very file a fresh page would have made, and a
 * plan with new characters must carry their glyphs. The fresh page is a
 * fresh module graph (vi.resetModules), so nothing is shared with it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PlanSources } from '../../src/core/plan-report';
import { makePlanSources } from '../fixtures/plan-sources';

const CREATED = new Date('2026-12-01T10:00:00Z');

/** The PDF's bytes as text, without the two things that differ between any two runs: the creation time and the file identifier. */
async function comparable(pdf: Blob): Promise<string> {
  const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
  return text.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '').replace(/\/ID \[[^\]]*\]/g, '');
}

/** Each plan's PDF, comparable, made one after another in a fresh module graph. */
async function exportOnFreshPage(...plans: PlanSources[]): Promise<string[]> {
  vi.resetModules();
  const { buildPlanReport } = await import('../../src/core/plan-report');
  const { renderDevelopmentPlan } = await import('../../src/pdf/render-development-plan');
  const files: string[] = [];
  for (const sources of plans) {
    const { pdf } = await renderDevelopmentPlan(buildPlanReport(sources), CREATED);
    files.push(await comparable(pdf));
  }
  return files;
}

function withLeads(leads: string[]): PlanSources {
  const sources = makePlanSources(8);
  return { ...sources, actions: sources.actions.map((action, index) => ({ ...action, lead: leads[index % leads.length]! })) };
}

// Several whole PDFs, each laid out in full: seconds on a busy two-core machine.
describe('exporting again in the same visit', { timeout: 60_000 }, () => {
  const plain = withLeads(['Head teacher']);
  const polish = withLeads(['Łucja Wójcik', 'Zdzisław Żółć']);

  it('makes the same file as a fresh page, for the same plan and for one needing other glyphs', async () => {
    const [plainFresh] = await exportOnFreshPage(plain);
    const [polishFresh] = await exportOnFreshPage(polish);
    const [plainFirst, polishAfter, plainAgain] = await exportOnFreshPage(plain, polish, plain);
    expect(plainFirst).toBe(plainFresh);
    // Polish letters the first plan never drew: their glyphs must be in this file's fonts.
    expect(polishAfter).toBe(polishFresh);
    expect(plainAgain).toBe(plainFresh);
    expect(polishFresh).not.toBe(plainFresh);
  });

  it('after the plan page has prepared the PDF, parses no font at the click, and makes the same file', async () => {
    const [polishFresh] = await exportOnFreshPage(polish);
    vi.resetModules();
    const { buildPlanReport } = await import('../../src/core/plan-report');
    const { pdfRenderer } = await import('../../src/pdf/plan-renderer');
    const { jsPDF } = await import('jspdf');
    const parse = vi.spyOn((jsPDF.API as unknown as { TTFFont: { open: (data: Uint8Array) => unknown } }).TTFFont, 'open');
    const report = buildPlanReport(polish);
    await pdfRenderer.prepare!(report);
    // Each face the plan's text needs (Latin, Latin Extended for the Polish names, and the fixture's other scripts), once.
    const prepared = parse.mock.calls.length;
    expect(prepared).toBeGreaterThanOrEqual(4);
    const { renderDevelopmentPlan } = await import('../../src/pdf/render-development-plan');
    const { pdf } = await renderDevelopmentPlan(report, CREATED);
    expect(parse).toHaveBeenCalledTimes(prepared);
    expect(await comparable(pdf)).toBe(polishFresh);
  });
});

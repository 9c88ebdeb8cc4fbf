/**
 * The Word plan read back by a real reader (mammoth's text extraction), and
 * its XML checked for what LibreOffice and Google Docs need to draw tables
 * right: every table and cell with an explicit width and a fixed layout.
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildPlanReport, type PlanSources } from '../../src/core/plan-report';
import { PLAN_SECTION_TITLES } from '../../src/core/plan-section-titles';
import { docxRenderer } from '../../src/docx/plan-renderer';
import { renderWordPlan } from '../../src/docx/render-development-plan';
import { makeAction } from '../fixtures/plan';
import { makeGovernorsPlan } from '../fixtures/governors-plan';
import { makeReviewedPlan } from '../fixtures/reviewed-plan';
import { REVIEW_HISTORY_TITLE, reviewEntryLine } from '../../src/core/review-entry-text';
import { makePlanSources } from '../fixtures/plan-sources';
import { makeTeamPlan } from '../fixtures/team-plan';

const MARKUP = '<b>Bold</b> & <script>alert("x")</script> “quoted”';

/** A plan whose first action, lead, measure and note are typed as markup, which must stay text. */
function withMarkup(sources: PlanSources): PlanSources {
  const [first, ...rest] = sources.actions;
  return {
    ...sources,
    actions: [{ ...first!, action: `Action 1: ${MARKUP}`, lead: `<i>Lead</i> ${MARKUP}`, successMeasure: `Measure 1: ${MARKUP}`, progressNote: `Note: ${MARKUP}\nsecond line` }, ...rest],
  };
}

async function read(sources: PlanSources, includeEvidence = true) {
  const report = buildPlanReport(sources, { includeEvidence });
  const bytes = await renderWordPlan(report, {}, new Date('2027-01-25T10:00:00Z'));
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const files = unzipSync(bytes);
  return { report, text: value.replace(/\s+/g, ' '), document: strFromU8(files['word/document.xml']!), files };
}

describe('the Word development plan', { timeout: 60_000 }, () => {
  it('has the school, every part’s title, and every action with its lead, success measure and progress note, markup kept as typed', async () => {
    const sources = withMarkup(makePlanSources(12));
    const { report, text } = await read(sources);
    expect(text).toContain('St Mary’s C of E Primary, Łódź Road');
    for (const title of [PLAN_SECTION_TITLES.summary, PLAN_SECTION_TITLES.actionPlan, PLAN_SECTION_TITLES.findings, PLAN_SECTION_TITLES.progressChecks]) expect(text).toContain(title);
    report.domains.forEach((domain, index) => expect(text).toContain(`${index + 1}. ${domain.title}`));
    const actions = report.actionGroups.flatMap((group) => group.actions);
    expect(actions).toHaveLength(12);
    for (const action of actions) {
      for (const part of [action.action, action.lead, action.successMeasure, action.statusLabel]) expect(text, part).toContain(part.replace(/\s+/g, ' '));
      if (action.progressNote) expect(text).toContain(action.progressNote.split('\n')[0]);
    }
    expect(text).toContain(`Action 1: ${MARKUP}`);
    expect(text).toContain(`<i>Lead</i> ${MARKUP}`);
    expect(text).toContain('second line');
    for (const review of report.reviews) expect(text).toContain(review.who);
    expect(text).toContain('it costs under £200 a year');
    expect(text).toContain('Toolkit version 1.2.0');
  });

  it('gives every table and cell a width in twentieths of a point and a fixed layout', async () => {
    const { document } = await read(makeTeamPlan('open').sources);
    const tables = document.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(8);
    for (const table of tables) {
      const properties = table.slice(0, table.indexOf('</w:tblPr>'));
      expect(properties).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>|<w:tblW w:w="\d+" w:type="dxa"\/>/);
      expect(properties).toContain('<w:tblLayout w:type="fixed"/>');
      expect(table).toContain('<w:tblGrid>');
    }
    const cells = document.split('<w:tc>').slice(1);
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) expect(cell.slice(0, cell.indexOf('</w:tcPr>'))).toMatch(/<w:tcW (w:type="dxa" w:w="\d+"|w:w="\d+" w:type="dxa")\/>/);
  });

  it('is titled, in British English, with Heading 1 for each part and Heading 2 within', async () => {
    const { document, files } = await read(makeGovernorsPlan());
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Northfield Primary School: Attendance self-evaluation development plan</dc:title>');
    expect(strFromU8(files['word/styles.xml']!)).toContain('<w:lang w:val="en-GB"/>');
    const headings = (level: number) => [...document.matchAll(new RegExp(`<w:pStyle w:val="Heading${level}"/>.*?</w:p>`, 'g'))].map((match) => match[0].replace(/<[^>]+>/g, ''));
    expect(headings(1)).toEqual(expect.arrayContaining([PLAN_SECTION_TITLES.summary, PLAN_SECTION_TITLES.legal, PLAN_SECTION_TITLES.actionPlan, PLAN_SECTION_TITLES.findings, PLAN_SECTION_TITLES.progressChecks]));
    expect(headings(2).length).toBeGreaterThan(5);
    // Word's own radar chart, editable, with its data.
    expect(Object.keys(files).some((name) => /^word\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
  });

  it('leaves the evidence notes out when asked, and says so', async () => {
    const sources = makeGovernorsPlan();
    const note = sources.answers[Object.keys(sources.answers).find((id) => sources.answers[id]!.note)!]!.note;
    expect((await read(sources)).text).toContain(note.split('\n')[0]!.trim());
    const { text } = await read(sources, false);
    expect(text).not.toContain(note.split('\n')[0]!.trim());
    expect(text).toContain('The evidence notes are left out of this copy.');
  });

  it('has a team’s part and a quick review’s note on the cover', async () => {
    const team = makeTeamPlan('open');
    const { report, text } = await read({ ...team.sources, audit: { ...team.sources.audit, scope: 'quick' } });
    expect(report.team).not.toBeNull();
    expect(text).toContain(report.team!.title);
    expect(text).toContain(report.team!.sectionsCaption);
    expect(text).toContain('quick review: core statements only');
  });

  it('puts the radar picture in, with alt text, when the caller drew one', async () => {
    const report = buildPlanReport(makePlanSources(2));
    // A 1×1 white PNG stands in for the browser's drawing.
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (char) => char.charCodeAt(0));
    const { file, missing } = await docxRenderer.render(report, { radarPicture: { png, width: 640, height: 480 } });
    expect(missing).toEqual([]);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const files = unzipSync(new Uint8Array(await file.arrayBuffer()));
    expect(Object.keys(files).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);
    expect(strFromU8(files['word/document.xml']!)).toMatch(/descr="Radar chart of the section scores on a scale of 1 to 4: Leadership [^"]+"/);
  });

  it('says under a carried action, in its action cell, which self-evaluation it was carried forward from', async () => {
    const sources = makePlanSources(2);
    const [first, second] = sources.actions;
    const { text } = await read({ ...sources, actions: [{ ...first!, carriedFrom: { auditId: 'spring-2026', actionId: 'old' } }, second!], earlierTitles: { 'spring-2026': 'Spring 2026 review' } });
    expect(text).toContain(`${first!.action} Carried forward from Spring 2026 review ${first!.successMeasure}`);
    expect(text.match(/Carried forward from/g)).toHaveLength(1);
  });

  it('says when an action has not been written yet', async () => {
    const sources = makePlanSources(0);
    const { text } = await read({ ...sources, actions: [makeAction({ action: '', domainId: 'data' })] });
    expect(text).toContain('Action not written yet');
  });

  it('writes each reviewed action’s history in a row beneath it, oldest first, the row under all columns but the number and its width given', async () => {
    const { report, text, document } = await read(makeReviewedPlan());
    const actions = report.actionGroups.flatMap((group) => group.actions);
    for (const entry of actions.flatMap((action) => action.history)) expect(text).toContain(reviewEntryLine(entry));
    expect(text).toContain('3 February 2027: On track; success measure partly met. Fortnightly look at the DfE report started in January. Evidence: Attendance officer’s notes, 27 January');
    // An entry with no note and the measure not yet said.
    expect(text).toContain('3 February 2027: On track. Evidence: Family liaison officer’s return-to-work plan');
    const [earlier, later] = [text.indexOf('3 February 2027: On track; success measure partly met.'), text.indexOf('3 March 2027: At risk; success measure not met.')];
    expect(earlier).toBeGreaterThan(text.indexOf(actions[0]!.action));
    expect(later).toBeGreaterThan(earlier);
    expect(text.indexOf(actions[1]!.action)).toBeGreaterThan(later);
    expect(text.split(REVIEW_HISTORY_TITLE)).toHaveLength(4);
    // The history cell spans the six columns after the number, with their width as its own.
    const historyCells = document.split('<w:tc>').slice(1).filter((cell) => cell.includes(REVIEW_HISTORY_TITLE));
    expect(historyCells).toHaveLength(3);
    for (const cell of historyCells) {
      expect(cell).toContain('<w:gridSpan w:val="6"/>');
      const width = Number(/<w:tcW (?:w:type="dxa" w:w="(\d+)"|w:w="(\d+)" w:type="dxa")\/>/.exec(cell)!.slice(1).find(Boolean));
      expect(width).toBeGreaterThan(8000);
    }
  });
});

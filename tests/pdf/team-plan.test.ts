/**
 * A team's development plan read back by a real PDF reader (poppler's
 * pdftotext, and pdftoppm for the radar's band): who rated, by group; each
 * statement's counts, its agreed level with the reason or its median
 * labelled as not yet agreed; and in anonymous mode no respondent's name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlanReport, type PlanSources } from '../../src/core/plan-report';
import type { TeamMode } from '../../src/core/team';
import { renderDevelopmentPlan } from '../../src/pdf/render-development-plan';
import { BAND_COLOUR } from '../../src/pdf/sections/radar';
import { readPdf, readable } from '../e2e/support/pdf-reader';
import { makeGovernorsPlan } from '../fixtures/governors-plan';
import { AGREED_REASONS, COLLEAGUES, makeTeamPlan } from '../fixtures/team-plan';
import { headingLeftAlone, headingsOf } from './plan-headings';

async function render(sources: PlanSources, includeEvidence = true) {
  const report = buildPlanReport(sources, { includeEvidence });
  const { pdf } = await renderDevelopmentPlan(report, new Date('2027-01-25T10:00:00Z'));
  const file = join(mkdtempSync(join(tmpdir(), 'reflect-team-')), 'plan.pdf');
  writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
  if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}-team-${sources.team?.mode ?? 'one'}.pdf`, readFileSync(file));
  const raw = readable(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return { ...readPdf(file), raw, report, file };
}

const teamPlan = (mode: TeamMode) => render(makeTeamPlan(mode).sources);

const count = (text: string, part: string) => text.split(part).length - 1;

/** Pixels of the summary page (page 2) within a few steps of a colour, from pdftoppm's plain PPM. */
function pixelsOf(file: string, hex: string): number {
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', '2', '-l', '2', file], { stdio: ['ignore', 'pipe', 'ignore'] });
  // "P6\n<width> <height>\n255\n", then three bytes a pixel.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  let found = 0;
  for (let at = header[0].length; at + 2 < ppm.length; at += 3) {
    if (Math.abs(ppm[at]! - r!) + Math.abs(ppm[at + 1]! - g!) + Math.abs(ppm[at + 2]! - b!) <= 6) found += 1;
  }
  return found;
}

describe('the PDF of a team’s plan', { timeout: 60_000 }, () => {
  it('says how many rated in each group large enough, and only in the total for the rest', async () => {
    const { pages, raw, contains } = await teamPlan('anonymous');
    const team = pages.find((page) => /^How the team rated$/m.test(page.trim().split('\n').map((line) => line.trim()).join('\n')))!;
    expect(team).toMatch(/Senior leaders\s+3\n/);
    expect(team).toMatch(/Teaching staff\s+3\n/);
    expect(team).toMatch(/Everyone who rated\s+9\n/);
    expect(raw).not.toContain('Support and office staff');
    expect(contains('2 groups have fewer than 3 people who rated: they are counted in the total but not shown apart, so that nobody’s ratings can be picked out.')).toBe(true);
    expect(contains('1 person asked has not rated yet. 1 person who rated on the lead’s device is not counted until their ratings are shown to the team.')).toBe(true);
    expect(contains('9 people rated the statements, each on their own. 10 of 39 statements have an agreed level')).toBe(true);
  });

  it('gives each agreed level with its reason, and the median of the rest labelled as not yet agreed', async () => {
    const { raw, report, contains } = await teamPlan('anonymous');
    const statements = report.domains.flatMap((domain) => domain.indicators);
    for (const [index, reason] of Object.entries(AGREED_REASONS)) {
      const statement = statements[Number(index)]!;
      expect(statement.team!.source).toBe('agreed');
      expect(contains(`Agreed: ${statement.rating} — ${reason}`), reason).toBe(true);
    }
    // Statement 2 of the first section is not agreed: its median is Emerging.
    expect(statements[1]!.team!.source).toBe('median');
    expect(contains('Median: Emerging (not yet agreed)')).toBe(true);
    expect(count(raw, '(not yet agreed)')).toBe(39 - Object.keys(AGREED_REASONS).length);
  });

  it('gives each statement’s counts per level, and marks those where views differ', async () => {
    const { raw, report, contains } = await teamPlan('anonymous');
    const statements = report.domains.flatMap((domain) => domain.indicators);
    for (const statement of statements) expect(contains(statement.team!.distribution), statement.statement).toBe(true);
    expect(contains('6 Developing, 3 Embedded')).toBe(true);
    expect(contains('1 Not yet in place, 5 Developing, 3 Embedded')).toBe(true);
    // Ines left the last three statements unrated; Gwen said not applicable to five statements of formal steps.
    expect(contains('1 not rated')).toBe(true);
    expect(contains('1 not applicable')).toBe(true);
    const differing = statements.filter((statement) => statement.team!.isDisagreement).length;
    expect(differing).toBeGreaterThan(3);
    // Once in the findings' introduction, then once for each statement it marks.
    expect(count(raw, 'Views differ')).toBe(differing + 1);
  });

  it('gives each section’s median, middle half and lowest to highest, in a table', async () => {
    const { pages, report } = await teamPlan('anonymous');
    const text = pages.join('\n');
    for (const section of report.team!.sections) {
      const row = new RegExp(`${section.title}\\s+${section.median}\\s+${section.middleHalf}\\s+${section.range}\\s+${section.respondents}\\n`);
      expect(text, section.title).toMatch(row);
    }
  });

  it('draws the band behind the summary radar, with its key; one person’s radar has none', async () => {
    const { file, contains } = await teamPlan('anonymous');
    expect(contains('Lowest to highest of the team’s scores')).toBe(true);
    expect(contains('Middle half of the team’s scores')).toBe(true);
    expect(pixelsOf(file, BAND_COLOUR.range)).toBeGreaterThan(50);
    expect(pixelsOf(file, BAND_COLOUR.middle)).toBeGreaterThan(50);
    const one = await render(makeGovernorsPlan());
    expect(pixelsOf(one.file, BAND_COLOUR.range)).toBe(0);
    expect(one.contains('How the team rated')).toBe(false);
  });

  it('names no respondent in anonymous mode, and lists who rated in open mode', async () => {
    const anonymous = await teamPlan('anonymous');
    for (const { name } of COLLEAGUES) expect(anonymous.contains(name), name).toBe(false);
    // The first name alone, as Zofia signed her note.
    expect(anonymous.contains('Zofia')).toBe(true);
    expect(anonymous.contains('Zofia:')).toBe(false);
    const open = await teamPlan('open');
    expect(open.contains('Who rated: The lead, Zofia Kowalczyk, Tomasz Brennan, Hannah Okoro, Deepa Raman, Callum Fraser, Ines Moreau, Rhys Pemberton and Gwen Adeyemi.')).toBe(true);
    expect(open.contains('Callum Fraser: Checked the MIS audit report myself.')).toBe(true);
  });

  it('gives what families said, section by section, and holds back what too few pupils said', async () => {
    const { sources } = makeTeamPlan('anonymous');
    const [leadership, registers] = sources.toolkit.domains;
    const voice = [
      {
        questionnaireTitle: 'What families think',
        audience: 'families' as const,
        respondents: 14,
        sections: [
          { domainId: leadership!.id, respondents: 12, summary: '9 of 12 agree or strongly agree.', difference: '' },
          { domainId: registers!.id, respondents: 13, summary: '4 of 13 agree or strongly agree.', difference: 'Families are less positive than staff.' },
        ],
      },
      { questionnaireTitle: 'Pupils’ views', audience: 'pupils' as const, respondents: 2, sections: [{ domainId: leadership!.id, respondents: 2, summary: '2 of 2 agree.', difference: '' }] },
    ];
    const { pages, contains, report } = await render({ ...sources, voice });
    const text = pages.join('\n');
    expect(text).toMatch(/Section\s+What they said\s+Compared with staff\n/);
    expect(text).toMatch(/Leadership, policy and culture\s+9 of 12 agree or strongly agree\.\s+–/);
    expect(contains('4 of 13 agree or strongly agree. Families are less positive than staff.')).toBe(true);
    expect(contains('Fewer than 3 pupils have answered “Pupils’ views”, so their answers are not shown')).toBe(true);
    expect(contains('2 of 2 agree.')).toBe(false);
    pages.forEach((page, index) => expect(headingLeftAlone(page, headingsOf(report)), `page ${index + 1}`).toBeNull());
  });

  it('has the section in its contents and bookmarks, page numbers throughout, and no heading left at the foot of a page', async () => {
    for (const includeEvidence of [true, false]) {
      const { pages, outline, report } = await render(makeTeamPlan('open').sources, includeEvidence);
      expect(outline.map((entry) => entry.replace(/^\d+: /, '')).slice(0, 3)).toEqual(['Cover', 'Summary', 'How the team rated']);
      const [, page] = /^(\d+): How the team rated$/.exec(outline[2]!)!;
      expect(pages[Number(page) - 1]).toContain('How the team rated');
      expect(readable(pages[0]!)).toMatch(new RegExp(`How the team rated ${page}\\b`));
      pages.forEach((text, index) => {
        expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
        expect(headingLeftAlone(text, headingsOf(report)), `page ${index + 1}`).toBeNull();
      });
    }
  });
});

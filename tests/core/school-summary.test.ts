import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Rating } from '../../src/core/audit';
import { parseSummary } from '../../src/core/school-summary-parse';
import { summarySchema } from '../../src/core/school-summary-schema';
import { SUMMARY_FIELDS, serializeSummary, summaryFileName, type SchoolSummary } from '../../src/core/school-summary';
import { CREDIT_TEXT, SOURCE_TEXT, describeSummary } from '../../src/core/summary-preview';
import { formatDate } from '../../src/core/format-date';
import type { TeamRecords } from '../../src/core/team-ratings';
import { APP, attendance, makeSchoolSummary, statementIds } from '../fixtures/school-summaries';

const [first, second] = attendance.domains as [(typeof attendance.domains)[0], (typeof attendance.domains)[0]];

describe('buildSchoolSummary', () => {
  it('holds the school, toolkit, date, section scores, every statement’s rating and the legal requirements', () => {
    const ratings: Rating[] = statementIds.map((_, index) => (index === 0 ? 4 : index === 1 ? 'n/a' : index === 2 ? null : 2));
    const summary = makeSchoolSummary({ school: '  Oak Primary ', urn: '123456', ratings });
    expect(summary).toMatchObject({
      format: 'reflect-school-summary',
      schemaVersion: 1,
      appVersion: APP,
      createdAt: '2026-12-01T10:00:00.000Z',
      school: { name: 'Oak Primary', urn: '123456' },
      selfEvaluation: { id: 'audit-  Oak Primary ', date: '2026-11-25', scope: 'full', ratedBy: 'one-person' },
      toolkit: { id: 'attendance', version: attendance.version, title: attendance.title, levels: attendance.scale.levels },
    });
    expect(summary.about).toMatch(/^A summary of a school self-evaluation that Oak Primary chose to share with its local authority, made with Reflect 1\.2\.0\. It holds no names/);
    // Four, then "not applicable" and "not answered" left out of the mean, then twos: (4 + 2 + 2) / 3.
    expect(summary.sections[0]).toMatchObject({ id: first.id, title: first.title, shortTitle: first.shortTitle, score: 2.7, rated: 3, total: first.indicators.length });
    expect(summary.sections[0]!.statements.slice(0, 3)).toEqual([
      { id: first.indicators[0]!.id, statement: first.indicators[0]!.statement, rating: 4, source: 'own' },
      { id: first.indicators[1]!.id, statement: first.indicators[1]!.statement, rating: 'n/a', source: 'own' },
      { id: first.indicators[2]!.id, statement: first.indicators[2]!.statement, rating: null, source: 'none' },
    ]);
    expect(summary.sections.flatMap((section) => section.statements).map((statement) => statement.id)).toEqual(statementIds);
    expect(summary.legalRequirements).toHaveLength(7);
    expect(summary.legalRequirements[0]).toEqual({ statementId: 'accurate-registers', duty: expect.any(String), source: expect.any(String), state: 'not-met' });
  });

  it('says "not given" for a URN left empty, and refuses one that is not a URN', () => {
    expect(makeSchoolSummary({ urn: '  ' }).school.urn).toBeNull();
    expect(() => makeSchoolSummary({ urn: 'OAK-1' })).toThrow('is not a URN');
  });

  it('offers only the passages the school ticked, trimmed, and refuses a section with nothing written', () => {
    const workingWell = { [first.id]: '  Attendance is on every agenda.  ', [second.id]: 'Registers are taken on time.' };
    const summary = makeSchoolSummary({ workingWell, choices: { showcaseSectionIds: [second.id], credit: 'unnamed' } });
    expect(summary.showcase).toEqual({ credit: 'unnamed', passages: [{ sectionId: second.id, text: 'Registers are taken on time.' }] });
    expect(JSON.stringify(summary)).not.toContain('Attendance is on every agenda');
    expect(JSON.stringify(summary)).not.toContain('Never shared');
    expect(() => makeSchoolSummary({ workingWell, choices: { showcaseSectionIds: ['impact'] } })).toThrow('nothing written');
  });

  it('gives a team’s agreed levels where it agreed them, and its median otherwise, with no names, notes or reasons', () => {
    const [a, b] = statementIds as [string, string];
    const respondent = (id: string, name: string) => ({ auditId: 'x', id, name, groupId: 'teaching-staff', takesPart: 'own-device' as const, createdAt: 1, updatedAt: 1, removedAt: null, revealed: false, finishedAt: null });
    const answer = (respondentId: string, indicatorId: string, rating: Rating) => ({ auditId: 'x', respondentId, indicatorId, rating, note: `${respondentId} saw it`, updatedAt: 1 });
    const team: TeamRecords = {
      respondents: [respondent('r1', 'Sam Jones'), respondent('r2', 'Priya Shah')],
      responses: [answer('r1', a, 1), answer('r2', a, 2), answer('r1', b, 4), answer('r2', b, 2)],
      agreedRatings: [{ auditId: 'x', indicatorId: a, rating: 3, reason: 'We agreed after the meeting', updatedAt: 1 }],
    };
    const summary = makeSchoolSummary({ ratings: null, audit: { team: { mode: 'open', leadGroupId: 'senior-leaders' }, participants: 'Ms Patel' }, team });
    expect(summary.selfEvaluation.ratedBy).toBe('team');
    expect(summary.sections[0]!.statements.slice(0, 3).map(({ rating, source }) => ({ rating, source }))).toEqual([
      { rating: 3, source: 'agreed' },
      { rating: 2, source: 'median' },
      { rating: null, source: 'none' },
    ]);
    const text = serializeSummary(summary);
    for (const secret of ['Sam Jones', 'Priya Shah', 'Ms Patel', 'saw it', 'We agreed after', 'Evidence note', 'Review audit']) expect(text).not.toContain(secret);
  });

  it('reads back exactly as built', () => {
    const summary = makeSchoolSummary({ workingWell: { [first.id]: 'Good <b>things</b>' }, choices: { showcaseSectionIds: [first.id] } });
    expect(parseSummary(serializeSummary(summary), APP)).toEqual({ ok: true, value: summary });
  });

  it('names the file after the school, toolkit and date', () => {
    expect(summaryFileName(makeSchoolSummary({ school: 'St Mary’s C of E: Primary' }))).toBe('st-mary’s-c-of-e-primary-attendance-summary-2026-11-25.json');
  });

  it('has exactly the type its schema reads', () => {
    expectTypeOf<z.infer<typeof summarySchema>>().toEqualTypeOf<SchoolSummary>();
  });
});

/** How each field of the file shows in the preview: every field on the list has a rule, so a new field cannot go unseen. */
const SHOWN_AS: Record<(typeof SUMMARY_FIELDS)[number], ((summary: SchoolSummary) => string[]) | 'machinery' | 'id'> = {
  format: 'machinery',
  schemaVersion: 'machinery',
  appVersion: (summary) => [`Reflect ${summary.appVersion}`],
  createdAt: 'machinery',
  about: (summary) => [summary.about],
  'school.name': (summary) => [summary.school.name],
  'school.urn': (summary) => [summary.school.urn ?? 'Not given'],
  'selfEvaluation.id': (summary) => [summary.selfEvaluation.id],
  'selfEvaluation.date': (summary) => [formatDate(summary.selfEvaluation.date)],
  'selfEvaluation.scope': (summary) => [summary.selfEvaluation.scope === 'quick' ? 'Quick review' : 'Full review'],
  'selfEvaluation.ratedBy': (summary) => [summary.selfEvaluation.ratedBy === 'team' ? 'A team' : 'One person'],
  'toolkit.id': (summary) => [summary.toolkit.id],
  'toolkit.version': (summary) => [`version ${summary.toolkit.version}`],
  'toolkit.title': (summary) => [summary.toolkit.title],
  'toolkit.levels[].value': (summary) => summary.toolkit.levels.map((level) => `${level.value} ${level.label}`),
  'toolkit.levels[].label': (summary) => summary.toolkit.levels.map((level) => level.label),
  'sections[].id': 'id',
  'sections[].title': (summary) => summary.sections.map((section) => section.title),
  'sections[].shortTitle': (summary) => summary.sections.map((section) => section.shortTitle),
  'sections[].score': (summary) => summary.sections.map((section) => (section.score === null ? 'Not rated' : section.score.toFixed(1))),
  'sections[].rated': (summary) => summary.sections.map((section) => String(section.rated)),
  'sections[].total': (summary) => summary.sections.map((section) => String(section.total)),
  'sections[].statements[].id': 'id',
  'sections[].statements[].statement': (summary) => summary.sections.flatMap((section) => section.statements.map((statement) => statement.statement)),
  'sections[].statements[].rating': (summary) => summary.sections.flatMap((section) => section.statements.map((statement) => (typeof statement.rating === 'number' ? String(statement.rating) : statement.rating === null ? 'Not answered' : 'Not applicable'))),
  'sections[].statements[].source': (summary) => summary.sections.flatMap((section) => section.statements.map((statement) => SOURCE_TEXT[statement.source])),
  'legalRequirements[].statementId': 'id',
  'legalRequirements[].duty': (summary) => summary.legalRequirements.map((requirement) => requirement.duty),
  'legalRequirements[].source': (summary) => summary.legalRequirements.map((requirement) => requirement.source),
  'legalRequirements[].state': (summary) => summary.legalRequirements.map((requirement) => ({ met: 'Met', 'not-met': 'Not met', 'not-rated': 'Not rated yet', 'not-applicable': 'Not applicable' })[requirement.state]),
  'showcase.credit': (summary) => [CREDIT_TEXT[summary.showcase.credit]],
  'showcase.passages[].sectionId': (summary) => summary.showcase.passages.map((passage) => summary.sections.find((section) => section.id === passage.sectionId)!.title),
  'showcase.passages[].text': (summary) => summary.showcase.passages.map((passage) => passage.text),
};

describe('describeSummary', () => {
  it('shows every value of the file in words, but the ids and the file’s own format fields (the page shows those with the file’s text)', () => {
    const summary = makeSchoolSummary({
      urn: '654321',
      ratings: statementIds.map((_, index) => ([1, 2, 3, 4, 'n/a', null] as const)[index % 6]!),
      workingWell: { [first.id]: 'Attendance is on every agenda.' },
      choices: { showcaseSectionIds: [first.id] },
    });
    const shown = JSON.stringify(describeSummary(summary));
    for (const [field, rule] of Object.entries(SHOWN_AS)) {
      if (typeof rule !== 'function') continue;
      for (const text of rule(summary)) expect(shown, `${field}: ${text}`).toContain(JSON.stringify(text).slice(1, -1));
    }
  });

  it('says how many legal requirements are met, counting only those that apply, and where each belongs', () => {
    const ratings = statementIds.map((id) => (id === 'accurate-registers' ? 'n/a' : id === 'register-codes' ? 1 : 3));
    const preview = describeSummary(makeSchoolSummary({ ratings }));
    expect(preview.legalLine).toBe('Legal requirements: 5 of 6 met');
    expect(preview.legal[1]).toMatchObject({ sectionTitle: attendance.domains[1]!.title, stateText: 'Not met', state: 'not-met' });
  });
});

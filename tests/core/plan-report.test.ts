import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/core/audit';
import { buildPlanReport, planFileName } from '../../src/core/plan-report';
import { scoreAudit } from '../../src/core/score-audit';
import { makeToolkit } from '../fixtures/toolkits';

describe('planFileName', () => {
  it.each([
    ['Northfield Primary', 'attendance', '2026-11-25', 'northfield-primary-attendance-development-plan-2026-11-25.pdf'],
    ['St Mary’s C of E (Aided)', 'attendance', '2026-11-25', 'st-mary’s-c-of-e-(aided)-attendance-development-plan-2026-11-25.pdf'],
    ['A/B: "Test" <School>?', 'positive-relationships', '2027-01-09', 'a-b-test-school-positive-relationships-development-plan-2027-01-09.pdf'],
    ['École Française', 'attendance', '2026-11-25', 'école-française-attendance-development-plan-2026-11-25.pdf'],
    ['   ', 'attendance', '2026-11-25', 'school-attendance-development-plan-2026-11-25.pdf'],
    ['Ends with dots...', 'attendance', '2026-11-25', 'ends-with-dots-attendance-development-plan-2026-11-25.pdf'],
  ])('%s → %s', (school, toolkitId, date, expected) => {
    const name = planFileName(school, toolkitId, date);
    expect(name).toBe(expected);
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
  });
});

describe('buildPlanReport', () => {
  it('gives each domain its score, level name and rated count', () => {
    const toolkit = makeToolkit();
    const audit: Audit = {
      id: 'x', toolkitId: toolkit.id, toolkitVersion: toolkit.version, school: 'Northfield', title: 'Autumn', date: '2026-11-25',
      participants: 'Head', status: 'in-progress', basedOnAuditId: null, priorityDomainIds: [], createdAt: 0, updatedAt: 0,
    };
    const score = scoreAudit(toolkit, { a1: { rating: 3, note: '' }, a2: { rating: 4, note: '' } });
    const report = buildPlanReport(toolkit, audit, score);
    expect(report).toMatchObject({ school: 'Northfield', toolkitTitle: 'Test toolkit', toolkitVersion: '1.0.0', overall: '3.5' });
    expect(report.domains).toEqual([
      { title: 'First domain', score: '3.5', level: 'Embedded', rated: '2 of 3' },
      { title: 'Second domain', score: 'Not rated', level: '', rated: '0 of 2' },
    ]);
  });
});

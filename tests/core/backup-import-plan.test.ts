import { describe, expect, it } from 'vitest';
import { IMPORTED_COPY_SUFFIX, describeBackup, planImport, type ExistingRecords } from '../../src/core/backup-import-plan';
import { makeAction, makeAudit, makeBackup, makeRecords, makeReview } from '../fixtures/backups';
import { makeToolkit } from '../fixtures/toolkits';

const nothingHere: ExistingRecords = { audits: [], actions: [], planReviews: [], toolkits: [] };
const ids = () => {
  let next = 0;
  return () => `new-${++next}`;
};

/** This device already has audit-a (edited), its first action and first review date, made with the same toolkit. */
function deviceWithAuditA(): ExistingRecords {
  const records = makeRecords();
  return {
    audits: [{ ...makeAudit('audit-a', { title: 'Autumn (edited here)', updatedAt: 9_000 }) }],
    actions: [{ id: 'action-1', auditId: 'audit-a' }],
    planReviews: [{ id: 'review-1', auditId: 'audit-a' }],
    toolkits: records.toolkits,
  };
}

describe('describeBackup', () => {
  it('says what the file holds', () => {
    const contents = describeBackup(makeBackup(), nothingHere);
    expect(contents.counts).toEqual({ audits: 2, answers: 4, reflections: 2, actions: 3, planReviews: 3, toolkits: 1 });
    expect(contents.audits[0]).toEqual({
      id: 'audit-a', title: 'Review audit-a', school: 'Northfield Primary', date: '2026-11-25', toolkitTitle: 'Test toolkit', answered: 2, actions: 2, existing: null,
    });
    expect(contents.toolkits).toEqual([{ id: 'test-toolkit', version: '1.0.0', title: 'Test toolkit', onDevice: 'new' }]);
    expect(contents.conflictingAuditIds).toEqual([]);
  });

  it('names the audits already on this device and how each toolkit compares', () => {
    const existing = deviceWithAuditA();
    const contents = describeBackup(makeBackup(), existing);
    expect(contents.conflictingAuditIds).toEqual(['audit-a']);
    expect(contents.audits[0]!.existing).toEqual({ title: 'Autumn (edited here)', school: 'Northfield Primary', updatedAt: 9_000 });
    expect(contents.toolkits[0]!.onDevice).toBe('same');
    const changed = makeToolkit();
    changed.title = 'Another definition under the same version';
    expect(describeBackup(makeBackup(), { ...existing, toolkits: [{ id: changed.id, version: changed.version, definition: changed, storedAt: 1 }] }).toolkits[0]!.onDevice).toBe('different');
  });
});

describe('planImport', () => {
  it('adds everything as it is when nothing clashes', () => {
    const backup = makeBackup();
    const result = planImport(backup, nothingHere, {}, ids());
    expect(result).toEqual({ ok: true, plan: { replaceAuditIds: [], records: makeRecords() } });
  });

  it('refuses to plan while a clash has no choice', () => {
    expect(planImport(makeBackup(), deviceWithAuditA(), {}, ids())).toEqual({ ok: false, unresolvedAuditIds: ['audit-a'] });
  });

  it('keeps both by giving the file’s copy and all its children new ids', () => {
    const result = planImport(makeBackup(), deviceWithAuditA(), { 'audit-a': 'keep-both' }, ids());
    if (!result.ok) throw new Error('expected a plan');
    const { records, replaceAuditIds } = result.plan;
    expect(replaceAuditIds).toEqual([]);
    expect(records.audits.map((audit) => [audit.id, audit.title, audit.basedOnAuditId])).toEqual([
      ['new-1', `Review audit-a${IMPORTED_COPY_SUFFIX}`, null],
      ['audit-b', 'Spring review', 'new-1'],
    ]);
    expect(records.answers.map((answer) => answer.auditId)).toEqual(['new-1', 'new-1', 'new-1', 'audit-b']);
    expect(records.reflections.map((reflection) => reflection.auditId)).toEqual(['new-1', 'audit-b']);
    expect(records.actions.map((action) => [action.id, action.auditId])).toEqual([
      ['new-2', 'new-1'],
      ['new-3', 'new-1'],
      ['action-3', 'audit-b'],
    ]);
    expect(records.planReviews.map((review) => [review.id, review.auditId, review.when])).toEqual([
      ['new-4', 'new-1', '2027-03-20'],
      ['new-5', 'new-1', 'Summer 2027'],
      ['review-3', 'audit-b', '2027-07-10'],
    ]);
    // The toolkit is already here with the same definition, so it is not added again.
    expect(records.toolkits).toEqual([]);
  });

  it('replaces this device’s copy, keeping the file’s ids', () => {
    const result = planImport(makeBackup(), deviceWithAuditA(), { 'audit-a': 'replace' }, ids());
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.replaceAuditIds).toEqual(['audit-a']);
    expect(result.plan.records.audits.map((audit) => audit.id)).toEqual(['audit-a', 'audit-b']);
    expect(result.plan.records.actions.map((action) => action.id)).toEqual(['action-1', 'action-2', 'action-3']);
    expect(result.plan.records.planReviews.map((review) => review.id)).toEqual(['review-1', 'review-2', 'review-3']);
  });

  it('gives a new id to an action whose id belongs to another audit here', () => {
    const existing: ExistingRecords = { ...nothingHere, actions: [makeAction('action-3', 'somewhere-else')] };
    const result = planImport(makeBackup(), existing, {}, ids());
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.records.actions.map((action) => action.id)).toEqual(['action-1', 'action-2', 'new-1']);
  });

  it('gives a new id to a review date whose id belongs to another audit here', () => {
    const existing: ExistingRecords = { ...nothingHere, planReviews: [makeReview('review-2', 'somewhere-else')] };
    const result = planImport(makeBackup(), existing, {}, ids());
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.records.planReviews.map((review) => [review.id, review.auditId])).toEqual([
      ['review-1', 'audit-a'],
      ['new-1', 'audit-a'],
      ['review-3', 'audit-b'],
    ]);
  });

  it('never adds a key that is still taken on this device', () => {
    for (const choice of ['keep-both', 'replace'] as const) {
      const existing = deviceWithAuditA();
      const result = planImport(makeBackup(), existing, { 'audit-a': choice }, ids());
      if (!result.ok) throw new Error('expected a plan');
      const remaining = existing.audits.filter((audit) => !result.plan.replaceAuditIds.includes(audit.id)).map((audit) => audit.id);
      const remainingActions = existing.actions.filter((action) => !result.plan.replaceAuditIds.includes(action.auditId)).map((action) => action.id);
      const remainingReviews = existing.planReviews.filter((review) => !result.plan.replaceAuditIds.includes(review.auditId)).map((review) => review.id);
      for (const audit of result.plan.records.audits) expect(remaining).not.toContain(audit.id);
      for (const action of result.plan.records.actions) expect(remainingActions).not.toContain(action.id);
      for (const review of result.plan.records.planReviews) expect(remainingReviews).not.toContain(review.id);
    }
  });
});

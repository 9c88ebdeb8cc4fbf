import { describe, expect, it } from 'vitest';
import { IMPORTED_COPY_SUFFIX, checkToolkitsAgainstDevice, describeBackup, planImport, type ExistingRecords } from '../../src/core/backup-import-plan';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeAction, makeAudit, makeBackup, makeRecords, makeReview } from '../fixtures/backups';
import { makeToolkit } from '../fixtures/toolkits';

const nothingHere: ExistingRecords = { audits: [], takenIds: { actions: [], actionReviews: [], planReviews: [], voiceAnswers: [] }, toolkits: [] };
const ids = () => {
  let next = 0;
  return () => `new-${++next}`;
};

/** This device already has audit-a (edited), its first action and first review date, made with the same toolkit. */
function deviceWithAuditA(): ExistingRecords {
  const records = makeRecords();
  return {
    audits: [{ ...makeAudit('audit-a', { title: 'Autumn (edited here)', updatedAt: 9_000 }) }],
    takenIds: { actions: [{ id: 'action-1', auditId: 'audit-a' }], actionReviews: [], planReviews: [{ id: 'review-1', auditId: 'audit-a' }], voiceAnswers: [] },
    toolkits: records.toolkits,
  };
}

describe('describeBackup', () => {
  it('says what the file holds', () => {
    const contents = describeBackup(makeBackup(), nothingHere);
    expect(contents.counts).toEqual({ audits: 2, answers: 4, reflections: 2, actions: 3, actionReviews: 3, planReviews: 3, respondents: 2, responses: 2, agreedRatings: 1, voiceAnswers: 1, toolkits: 1 });
    expect(contents.audits[0]).toEqual({
      id: 'audit-a', title: 'Review audit-a', school: 'Northfield Primary', date: '2026-11-25', toolkitTitle: 'Test toolkit', answered: 2, actions: 2, existing: null, replacesDeleted: false,
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
  });

  it('does not count a deleted audit as already here, and says the file’s copy takes its place', () => {
    const existing = deviceWithAuditA();
    const deleted: ExistingRecords = { ...existing, audits: existing.audits.map((audit) => ({ ...audit, deletedAt: 8_000 })) };
    const contents = describeBackup(makeBackup(), deleted);
    expect(contents.conflictingAuditIds).toEqual([]);
    expect(contents.audits.map((audit) => [audit.id, audit.existing, audit.replacesDeleted])).toEqual([
      ['audit-a', null, true],
      ['audit-b', null, false],
    ]);
  });
});

describe('checkToolkitsAgainstDevice', () => {
  const stored = (toolkit: Toolkit) => ({ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: 1 });

  it('accepts a toolkit this device holds with the same content, whatever order its keys are in', () => {
    const reordered = Object.fromEntries(Object.entries(makeToolkit()).reverse()) as Toolkit;
    expect(checkToolkitsAgainstDevice(makeBackup(), { ...nothingHere, toolkits: [stored(reordered)] })).toBeNull();
    expect(checkToolkitsAgainstDevice(makeBackup(), nothingHere)).toBeNull();
  });

  it('refuses one with the same id and version and other content, naming it', () => {
    const changed = makeToolkit();
    changed.domains[0]!.indicators[0]!.statement = 'Reworded without a new version number.';
    const existing = { ...nothingHere, toolkits: [stored(changed)] };
    const error = checkToolkitsAgainstDevice(makeBackup(), existing);
    expect(error).toEqual({
      kind: 'toolkit-differs',
      message:
        'The file holds the toolkit “Test toolkit” (test-toolkit version 1.0.0), but this device already has a toolkit with the same id and version and different content. Reflect cannot keep both under one version, so nothing was imported. If the toolkit was changed on purpose, it needs a new version number.',
      problems: [{ path: 'toolkits[0]', message: 'differs from the toolkit with this id and version on this device' }],
    });
    expect(planImport(makeBackup(), existing, {}, ids())).toEqual({ ok: false, reason: 'refused', error });
  });
});

describe('planImport', () => {
  it('adds everything as it is when nothing clashes', () => {
    const backup = makeBackup();
    const result = planImport(backup, nothingHere, {}, ids());
    expect(result).toEqual({ ok: true, plan: { replaceAuditIds: [], supersededAuditIds: [], records: makeRecords() } });
  });

  it('refuses to plan while a clash has no choice', () => {
    expect(planImport(makeBackup(), deviceWithAuditA(), {}, ids())).toEqual({ ok: false, reason: 'unresolved-conflicts', unresolvedAuditIds: ['audit-a'] });
  });

  it('lets the file’s copy take the place of a deleted one here, keeping its ids', () => {
    const existing = deviceWithAuditA();
    const deleted: ExistingRecords = { ...existing, audits: existing.audits.map((audit) => ({ ...audit, deletedAt: 8_000 })) };
    const result = planImport(makeBackup(), deleted, {}, ids());
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.replaceAuditIds).toEqual([]);
    expect(result.plan.supersededAuditIds).toEqual(['audit-a']);
    expect(result.plan.records).toEqual({ ...makeRecords(), toolkits: [] });
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
    // Reviews follow their action to its new id, and so does the spring plan's action carried forward from it.
    expect(records.actionReviews.map((review) => [review.id, review.auditId, review.actionId])).toEqual([
      ['new-4', 'new-1', 'new-2'],
      ['new-5', 'new-1', 'new-2'],
      ['action-review-3', 'audit-b', 'action-3'],
    ]);
    expect(records.actions[2]!.carriedFrom).toEqual({ auditId: 'new-1', actionId: 'new-3' });
    expect(records.planReviews.map((review) => [review.id, review.auditId, review.when])).toEqual([
      ['new-6', 'new-1', '2027-03-20'],
      ['new-7', 'new-1', 'Summer 2027'],
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
    const existing: ExistingRecords = { ...nothingHere, takenIds: { ...nothingHere.takenIds, actions: [makeAction('action-3', 'somewhere-else')] } };
    const result = planImport(makeBackup(), existing, {}, ids());
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.records.actions.map((action) => action.id)).toEqual(['action-1', 'action-2', 'new-1']);
  });

  it('gives a new id to a review date whose id belongs to another audit here', () => {
    const existing: ExistingRecords = { ...nothingHere, takenIds: { ...nothingHere.takenIds, planReviews: [makeReview('review-2', 'somewhere-else')] } };
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
      const remainingActions = existing.takenIds.actions.filter((action) => !result.plan.replaceAuditIds.includes(action.auditId)).map((action) => action.id);
      const remainingReviews = existing.takenIds.planReviews.filter((review) => !result.plan.replaceAuditIds.includes(review.auditId)).map((review) => review.id);
      for (const audit of result.plan.records.audits) expect(remaining).not.toContain(audit.id);
      for (const action of result.plan.records.actions) expect(remainingActions).not.toContain(action.id);
      for (const review of result.plan.records.planReviews) expect(remainingReviews).not.toContain(review.id);
    }
  });
});

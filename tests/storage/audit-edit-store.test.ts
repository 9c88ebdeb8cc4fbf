import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/core/audit';
import { makeEdit, type AuditEdit } from '../../src/core/audit-edit';
import { blankAction } from '../../src/core/plan-actions';
import { ActionStore } from '../../src/storage/action-store';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { PlanReviewStore } from '../../src/storage/plan-review-store';
import { TeamStore } from '../../src/storage/team-store';
import { responseRecordId } from '../../src/core/team-response-edit';
import { StorageError } from '../../src/storage/storage-error';
import { fillDisk, openWithAudit } from './support/test-database';

const rating = (indicatorId: string, value: Rating, base: Rating = null, editedAt = 100) => makeEdit('answer', indicatorId, 'rating', value, base, editedAt);
const note = (indicatorId: string, value: string, base = '', editedAt = 100) => makeEdit('answer', indicatorId, 'note', value, base, editedAt);
const workingWell = (domainId: string, value: string, base = '', editedAt = 100) => makeEdit('reflection', domainId, 'workingWell', value, base, editedAt);
const priorities = (auditId: string, value: string[], base: string[] = [], editedAt = 100) => makeEdit('audit', auditId, 'priorityDomainIds', value, base, editedAt);

/** One audit with an action and a review date, each added through its own store, on a clock the test moves. */
async function openPlan() {
  const clock = { time: 1_000 };
  const opened = await openWithAudit(() => clock.time);
  const actions = new ActionStore(opened.db, { now: () => clock.time, newId: () => 'action-1' });
  const reviews = new PlanReviewStore(opened.db, { now: () => clock.time, newId: () => 'review-1' });
  const action = await actions.addAction(opened.audit.id, { ...blankAction('first'), action: 'Name a champion' });
  const review = await reviews.addReview(opened.audit.id, { when: 'Spring 2027', who: 'Governors', note: '' });
  return { ...opened, clock, action, review, edits: new AuditEditStore(opened.db, { now: () => clock.time }) };
}

/** One audit with a team: Kim and Lee rate in turn on this device, Sam on their own laptop. */
async function openTeam() {
  const clock = { time: 1_000 };
  const opened = await openWithAudit(() => clock.time);
  let next = 0;
  const team = new TeamStore(opened.db, { now: () => clock.time, newId: () => `person-${++next}` });
  await team.setTeam(opened.audit.id, { mode: 'anonymous', leadGroupId: 'senior-leaders' });
  const kim = await team.addRespondent(opened.audit.id, { name: 'Kim', groupId: 'governors', takesPart: 'this-device' });
  const lee = await team.addRespondent(opened.audit.id, { name: 'Lee', groupId: 'teaching-staff', takesPart: 'this-device' });
  const sam = await team.addRespondent(opened.audit.id, { name: 'Sam', groupId: 'teaching-staff', takesPart: 'own-device' });
  const response = (respondentId: string, indicatorId: string, field: 'rating' | 'note', value: Rating | string, base: Rating | string = field === 'rating' ? null : '', editedAt = 100) =>
    field === 'rating'
      ? makeEdit('response', responseRecordId(respondentId, indicatorId), 'rating', value as Rating, base as Rating, editedAt)
      : makeEdit('response', responseRecordId(respondentId, indicatorId), 'note', value as string, base as string, editedAt);
  const responsesOf = async (respondentId: string) =>
    (await opened.db.responses.where('[auditId+respondentId]').equals([opened.audit.id, respondentId]).toArray()).map(({ indicatorId, rating, note }) => ({ indicatorId, rating, note }));
  return { ...opened, clock, team, kim, lee, sam, response, responsesOf, edits: new AuditEditStore(opened.db, { now: () => clock.time }) };
}

describe('AuditEditStore.saveEdits', () => {
  it('saves ratings, notes and reflections, creating their rows on first edit, and marks the audit as edited', async () => {
    let time = 1_000;
    const { db, audits, audit } = await openWithAudit(() => time);
    const edits = new AuditEditStore(db, { now: () => time });
    time = 2_000;
    const result = await edits.saveEdits(audit.id, [rating('a1', 3), note('a1', 'Reports each term'), note('b1', 'Still to discuss'), workingWell('first', 'Strong leadership')]);
    expect(result).toEqual({ refused: [] });
    expect(await audits.getAnswers(audit.id)).toEqual({
      a1: { rating: 3, note: 'Reports each term' },
      b1: { rating: null, note: 'Still to discuss' },
    });
    expect(await edits.getReflections(audit.id)).toEqual({ first: { workingWell: 'Strong leadership', evenBetterIf: '' } });
    expect(await db.answers.get([audit.id, 'a1'])).toMatchObject({ updatedAt: 2_000 });
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(2_000);
  });

  it('saves every field of a plan action, and of a review date, changing only the fields edited', async () => {
    const { db, audits, audit, action, review, edits, clock } = await openPlan();
    clock.time = 2_000;
    await edits.saveEdits(audit.id, [
      makeEdit('action', action.id, 'action', 'Name a senior attendance champion', action.action, 1),
      makeEdit('action', action.id, 'successMeasure', 'Every family knows who it is', '', 1),
      makeEdit('action', action.id, 'lead', 'Head', '', 1),
      makeEdit('action', action.id, 'targetDate', 'Spring 2027', '', 1),
      makeEdit('action', action.id, 'status', 'on-track', 'not-started', 1),
      makeEdit('action', action.id, 'progressNote', 'Named on the website', '', 1),
      makeEdit('action', action.id, 'domainId', null, 'first', 1),
      makeEdit('review', review.id, 'who', 'Full governing body', 'Governors', 1),
      makeEdit('review', review.id, 'note', 'Two actions behind', '', 1),
    ]);
    expect(await db.actions.get(action.id)).toEqual({
      ...action,
      action: 'Name a senior attendance champion',
      successMeasure: 'Every family knows who it is',
      lead: 'Head',
      targetDate: 'Spring 2027',
      status: 'on-track',
      progressNote: 'Named on the website',
      domainId: null,
      updatedAt: 2_000,
    });
    expect(await db.planReviews.get(review.id)).toEqual({ ...review, who: 'Full governing body', note: 'Two actions behind', updatedAt: 2_000 });
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(2_000);
  });

  it('changes only the field edited, so two tabs editing one record keep both changes', async () => {
    const { db, audits, audit, action } = await openPlan();
    const tabOne = new AuditEditStore(db);
    const tabTwo = new AuditEditStore(db);
    await tabOne.saveEdits(audit.id, [rating('a1', 2), makeEdit('action', action.id, 'successMeasure', 'Typed in one tab', '', 1)]);
    await tabTwo.saveEdits(audit.id, [note('a1', 'Typed in the other tab'), makeEdit('action', action.id, 'lead', 'Typed in the other', '', 1)]);
    await tabOne.saveEdits(audit.id, [workingWell('first', 'One')]);
    await tabTwo.saveEdits(audit.id, [makeEdit('reflection', 'first', 'evenBetterIf', 'Two', '', 1)]);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 2, note: 'Typed in the other tab' } });
    expect(await tabOne.getReflections(audit.id)).toEqual({ first: { workingWell: 'One', evenBetterIf: 'Two' } });
    expect(await db.actions.get(action.id)).toMatchObject({ successMeasure: 'Typed in one tab', lead: 'Typed in the other' });
  });

  it('applies edits in order: the later edit of a field wins', async () => {
    const { db, audits, audit } = await openWithAudit();
    await new AuditEditStore(db).saveEdits(audit.id, [note('a1', 'first draft'), note('a1', 'second draft'), rating('a1', 'n/a')]);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 'n/a', note: 'second draft' } });
  });

  it('refuses edits for an audit that no longer exists, as a typed error, and writes nothing', async () => {
    const { db } = await openWithAudit();
    const edits = new AuditEditStore(db);
    await expect(edits.saveEdits('deleted', [note('a1', 'lost?')])).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    expect(await db.answers.count()).toBe(0);
  });

  it('treats an audit in Recently deleted as gone: nothing is written to it until it is restored', async () => {
    const { db, audit, edits } = await openPlan();
    await db.audits.update(audit.id, { deletedAt: 5_000 });
    await expect(edits.saveEdits(audit.id, [note('a1', 'into the bin?')])).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    expect(await edits.replayEdits(audit.id, [note('a1', 'from a journal')])).toEqual({ applied: 0, skipped: 1, auditMissing: true });
    expect(await db.answers.count()).toBe(0);
    expect((await db.audits.get(audit.id))?.updatedAt).toBe(1_000);
  });

  it('hands back the edits of an action or review date deleted meanwhile, saving the rest of the batch', async () => {
    const { db, audits, audit, action, review, edits } = await openPlan();
    await db.actions.delete(action.id);
    await db.planReviews.delete(review.id);
    const lost = makeEdit('action', action.id, 'successMeasure', 'Typed after another tab deleted it', '', 1);
    const lostReview = makeEdit('review', review.id, 'who', 'Nobody', 'Governors', 1);
    const result = await edits.saveEdits(audit.id, [lost, note('a1', 'Kept'), lostReview]);
    expect(result.refused).toEqual([
      { edit: lost, reason: 'not-found', message: 'That action could not be found. It may have been deleted in another tab.' },
      { edit: lostReview, reason: 'not-found', message: 'That progress check could not be found. It may have been deleted in another tab.' },
    ]);
    expect(await db.actions.count()).toBe(0);
    expect(await db.planReviews.count()).toBe(0);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'Kept' } });
  });

  it('never reaches an action of another audit', async () => {
    const { db, audit, action, edits } = await openPlan();
    await db.audits.put({ ...audit, id: 'spring', title: 'Another audit' });
    const result = await edits.saveEdits('spring', [makeEdit('action', action.id, 'lead', 'Not ours', '', 1)]);
    expect(result.refused).toMatchObject([{ reason: 'not-found' }]);
    expect((await db.actions.get(action.id))?.lead).toBe('');
  });

  it.each([
    ['an action status the app does not offer', makeEdit('action', 'action-1', 'status', 'finished' as 'done', 'not-started', 1)],
    ['a field people do not edit', { kind: 'action', recordId: 'action-1', field: 'order', value: 9, base: 0, editedAt: 1 } as unknown as AuditEdit],
    ['a rating that is not a level', rating('a1', 2.5)],
  ])('refuses %s, and writes nothing for it', async (_name, edit) => {
    const { db, audit, action, edits } = await openPlan();
    const result = await edits.saveEdits(audit.id, [edit]);
    expect(result.refused).toMatchObject([{ edit, reason: 'invalid', message: expect.stringContaining('could not be saved') }]);
    expect(await db.actions.get(action.id)).toEqual(action);
    expect(await db.answers.count()).toBe(0);
  });

  it('surfaces a full disk as a typed quota error and keeps what was saved before', async () => {
    const { db, audits, audit } = await openWithAudit();
    const edits = new AuditEditStore(db);
    await edits.saveEdits(audit.id, [note('a1', 'kept')]);
    fillDisk(db);
    const failure = edits.saveEdits(audit.id, [note('a1', 'not saved'), workingWell('first', 'not saved')]);
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ kind: 'quota' });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'kept' } });
    expect(await edits.getReflections(audit.id)).toEqual({});
  });
});

describe('AuditEditStore.saveEdits: priority areas', () => {
  it('saves the chosen domains in the toolkit’s order and marks the audit as edited', async () => {
    const { db, audit, edits, clock } = await openPlan();
    clock.time = 2_000;
    expect(await edits.saveEdits(audit.id, [priorities(audit.id, ['second', 'first'])])).toEqual({ refused: [] });
    expect(await db.audits.get(audit.id)).toMatchObject({ priorityDomainIds: ['first', 'second'], updatedAt: 2_000 });
  });

  it('lifts the actions of new priority sections above the rest, each part keeping its order', async () => {
    const { db, audit, edits } = await openPlan();
    let next = 1;
    const store = new ActionStore(db, { now: () => 1_500, newId: () => `action-${++next}` });
    for (const [action, domainId] of [['Second A', 'second'], ['First B', 'first'], ['Whole school', null], ['Second C', 'second']] as const) {
      await store.addAction(audit.id, { ...blankAction(domainId), action });
    }
    const titles = async () => (await store.listActions(audit.id)).map((action) => action.action);
    expect(await titles()).toEqual(['Name a champion', 'Second A', 'First B', 'Whole school', 'Second C']);
    // At least two priority areas: "second" and a domain with no actions would do as well.
    await edits.saveEdits(audit.id, [priorities(audit.id, ['second', 'first'])]);
    expect(await titles()).toEqual(['Name a champion', 'Second A', 'First B', 'Second C', 'Whole school']);
    // A later move by hand stays until the priorities change again.
    await store.reorderActions(audit.id, [
      { id: 'action-4', order: 0 },
      { id: 'action-1', order: 1 },
    ]);
    await edits.saveEdits(audit.id, [priorities(audit.id, ['first', 'second'], ['first', 'second'])]);
    expect((await titles())[0]).toBe('Whole school');
  });

  it('clears the priorities', async () => {
    const { db, audit, edits } = await openPlan();
    await edits.saveEdits(audit.id, [priorities(audit.id, ['first', 'second'])]);
    await edits.saveEdits(audit.id, [priorities(audit.id, [], ['first', 'second'])]);
    expect((await db.audits.get(audit.id))?.priorityDomainIds).toEqual([]);
  });

  it.each([
    ['a domain the toolkit does not have', ['first', 'third'], 'This toolkit has no section called “third”'],
    ['only one domain', ['first'], 'Choose at least 2 priority areas, or none'],
  ])('refuses %s with the message the form shows, and changes nothing', async (_name, chosen, message) => {
    const { db, audit, edits, clock } = await openPlan();
    await edits.saveEdits(audit.id, [priorities(audit.id, ['first', 'second'])]);
    const before = await db.audits.get(audit.id);
    clock.time = 3_000;
    const edit = priorities(audit.id, chosen, ['first', 'second']);
    expect(await edits.saveEdits(audit.id, [edit])).toEqual({ refused: [{ edit, reason: 'invalid', message }] });
    expect(await db.audits.get(audit.id)).toEqual(before);
  });

  it('refuses priorities when the audit’s toolkit is missing, rather than saving them unchecked', async () => {
    const { db, audit, edits } = await openPlan();
    await db.toolkits.clear();
    const result = await edits.saveEdits(audit.id, [priorities(audit.id, ['first', 'second'])]);
    expect(result.refused).toMatchObject([{ reason: 'invalid', message: 'The toolkit this self-evaluation was made with could not be found.' }]);
    expect((await db.audits.get(audit.id))?.priorityDomainIds).toEqual([]);
  });
});

describe('AuditEditStore.saveEdits: ratings given in turn on this device', () => {
  it('saves each person’s ratings and notes as their own, creating rows on first edit, and marks the audit as edited', async () => {
    const { db, audit, kim, lee, response, responsesOf, edits, clock } = await openTeam();
    clock.time = 2_000;
    const result = await edits.saveEdits(audit.id, [response(kim.id, 'a1', 'rating', 4), response(kim.id, 'a1', 'note', 'Seen at the gate'), response(lee.id, 'a1', 'rating', 2), response(lee.id, 'b1', 'rating', 'n/a')]);
    expect(result).toEqual({ refused: [] });
    expect(await responsesOf(kim.id)).toEqual([{ indicatorId: 'a1', rating: 4, note: 'Seen at the gate' }]);
    expect(await responsesOf(lee.id)).toEqual([
      { indicatorId: 'a1', rating: 2, note: '' },
      { indicatorId: 'b1', rating: 'n/a', note: '' },
    ]);
    expect(await db.responses.get([audit.id, kim.id, 'a1'])).toMatchObject({ auditId: audit.id, respondentId: kim.id, updatedAt: 2_000 });
    // The lead's own answers are untouched.
    expect(await db.answers.count()).toBe(0);
    expect((await db.audits.get(audit.id))?.updatedAt).toBe(2_000);
  });

  it.each([
    ['someone who rates on their own laptop', 'sam', 'invalid', /Sam rates on their own laptop/],
    ['someone removed', 'removed', 'not-found', /Kim was removed/],
    ['someone who has finished', 'finished', 'invalid', /Kim has finished rating/],
    ['someone not on this self-evaluation', 'stranger', 'not-found', /could not be found/],
    ['a record id that names nobody', 'nameless', 'not-found', /could not be found/],
  ] as const)('refuses the ratings of %s, saving the rest of the batch', async (_name, who, reason, message) => {
    const { db, audit, kim, lee, sam, team, response, responsesOf, edits } = await openTeam();
    if (who === 'removed') await team.removeRespondent(audit.id, kim.id);
    if (who === 'finished') await team.finishRating(audit.id, kim.id);
    const refusedEdit =
      who === 'sam' ? response(sam.id, 'a1', 'rating', 3)
      : who === 'stranger' ? response('person-99', 'a1', 'rating', 3)
      : who === 'nameless' ? makeEdit('response', 'a1', 'rating', 3, null, 100)
      : response(kim.id, 'a1', 'rating', 3);
    const result = await edits.saveEdits(audit.id, [refusedEdit, response(lee.id, 'a1', 'rating', 1)]);
    expect(result.refused).toEqual([{ edit: refusedEdit, reason, message: expect.stringMatching(message) }]);
    expect(await db.responses.count()).toBe(1);
    expect(await responsesOf(lee.id)).toEqual([{ indicatorId: 'a1', rating: 1, note: '' }]);
  });

  it('never reaches a person on another audit, even one with the same id', async () => {
    const { db, audit, kim, response, edits } = await openTeam();
    await db.audits.put({ ...audit, id: 'spring', title: 'Another audit' });
    const result = await edits.saveEdits('spring', [response(kim.id, 'a1', 'rating', 3)]);
    expect(result.refused).toMatchObject([{ reason: 'not-found' }]);
    expect(await db.responses.count()).toBe(0);
  });

  it('takes changes again once the lead lets someone who finished change their ratings', async () => {
    const { audit, kim, team, response, responsesOf, edits } = await openTeam();
    await edits.saveEdits(audit.id, [response(kim.id, 'a1', 'rating', 2)]);
    await team.finishRating(audit.id, kim.id);
    expect((await edits.saveEdits(audit.id, [response(kim.id, 'a1', 'rating', 4, 2)])).refused).toHaveLength(1);
    await team.reopenRating(audit.id, kim.id);
    expect(await edits.saveEdits(audit.id, [response(kim.id, 'a1', 'rating', 4, 2)])).toEqual({ refused: [] });
    expect(await responsesOf(kim.id)).toEqual([{ indicatorId: 'a1', rating: 4, note: '' }]);
  });

  it('refuses a rating that is not a level', async () => {
    const { db, audit, kim, response, edits } = await openTeam();
    const result = await edits.saveEdits(audit.id, [response(kim.id, 'a1', 'rating', 2.5)]);
    expect(result.refused).toMatchObject([{ reason: 'invalid', message: expect.stringContaining('could not be saved') }]);
    expect(await db.responses.count()).toBe(0);
  });
});

describe('AuditEditStore.replayEdits', () => {
  it('applies journalled edits to fields nobody has changed since', async () => {
    const { db, audits, audit } = await openWithAudit(() => 5_000);
    const edits = new AuditEditStore(db, { now: () => 5_000 });
    await edits.saveEdits(audit.id, [note('a1', 'before')]);
    const result = await edits.replayEdits(audit.id, [note('a1', 'typed just before closing', 'before', 100), rating('a2', 4, null, 100)]);
    expect(result).toEqual({ applied: 2, skipped: 0, auditMissing: false });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'typed just before closing' }, a2: { rating: 4, note: '' } });
  });

  it('keeps a change another tab made to the same field after the journalled edit', async () => {
    const { db, audits, audit } = await openWithAudit(() => 5_000);
    const edits = new AuditEditStore(db, { now: () => 5_000 });
    await edits.saveEdits(audit.id, [note('a1', 'newer, from another tab'), rating('a1', 2)]);
    const result = await edits.replayEdits(audit.id, [note('a1', 'older', 'original', 100), rating('a1', 3, 2, 100)]);
    expect(result).toEqual({ applied: 1, skipped: 1, auditMissing: false });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 3, note: 'newer, from another tab' } });
  });

  it('applies the same conflict rule to reflections, actions, review dates and priority areas', async () => {
    const { db, audit, action, review, edits, clock } = await openPlan();
    clock.time = 5_000;
    // Another tab changed these after the journalled edits were made (at 100).
    await edits.saveEdits(audit.id, [
      workingWell('first', 'theirs'),
      makeEdit('action', action.id, 'lead', 'theirs', '', 4_000),
      makeEdit('review', review.id, 'who', 'theirs', 'Governors', 4_000),
      priorities(audit.id, ['first', 'second']),
    ]);
    const result = await edits.replayEdits(audit.id, [
      workingWell('first', 'mine', ''),
      makeEdit('action', action.id, 'lead', 'mine', '', 100),
      makeEdit('action', action.id, 'successMeasure', 'mine, and nobody else’s', '', 100),
      makeEdit('review', review.id, 'who', 'mine', 'Governors', 100),
      priorities(audit.id, ['second'], [], 100),
    ]);
    expect(result).toEqual({ applied: 1, skipped: 4, auditMissing: false });
    expect(await edits.getReflections(audit.id)).toEqual({ first: { workingWell: 'theirs', evenBetterIf: '' } });
    expect(await db.actions.get(action.id)).toMatchObject({ lead: 'theirs', successMeasure: 'mine, and nobody else’s' });
    expect((await db.planReviews.get(review.id))?.who).toBe('theirs');
    expect((await db.audits.get(audit.id))?.priorityDomainIds).toEqual(['first', 'second']);
  });

  it('replays priority areas when storage still holds what they replaced, compared by value', async () => {
    const { db, audit, edits, clock } = await openPlan();
    await edits.saveEdits(audit.id, [priorities(audit.id, ['first', 'second'])]);
    clock.time = 9_000;
    await edits.saveEdits(audit.id, [note('a1', 'later work on the audit')]);
    const result = await edits.replayEdits(audit.id, [priorities(audit.id, [], ['first', 'second'], 100)]);
    expect(result).toEqual({ applied: 1, skipped: 0, auditMissing: false });
    expect((await db.audits.get(audit.id))?.priorityDomainIds).toEqual([]);
  });

  it('replays a person’s journalled ratings like the lead’s: applied unless changed since, skipped once they finished', async () => {
    const { audit, kim, lee, team, response, responsesOf, edits, clock } = await openTeam();
    clock.time = 5_000;
    await edits.saveEdits(audit.id, [response(kim.id, 'a1', 'note', 'newer, from another tab')]);
    const replayed = await edits.replayEdits(audit.id, [
      response(kim.id, 'a1', 'note', 'older', '', 100),
      response(kim.id, 'a2', 'rating', 3, null, 100),
      response(lee.id, 'a1', 'rating', 1, null, 100),
    ]);
    expect(replayed).toEqual({ applied: 2, skipped: 1, auditMissing: false });
    expect(await responsesOf(kim.id)).toEqual([
      { indicatorId: 'a1', rating: null, note: 'newer, from another tab' },
      { indicatorId: 'a2', rating: 3, note: '' },
    ]);
    await team.finishRating(audit.id, lee.id);
    expect(await edits.replayEdits(audit.id, [response(lee.id, 'a1', 'rating', 4, 1, 6_000)])).toEqual({ applied: 0, skipped: 1, auditMissing: false });
    expect(await responsesOf(lee.id)).toEqual([{ indicatorId: 'a1', rating: 1, note: '' }]);
  });

  it('skips edits of an action deleted since', async () => {
    const { db, audit, action, edits } = await openPlan();
    await db.actions.delete(action.id);
    expect(await edits.replayEdits(audit.id, [makeEdit('action', action.id, 'lead', 'x', '', 1)])).toEqual({ applied: 0, skipped: 1, auditMissing: false });
    expect(await db.actions.count()).toBe(0);
  });

  it('reports an audit deleted since, without writing anything', async () => {
    const { db } = await openWithAudit();
    const result = await new AuditEditStore(db).replayEdits('deleted', [note('a1', 'x')]);
    expect(result).toEqual({ applied: 0, skipped: 1, auditMissing: true });
    expect(await db.answers.count()).toBe(0);
  });
});

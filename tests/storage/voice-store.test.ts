import { describe, expect, it } from 'vitest';
import { AuditLifecycleStore } from '../../src/storage/audit-lifecycle-store';
import { AuditStore } from '../../src/storage/audit-store';
import { VoiceStore } from '../../src/storage/voice-store';
import { makeToolkitWithDuties } from '../fixtures/toolkits';
import { details, fillDisk, openTestDatabase } from './support/test-database';

async function setUp() {
  const db = openTestDatabase();
  const clock = { time: 1_000 };
  const audits = new AuditStore(db, { now: () => clock.time, newId: () => 'autumn' });
  const audit = await audits.createAudit(makeToolkitWithDuties(), details);
  let next = 0;
  const store = new VoiceStore(db, { now: () => clock.time, newId: () => `set-${++next}` });
  return { db, clock, audit, audits, store };
}

describe('VoiceStore', () => {
  it('adds answer sets one after another, lists them in order, and marks the audit as edited', async () => {
    const { store, audit, audits, clock } = await setUp();
    clock.time = 2_000;
    await store.addAnswerSet(audit.id, 'families', { welcome: 0, told: 4 });
    clock.time = 3_000;
    await store.addAnswerSet(audit.id, 'families', { told: 2 });
    expect(await store.listAnswerSets(audit.id)).toEqual([
      { auditId: 'autumn', id: 'set-1', questionnaireId: 'families', answers: { welcome: 0, told: 4 }, createdAt: 2_000, updatedAt: 2_000 },
      { auditId: 'autumn', id: 'set-2', questionnaireId: 'families', answers: { told: 2 }, createdAt: 3_000, updatedAt: 3_000 },
    ]);
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(3_000);
  });

  it('keeps nothing that identifies a person: the stored row has only the answers and times', async () => {
    const { store, audit, db } = await setUp();
    await store.addAnswerSet(audit.id, 'families', { welcome: 1 });
    const [row] = await db.voiceAnswers.toArray();
    expect(Object.keys(row!).sort()).toEqual(['answers', 'auditId', 'createdAt', 'id', 'questionnaireId', 'updatedAt']);
  });

  it.each([
    ['no answers', 'families', {}, 'Choose an answer for at least one statement.'],
    ['an answer off the scale', 'families', { welcome: 5 }, 'Some of these answers are not for this questionnaire, so nothing was saved.'],
    ['a statement of another questionnaire', 'families', { welcome: 1, 'feel-calm': 1 }, 'Some of these answers are not for this questionnaire, so nothing was saved.'],
    ['a questionnaire the toolkit lacks', 'pupils', { welcome: 1 }, 'This self-evaluation’s toolkit has no such questionnaire, so nothing was saved.'],
  ])('refuses %s, and writes nothing', async (_, questionnaireId, answers, message) => {
    const { store, audit, audits, db, clock } = await setUp();
    clock.time = 5_000;
    await expect(store.addAnswerSet(audit.id, questionnaireId, answers)).rejects.toMatchObject({ name: 'RefusedError', message });
    expect(await db.voiceAnswers.count()).toBe(0);
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(1_000);
  });

  it('refuses answers for an audit that is missing or deleted, and lists none for it', async () => {
    const { store, audit, db } = await setUp();
    await store.addAnswerSet(audit.id, 'families', { welcome: 1 });
    await expect(store.addAnswerSet('missing', 'families', { welcome: 1 })).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    await new AuditLifecycleStore(db).deleteAudit(audit.id);
    await expect(store.addAnswerSet(audit.id, 'families', { welcome: 1 })).rejects.toMatchObject({ kind: 'not-found' });
    expect(await store.listAnswerSets(audit.id)).toEqual([]);
    expect(await db.voiceAnswers.count()).toBe(1);
  });

  it('refuses answers on a colleague’s copy opened from an invitation', async () => {
    const { store, audit, db } = await setUp();
    await db.audits.update(audit.id, { invitation: { respondentId: 'r', respondentName: 'Sam', groupId: 'teaching-staff', groupTitle: 'Teaching staff', mode: 'anonymous' } });
    await expect(store.addAnswerSet(audit.id, 'families', { welcome: 1 })).rejects.toMatchObject({ name: 'RefusedError' });
    expect(await db.voiceAnswers.count()).toBe(0);
  });

  it('on a full disk says so and keeps nothing, not even the audit’s new time; once there is space it saves', async () => {
    const { store, audit, audits, db, clock } = await setUp();
    const free = fillDisk(db, [db.voiceAnswers]);
    clock.time = 4_000;
    await expect(store.addAnswerSet(audit.id, 'families', { welcome: 1 })).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    expect(await db.voiceAnswers.count()).toBe(0);
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(1_000);
    free();
    await store.addAnswerSet(audit.id, 'families', { welcome: 1 });
    expect(await store.listAnswerSets(audit.id)).toHaveLength(1);
  });
});

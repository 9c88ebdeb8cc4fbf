import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditStore } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { PriorityChoiceError, PriorityStore } from '../../src/storage/priority-store';
import { makeToolkit } from '../fixtures/toolkits';

const opened: ReflectDatabase[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function setUp() {
  const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const audits = new AuditStore(db, { now: () => 1_000, newId: () => 'audit-1' });
  const audit = await audits.createAudit(makeToolkit(), { school: 'Northfield', title: 'Autumn', date: '2026-11-25', participants: '' });
  return { db, audit, priorities: new PriorityStore(db, { now: () => 2_000 }) };
}

describe('PriorityStore', () => {
  it('saves the chosen domains in the toolkit’s order and marks the audit as edited', async () => {
    const { db, audit, priorities } = await setUp();
    expect(await priorities.setPriorityDomains(audit.id, ['second', 'first'])).toEqual(['first', 'second']);
    expect(await db.audits.get(audit.id)).toMatchObject({ priorityDomainIds: ['first', 'second'], updatedAt: 2_000 });
  });

  it('clears the priorities', async () => {
    const { db, audit, priorities } = await setUp();
    await priorities.setPriorityDomains(audit.id, ['first', 'second']);
    await priorities.setPriorityDomains(audit.id, []);
    expect((await db.audits.get(audit.id))?.priorityDomainIds).toEqual([]);
  });

  it.each([
    ['a domain the toolkit does not have', ['first', 'third'], /no domain called “third”/],
    ['only one domain', ['first'], /at least 2/],
  ])('refuses %s with a clear message and changes nothing', async (_name, chosen, message) => {
    const { db, audit, priorities } = await setUp();
    await priorities.setPriorityDomains(audit.id, ['first', 'second']);
    const failure = priorities.setPriorityDomains(audit.id, chosen);
    await expect(failure).rejects.toBeInstanceOf(PriorityChoiceError);
    await expect(failure).rejects.toThrow(message);
    expect(await db.audits.get(audit.id)).toMatchObject({ priorityDomainIds: ['first', 'second'], updatedAt: 2_000 });
  });

  it('says when the audit does not exist', async () => {
    const { priorities } = await setUp();
    await expect(priorities.setPriorityDomains('missing', [])).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
  });
});

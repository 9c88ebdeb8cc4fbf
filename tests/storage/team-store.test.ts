/**
 * The team's records on real Dexie (fake-indexeddb), as two devices see
 * them: the lead's, where people are added and responses imported, and a
 * colleague's, where an invitation is opened, rated and answered. Files go
 * through the app's own builders and parsers, as they do between laptops.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEdit } from '../../src/core/audit-edit';
import { buildInvitation, buildResponse, serializeTeamFile, type ResponseFile } from '../../src/core/team-files';
import { parseInvitation, parseResponse } from '../../src/core/team-file-parse';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { AuditStore } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { loadPlanSources } from '../../src/storage/plan-data';
import { loadResults } from '../../src/storage/results-queries';
import { loadRespondentRatings, loadTeamPage } from '../../src/storage/team-queries';
import { responseRecordId } from '../../src/core/team-response-edit';
import { TeamStore } from '../../src/storage/team-store';
import { makeToolkit } from '../fixtures/toolkits';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const toolkit = makeToolkit();
const NOW = new Date('2026-12-03T10:00:00Z');

function device(name: string) {
  const db = new ReflectDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const clock = { time: 1_000 };
  let id = 0;
  const options = { now: () => clock.time, newId: () => `${name}-${++id}` };
  return { db, clock, audits: new AuditStore(db, options), team: new TeamStore(db, options), edits: new AuditEditStore(db, options) };
}

async function leadWithTeam() {
  const lead = device('lead');
  const audit = await lead.audits.createAudit(toolkit, { school: 'Northfield', title: 'Autumn', date: '2026-12-03', participants: 'Ms Patel' });
  await lead.team.setTeam(audit.id, { mode: 'anonymous', leadGroupId: 'senior-leaders' });
  const sam = await lead.team.addRespondent(audit.id, { name: 'Sam', groupId: 'teaching-staff', takesPart: 'own-device' });
  const jo = await lead.team.addRespondent(audit.id, { name: 'Jo', groupId: 'teaching-staff', takesPart: 'own-device' });
  return { lead, audit, sam, jo };
}

/** A colleague opens their invitation, rates, and sends back the file's text. */
async function colleagueRates(invitationText: string, respondentId: string, ratings: Record<string, number | 'n/a'>, name = 'colleague') {
  const parsed = parseInvitation(invitationText);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const colleague = device(name);
  const opened = await colleague.team.openInvitation(parsed.value, respondentId);
  if (!opened.ok) throw new Error(opened.message);
  const edits = Object.entries(ratings).map(([indicatorId, rating]) => makeEdit('answer', indicatorId, 'rating', rating, null, 1));
  await colleague.edits.saveEdits(opened.audit.id, edits);
  const records = await colleague.team.responseRecords(opened.audit.id);
  return { colleague, copy: opened.audit, text: serializeTeamFile(buildResponse({ ...records, appVersion: '0.1.0', now: NOW })) };
}

async function invitationFor(lead: ReturnType<typeof device>, auditId: string, respondentIds: string[]) {
  const { audit, definition, respondents } = await lead.team.invitationRecords(auditId);
  const chosen = respondents.filter((respondent) => respondentIds.includes(respondent.id));
  return serializeTeamFile(buildInvitation({ audit, toolkit: definition, respondents: chosen, appVersion: '0.1.0', now: NOW }));
}

const importOne = (team: TeamStore, auditId: string, file: ResponseFile) => team.importResponses(auditId, [file]).then((results) => results[0]!);

function responseOf(text: string) {
  const parsed = parseResponse(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('TeamStore', () => {
  it('asks for the team’s settings before people are added', async () => {
    const lead = device('lead');
    const audit = await lead.audits.createAudit(toolkit, { school: 'Northfield', title: 'Autumn', date: '2026-12-03', participants: '' });
    await expect(lead.team.addRespondent(audit.id, { name: 'Sam', groupId: 'teaching-staff', takesPart: 'own-device' })).rejects.toThrow(/how the team’s ratings are shown/);
    expect(await lead.db.respondents.count()).toBe(0);
  });

  it('carries two colleagues’ ratings from their laptops into the lead’s results, and the median stands until a level is agreed', async () => {
    const { lead, audit, sam, jo } = await leadWithTeam();
    const first = toolkit.domains[0]!.indicators[0]!.id;
    const second = toolkit.domains[0]!.indicators[1]!.id;
    const samsFile = await colleagueRates(await invitationFor(lead, audit.id, [sam.id]), sam.id, { [first]: 1, [second]: 3 }, 'sam');
    const josFile = await colleagueRates(await invitationFor(lead, audit.id, [jo.id]), jo.id, { [first]: 4, [second]: 3 }, 'jo');
    expect(samsFile.copy.invitation).toMatchObject({ respondentId: sam.id, respondentName: 'Sam', groupTitle: 'Teaching staff', mode: 'anonymous' });

    expect(await importOne(lead.team, audit.id, responseOf(samsFile.text))).toMatchObject({ ok: true, change: 'new' });
    expect(await importOne(lead.team, audit.id, responseOf(josFile.text))).toMatchObject({ ok: true, change: 'new' });
    const results = (await loadResults(lead.db, audit.id, undefined))!;
    const spread = results.team!.combined.indicators.find((indicator) => indicator.indicatorId === first)!;
    expect(spread).toMatchObject({ counts: { 1: 1, 2: 0, 3: 0, 4: 1 }, isDisagreement: true, source: 'median', rating: 1 });
    expect(results.answers[second]?.rating).toBe(3);

    await lead.edits.saveEdits(audit.id, [makeEdit('agreement', first, 'rating', 3, null, 2), makeEdit('agreement', first, 'reason', 'Strong at the gate', '', 2)]);
    const plan = await loadPlanSources(lead.db, audit.id);
    expect(plan.answers[first]).toEqual({ rating: 3, note: 'Strong at the gate' });
    expect(plan.team?.combined.indicators.find((indicator) => indicator.indicatorId === first)?.source).toBe('agreed');
  });

  it('replaces a colleague’s earlier answers with their updated file, and the same file again changes nothing', async () => {
    const { lead, audit, sam } = await leadWithTeam();
    const [a, b] = toolkit.domains[0]!.indicators.map((indicator) => indicator.id);
    const invitation = await invitationFor(lead, audit.id, [sam.id]);
    const before = await colleagueRates(invitation, sam.id, { [a!]: 2, [b!]: 2 }, 'sam-1');
    await importOne(lead.team, audit.id, responseOf(before.text));
    // Sam changes their mind about one statement and clears nothing: only what the new file says counts.
    const after = await colleagueRates(invitation, sam.id, { [a!]: 4 }, 'sam-2');
    lead.clock.time = 5_000;
    expect(await importOne(lead.team, audit.id, responseOf(after.text))).toMatchObject({ ok: true, change: 'replaced' });
    const rows = await lead.db.responses.where('auditId').equals(audit.id).toArray();
    expect(rows.map((row) => [row.indicatorId, row.rating])).toEqual([[a, 4]]);
    const audited = await lead.db.audits.get(audit.id);
    lead.clock.time = 9_000;
    expect(await importOne(lead.team, audit.id, responseOf(after.text))).toMatchObject({ ok: true, change: 'unchanged' });
    expect(await lead.db.responses.where('auditId').equals(audit.id).toArray()).toEqual(rows);
    expect((await lead.db.audits.get(audit.id))?.updatedAt).toBe(audited?.updatedAt);
  });

  it('refuses a response from someone the lead removed, changing nothing, and counts it again once they are put back', async () => {
    const { lead, audit, sam } = await leadWithTeam();
    const a = toolkit.domains[0]!.indicators[0]!.id;
    const file = await colleagueRates(await invitationFor(lead, audit.id, [sam.id]), sam.id, { [a]: 2 }, 'sam');
    await lead.team.removeRespondent(audit.id, sam.id);
    const refused = await importOne(lead.team, audit.id, responseOf(file.text));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/removed/);
    expect(await lead.db.responses.count()).toBe(0);
    await lead.team.restoreRespondent(audit.id, sam.id);
    expect(await importOne(lead.team, audit.id, responseOf(file.text))).toMatchObject({ ok: true, change: 'new' });
  });

  it('brings in a batch file by file: a refused one changes nothing and the others still count', async () => {
    const { lead, audit, sam, jo } = await leadWithTeam();
    const a = toolkit.domains[0]!.indicators[0]!.id;
    const samsFile = await colleagueRates(await invitationFor(lead, audit.id, [sam.id]), sam.id, { [a]: 2 }, 'sam');
    const josFile = await colleagueRates(await invitationFor(lead, audit.id, [jo.id]), jo.id, { [a]: 4 }, 'jo');
    const edited = { ...responseOf(josFile.text), auditId: 'someone-elses-audit' };
    const results = await lead.team.importResponses(audit.id, [responseOf(samsFile.text), edited]);
    expect(results.map((result) => result.ok)).toEqual([true, false]);
    const rows = await lead.db.responses.where('auditId').equals(audit.id).toArray();
    expect(rows.map((row) => [row.respondentId, row.rating])).toEqual([[sam.id, 2]]);
  });

  it('refuses a response for another self-evaluation, naming it', async () => {
    const { lead, audit, sam } = await leadWithTeam();
    const other = await lead.audits.createAudit(toolkit, { school: 'Southfield', title: 'Spring', date: '2027-03-01', participants: '' });
    const file = await colleagueRates(await invitationFor(lead, audit.id, [sam.id]), sam.id, { [toolkit.domains[0]!.indicators[0]!.id]: 2 }, 'sam');
    const refused = await importOne(lead.team, other.id, responseOf(file.text));
    expect(!refused.ok && refused.message).toMatch(/Autumn/);
    expect(await lead.db.responses.count()).toBe(0);
  });

  it('will not open an invitation on the device that holds the lead’s audit, or twice', async () => {
    const { lead, audit, sam } = await leadWithTeam();
    const text = await invitationFor(lead, audit.id, [sam.id]);
    const parsed = parseInvitation(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const onLeads = await lead.team.openInvitation(parsed.value, sam.id);
    expect(onLeads.ok).toBe(false);
    const before = await lead.db.audits.toArray();
    expect(await lead.db.audits.toArray()).toEqual(before);

    const colleague = device('sam');
    expect((await colleague.team.openInvitation(parsed.value, sam.id)).ok).toBe(true);
    const again = await colleague.team.openInvitation(parsed.value, sam.id);
    expect(again).toMatchObject({ ok: false, auditId: audit.id });
    expect(await colleague.db.audits.count()).toBe(1);
  });

  it('hides the ratings of people who rate in turn on this device until the lead reveals them', async () => {
    const { lead, audit } = await leadWithTeam();
    const a = toolkit.domains[0]!.indicators[0]!.id;
    const kim = await lead.team.addRespondent(audit.id, { name: 'Kim', groupId: 'governors', takesPart: 'this-device' });
    await lead.db.responses.put({ auditId: audit.id, respondentId: kim.id, indicatorId: a, rating: 4, note: '', updatedAt: 1 });
    const hidden = (await loadResults(lead.db, audit.id, undefined))!.team!;
    expect(hidden.hiddenRespondents).toBe(1);
    expect(hidden.combined.indicators[0]!.counts[4]).toBe(0);
    expect(await lead.team.revealRatings(audit.id)).toBe(1);
    const shown = (await loadResults(lead.db, audit.id, undefined))!.team!;
    expect(shown.hiddenRespondents).toBe(0);
    expect(shown.combined.indicators[0]!.counts[4]).toBe(1);
  });

  it('takes each person’s ratings on this device through the save path, shows each only their own, and hides them once they finish', async () => {
    const { lead, audit } = await leadWithTeam();
    const [a, b] = toolkit.domains[0]!.indicators.map((indicator) => indicator.id) as [string, string];
    const kim = await lead.team.addRespondent(audit.id, { name: 'Kim', groupId: 'governors', takesPart: 'this-device' });
    const lee = await lead.team.addRespondent(audit.id, { name: 'Lee', groupId: 'governors', takesPart: 'this-device' });
    expect(kim).toMatchObject({ takesPart: 'this-device', revealed: false, finishedAt: null });
    await lead.edits.saveEdits(audit.id, [makeEdit('response', responseRecordId(kim.id, a), 'rating', 4, null, 1), makeEdit('response', responseRecordId(kim.id, a), 'note', 'At the gate', '', 1)]);
    await lead.edits.saveEdits(audit.id, [makeEdit('response', responseRecordId(lee.id, b), 'rating', 1, null, 1)]);
    expect((await loadRespondentRatings(lead.db, audit.id, kim.id))?.answers).toEqual({ [a]: { rating: 4, note: 'At the gate' } });
    expect((await loadRespondentRatings(lead.db, audit.id, lee.id))?.answers).toEqual({ [b]: { rating: 1, note: '' } });

    lead.clock.time = 3_000;
    expect(await lead.team.finishRating(audit.id, kim.id)).toMatchObject({ finishedAt: 3_000, updatedAt: 3_000 });
    expect((await lead.db.audits.get(audit.id))?.updatedAt).toBe(3_000);
    const finished = await loadRespondentRatings(lead.db, audit.id, kim.id);
    expect(finished).toMatchObject({ respondent: { name: 'Kim', finishedAt: 3_000 }, answers: null });
    // Their ratings are kept, hidden, and still counted on the team page.
    expect((await loadTeamPage(lead.db, audit.id))?.rated[kim.id]).toBe(1);

    expect(await lead.team.reopenRating(audit.id, kim.id)).toMatchObject({ finishedAt: null });
    expect((await loadRespondentRatings(lead.db, audit.id, kim.id))?.answers).toEqual({ [a]: { rating: 4, note: 'At the gate' } });
    expect(await loadRespondentRatings(lead.db, audit.id, 'nobody')).toMatchObject({ respondent: null, answers: null });
    expect(await loadRespondentRatings(lead.db, 'no-such-audit', kim.id)).toBeNull();
  });

  it('finishes only someone rating on this device and still on the list', async () => {
    const { lead, audit, sam } = await leadWithTeam();
    const kim = await lead.team.addRespondent(audit.id, { name: 'Kim', groupId: 'governors', takesPart: 'this-device' });
    await expect(lead.team.finishRating(audit.id, sam.id)).rejects.toThrow(/Sam rates on their own laptop/);
    await lead.team.removeRespondent(audit.id, kim.id);
    await expect(lead.team.finishRating(audit.id, kim.id)).rejects.toThrow(/Kim was removed/);
    await expect(lead.team.finishRating(audit.id, 'nobody')).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    expect((await lead.db.respondents.toArray()).map((respondent) => respondent.finishedAt)).toEqual([null, null, null]);
  });
});

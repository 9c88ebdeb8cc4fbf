/**
 * The team around an audit: who is asked to rate, and what they answered.
 * Name and group are edited through the one save path (editable-records.ts);
 * adding, removing (a tombstone, so undo and a later sync both work),
 * finishing a turn on this device and revealing go through here, each
 * marking the audit as edited. Ratings given on this device go through the
 * one save path too (the `response` edit kind).
 */
import type { Audit } from '../core/audit';
import { formatProblem } from '../core/parse-toolkit';
import type { Invitation, ResponseFile } from '../core/team-files';
import { checkInvitationOpen } from '../core/team-invitation-check';
import { checkResponse, type ResponseChange } from '../core/team-response-check';
import type { Respondent, TakesPart, TeamAnswer, TeamMode } from '../core/team';
import type { Toolkit } from '../core/toolkit-schema';
import { touchAudit } from './audit-owned-rows';
import { getAuditInUse } from './audits-in-use';
import { BaseStore } from './base-store';
import { RefusedError, StorageError, guard } from './storage-error';
import { keepToolkit, readAuditToolkit, ToolkitConflictError } from './toolkit-rows';

export interface NewRespondent {
  name: string;
  groupId: string;
  takesPart: TakesPart;
}

export interface TeamSettings {
  mode: TeamMode;
  leadGroupId: string;
}

export type ImportedResponse = { ok: true; respondent: Respondent; change: ResponseChange } | { ok: false; message: string; problems: string[] };

export type OpenedInvitation = { ok: true; audit: Audit } | { ok: false; message: string; auditId: string | null };

/** What an invitation for some of the team is made from: the whole definition, as the colleague's copy applies the scope itself. */
export interface InvitationRecords {
  audit: Audit;
  definition: Toolkit;
  respondents: Respondent[];
}

export class TeamStore extends BaseStore {
  /** Starts asking others, or changes how the team's results are shown and the lead's own group. */
  setTeam(auditId: string, settings: TeamSettings): Promise<Audit> {
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, async () => {
        const audit = await getAuditInUse(this.db, auditId);
        if (!audit) throw new StorageError('not-found');
        if (audit.invitation) throw new RefusedError('This is your copy of a colleague’s self-evaluation, so you cannot invite others to it.');
        const updated: Audit = { ...audit, team: { mode: settings.mode, leadGroupId: settings.leadGroupId }, updatedAt: time };
        await this.db.audits.put(updated);
        return updated;
      }),
    );
  }

  addRespondent(auditId: string, person: NewRespondent): Promise<Respondent> {
    const time = this.now();
    const respondent: Respondent = {
      auditId,
      id: this.newId(),
      name: person.name.trim(),
      groupId: person.groupId,
      takesPart: person.takesPart,
      createdAt: time,
      updatedAt: time,
      removedAt: null,
      revealed: false,
      finishedAt: null,
    };
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.respondents, async () => {
        const audit = await getAuditInUse(this.db, auditId);
        if (!audit) throw new StorageError('not-found');
        if (!audit.team) throw new RefusedError('Choose how the team’s ratings are shown before adding people.');
        await this.db.respondents.add(respondent);
        await touchAudit(this.db, auditId, time);
        return respondent;
      }),
    );
  }

  /** Their answers stop counting but stay stored, so that the removal can be undone. */
  removeRespondent(auditId: string, respondentId: string): Promise<void> {
    return this.setRemoved(auditId, respondentId, this.now());
  }

  restoreRespondent(auditId: string, respondentId: string): Promise<void> {
    return this.setRemoved(auditId, respondentId, null);
  }

  /** Shows the ratings of everyone who rated in turn on this device. */
  revealRatings(auditId: string): Promise<number> {
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.respondents, async () => {
        const hidden = (await this.db.respondents.where('auditId').equals(auditId).toArray()).filter(
          (respondent) => respondent.takesPart === 'this-device' && !respondent.revealed && respondent.removedAt === null,
        );
        await this.db.respondents.bulkPut(hidden.map((respondent) => ({ ...respondent, revealed: true, updatedAt: time })));
        await touchAudit(this.db, auditId, time);
        return hidden.length;
      }),
    );
  }

  /**
   * A person rating in turn on this device says they have finished: from now
   * on their pages no longer show their ratings to whoever uses the device
   * next, and the save path refuses changes to them.
   */
  finishRating(auditId: string, respondentId: string): Promise<Respondent> {
    return this.setFinished(auditId, respondentId, this.now());
  }

  /** The lead lets someone who finished change their ratings: their pages show them again. */
  reopenRating(auditId: string, respondentId: string): Promise<Respondent> {
    return this.setFinished(auditId, respondentId, null);
  }

  private setFinished(auditId: string, respondentId: string, finishedAt: number | null): Promise<Respondent> {
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.respondents, async () => {
        const respondent = (await getAuditInUse(this.db, auditId)) && (await this.db.respondents.get([auditId, respondentId]));
        if (!respondent) throw new StorageError('not-found');
        if (respondent.takesPart !== 'this-device') throw new RefusedError(`${respondent.name} rates on their own laptop, not on this device.`);
        if (respondent.removedAt !== null) throw new RefusedError(`${respondent.name} was removed from this self-evaluation.`);
        const updated: Respondent = { ...respondent, finishedAt, updatedAt: time };
        await this.db.respondents.put(updated);
        await touchAudit(this.db, auditId, time);
        return updated;
      }),
    );
  }

  private setRemoved(auditId: string, respondentId: string, removedAt: number | null): Promise<void> {
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.respondents, async () => {
        const respondent = await this.db.respondents.get([auditId, respondentId]);
        if (!respondent) throw new StorageError('not-found');
        await this.db.respondents.put({ ...respondent, removedAt, updatedAt: time });
        await touchAudit(this.db, auditId, time);
      }),
    );
  }

  invitationRecords(auditId: string): Promise<InvitationRecords> {
    return guard(() =>
      this.db.transaction('r', this.db.audits, this.db.toolkits, this.db.respondents, async () => {
        const audit = await getAuditInUse(this.db, auditId);
        const definition = audit && (await this.db.toolkits.get([audit.toolkitId, audit.toolkitVersion]))?.definition;
        if (!audit || !definition) throw new StorageError('not-found');
        const respondents = (await this.db.respondents.where('auditId').equals(auditId).toArray()).filter((respondent) => respondent.removedAt === null);
        return { audit, definition, respondents: respondents.sort((a, b) => a.createdAt - b.createdAt) };
      }),
    );
  }

  /**
   * Brings in colleagues' answers, each file checked whole against this audit
   * first; a file that passes replaces that person's earlier answers. All in
   * one transaction, so the screens redraw once however many files there are.
   * The same file again changes nothing; a refused file changes nothing and
   * says why, and does not stop the others.
   */
  importResponses(auditId: string, files: readonly ResponseFile[]): Promise<ImportedResponse[]> {
    const time = this.now();
    const { db } = this;
    return guard(() =>
      db.transaction('rw', [db.audits, db.toolkits, db.respondents, db.responses], async (): Promise<ImportedResponse[]> => {
        const audit = await getAuditInUse(db, auditId);
        const toolkit = audit && (await readAuditToolkit(db, audit));
        if (!audit || !toolkit) throw new StorageError('not-found');
        const respondents = await db.respondents.where('auditId').equals(auditId).toArray();
        // Read once and written once: every file is checked against what is stored, and what earlier files in the batch changed.
        const byRespondent = new Map<string, TeamAnswer[]>();
        for (const row of await db.responses.where('auditId').equals(auditId).toArray()) byRespondent.set(row.respondentId, [...(byRespondent.get(row.respondentId) ?? []), row]);
        const replaced = new Set<string>();
        const results: ImportedResponse[] = [];
        for (const response of files) {
          const stored = byRespondent.get(response.respondent.id) ?? [];
          const checked = checkResponse(response, { audit, toolkit, respondents, stored }, time);
          if (!checked.ok) {
            results.push({ ok: false, message: checked.message, problems: checked.problems.map(formatProblem) });
            continue;
          }
          if (checked.change !== 'unchanged') {
            byRespondent.set(checked.respondent.id, checked.rows);
            replaced.add(checked.respondent.id);
          }
          results.push({ ok: true, respondent: checked.respondent, change: checked.change });
        }
        for (const respondentId of replaced) await db.responses.where('[auditId+respondentId]').equals([auditId, respondentId]).delete();
        await db.responses.bulkPut([...replaced].flatMap((respondentId) => byRespondent.get(respondentId) ?? []));
        if (results.some((result) => result.ok && result.change !== 'unchanged')) await touchAudit(db, auditId, time);
        return results;
      }),
    );
  }

  /** Makes this device's copy of the lead's audit for one of the people invited: same id, their answers its own. */
  openInvitation(invitation: Invitation, respondentId: string): Promise<OpenedInvitation> {
    const time = this.now();
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, db.toolkits, async (): Promise<OpenedInvitation> => {
        const respondent = invitation.respondents.find((person) => person.id === respondentId);
        if (!respondent) return { ok: false, message: 'Choose who you are from the people this invitation is for.', auditId: null };
        const existing = await db.audits.get(invitation.audit.id);
        const check = checkInvitationOpen(invitation, existing);
        if (!check.ok) return { ok: false, message: check.message, auditId: check.auditId };
        try {
          await keepToolkit(db, invitation.toolkit, time, { kind: 'invitation' });
        } catch (error) {
          if (error instanceof ToolkitConflictError) return { ok: false, message: error.message, auditId: null };
          throw error;
        }
        const { audit: sent } = invitation;
        const audit: Audit = {
          id: sent.id,
          toolkitId: sent.toolkitId,
          toolkitVersion: sent.toolkitVersion,
          school: sent.school,
          title: sent.title,
          date: sent.date,
          participants: respondent.name,
          status: 'in-progress',
          scope: sent.scope ?? 'full',
          basedOnAuditId: null,
          priorityDomainIds: [],
          invitation: {
            respondentId: respondent.id,
            respondentName: respondent.name,
            groupId: respondent.groupId,
            groupTitle: invitation.groups.find((group) => group.id === respondent.groupId)?.title ?? respondent.groupId,
            mode: sent.mode,
          },
          createdAt: time,
          updatedAt: time,
          deletedAt: null,
        };
        await db.audits.add(audit);
        return { ok: true, audit };
      }),
    );
  }

  /** The colleague's copy and its answers, for their response file. */
  responseRecords(auditId: string): Promise<{ audit: Audit; toolkit: Toolkit; answers: TeamAnswer[] }> {
    return guard(() =>
      this.db.transaction('r', this.db.audits, this.db.toolkits, this.db.answers, async () => {
        const audit = await getAuditInUse(this.db, auditId);
        const toolkit = audit && (await readAuditToolkit(this.db, audit));
        if (!audit || !toolkit) throw new StorageError('not-found');
        if (!audit.invitation) throw new RefusedError('This self-evaluation was not opened from an invitation, so there is no response to send.');
        const rows = await this.db.answers.where('auditId').equals(auditId).toArray();
        return { audit, toolkit, answers: rows.map((row) => ({ auditId, respondentId: audit.invitation!.respondentId, indicatorId: row.indicatorId, rating: row.rating, note: row.note, updatedAt: row.updatedAt })) };
      }),
    );
  }
}

/**
 * The team around an audit: who is asked to rate, and what they answered.
 * Name and group are edited through the one save path (editable-records.ts);
 * adding, removing (a tombstone, so undo and a later sync both work) and
 * revealing go through here, each marking the audit as edited.
 */
import type { Audit } from '../core/audit';
import type { Respondent, TakesPart, TeamMode } from '../core/team';
import { touchAudit } from './audit-owned-rows';
import { getAuditInUse } from './audits-in-use';
import { BaseStore } from './base-store';
import { RefusedError, StorageError, guard } from './storage-error';

export interface NewRespondent {
  name: string;
  groupId: string;
  takesPart: TakesPart;
}

export interface TeamSettings {
  mode: TeamMode;
  leadGroupId: string;
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
}

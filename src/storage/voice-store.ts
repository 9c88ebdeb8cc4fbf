/**
 * The kiosk's anonymous answer sets. Each person's answers go in whole, in
 * one transaction with the audit's "last edited" time, or not at all; they
 * are checked against the audit's own questionnaire first, so that nothing
 * that cannot be counted is kept. Nothing here knows who answered.
 */
import type { VoiceAnswerSet } from '../core/team';
import { voiceAnswersProblem, type VoiceAnswers } from '../core/voice-answers';
import { touchAudit } from './audit-owned-rows';
import { getAuditInUse } from './audits-in-use';
import { BaseStore } from './base-store';
import { RefusedError, StorageError, guard } from './storage-error';
import { readAuditToolkit } from './toolkit-rows';

export class VoiceStore extends BaseStore {
  addAnswerSet(auditId: string, questionnaireId: string, answers: VoiceAnswers): Promise<VoiceAnswerSet> {
    const time = this.now();
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, db.toolkits, db.voiceAnswers, async () => {
        const audit = await getAuditInUse(db, auditId);
        const toolkit = audit && (await readAuditToolkit(db, audit));
        if (!audit || !toolkit) throw new StorageError('not-found');
        if (audit.invitation) throw new RefusedError('This is your copy of a colleague’s self-evaluation. Collect answers on the self-evaluation of the person who invited you.');
        const questionnaire = toolkit.questionnaires?.find((candidate) => candidate.id === questionnaireId);
        if (!questionnaire) throw new RefusedError('This self-evaluation’s toolkit has no such questionnaire, so nothing was saved.');
        const problem = voiceAnswersProblem(questionnaire, answers);
        if (problem) throw new RefusedError(problem);
        const answerSet: VoiceAnswerSet = { auditId, id: this.newId(), questionnaireId, answers: { ...answers }, createdAt: time, updatedAt: time };
        await touchAudit(db, auditId, time);
        await db.voiceAnswers.add(answerSet);
        return answerSet;
      }),
    );
  }

  /** The audit's answer sets, every questionnaire's, in the order they were given; none for a deleted audit. */
  listAnswerSets(auditId: string): Promise<VoiceAnswerSet[]> {
    const { db } = this;
    return guard(() =>
      db.transaction('r', db.audits, db.voiceAnswers, async () => {
        if (!(await getAuditInUse(db, auditId))) return [];
        const rows = await db.voiceAnswers.where('auditId').equals(auditId).toArray();
        return rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
      }),
    );
  }
}

/**
 * Who is rating on a section's page. The lead rates the audit's own answers,
 * with plan links and reflections; someone rating in turn on the lead's
 * device rates their own responses (the `response` edit kind), sees nobody
 * else's, and moves between their own pages only. The section form is one
 * component for both; these say where each one's ratings go and lead.
 */
import type { Rating } from '../../core/audit';
import { makeEdit, type AuditEdit, type EditTarget } from '../../core/audit-edit';
import type { Respondent } from '../../core/team';
import { responseRecordId } from '../../core/team-response-edit';
import type { SaveScope } from '../../operations/answers';
import { paths } from '../../lib/paths';

export type Rater = { kind: 'lead' } | { kind: 'respondent'; respondent: Respondent; groupTitle: string };

export const LEAD: Rater = { kind: 'lead' };

/** The stored field behind a statement's rating or note. */
export function answerTarget(rater: Rater, indicatorId: string, field: 'rating' | 'note'): EditTarget {
  return rater.kind === 'lead' ? { kind: 'answer', recordId: indicatorId, field } : { kind: 'response', recordId: responseRecordId(rater.respondent.id, indicatorId), field };
}

/** `base` is what storage holds now, so that a replayed journal can tell a conflict from a plain change. */
export function ratingEdit(rater: Rater, indicatorId: string, value: Rating, base: Rating): AuditEdit {
  const { kind, recordId } = answerTarget(rater, indicatorId, 'rating');
  return kind === 'answer' ? makeEdit('answer', recordId, 'rating', value, base, Date.now()) : makeEdit('response', recordId, 'rating', value, base, Date.now());
}

export function noteEdit(rater: Rater, indicatorId: string, value: string, base: string): AuditEdit {
  const { kind, recordId } = answerTarget(rater, indicatorId, 'note');
  return kind === 'answer' ? makeEdit('answer', recordId, 'note', value, base, Date.now()) : makeEdit('response', recordId, 'note', value, base, Date.now());
}

/** The changes whose saving the page reports. */
export function saveScope(rater: Rater, auditId: string): SaveScope {
  return rater.kind === 'lead' ? { auditId } : { auditId, kind: 'response' };
}

export function sectionPath(rater: Rater, auditId: string, domainId: string): string {
  return rater.kind === 'lead' ? paths.domain(auditId, domainId) : paths.respondentDomain(auditId, rater.respondent.id, domainId);
}

/** Where the last section leads: the lead checks their answers; someone rating in turn finishes. */
export function afterSections(rater: Rater, auditId: string): { to: string; label: string } {
  return rater.kind === 'lead' ? { to: paths.checkAnswers(auditId), label: 'Check your answers' } : { to: paths.respondentFinish(auditId, rater.respondent.id), label: 'Finish rating' };
}

import { useMemo } from 'react';
import type { AnswersByIndicator, Audit } from '../../core/audit';
import { respondentGroupsOf, type Respondent } from '../../core/team';
import { groupTitle } from '../../core/team-ratings';
import type { Toolkit } from '../../core/toolkit-schema';
import { useRespondentRatings } from '../../hooks/team-hooks';
import type { Rater } from './rater';

/** Why a person's rating pages do not show their ratings: each has its own message (respondent-unavailable.tsx). */
export type Unavailable = 'finished' | 'removed' | 'own-device';

export interface UnavailableRespondent {
  state: Unavailable;
  audit: Audit;
  respondent: Respondent;
  leadName: string;
}

export interface ReadyRespondent {
  state: 'ready';
  audit: Audit;
  toolkit: Toolkit;
  respondent: Respondent;
  groupTitle: string;
  rater: Rater;
  answers: AnswersByIndicator;
  leadName: string;
}

export type RespondentData =
  | { state: 'loading' }
  | { state: 'no-audit' }
  | { state: 'no-person'; audit: Audit }
  | UnavailableRespondent
  | ReadyRespondent;

/** Who the respondent hands the laptop back to, as the lead wrote their name on the self-evaluation. */
export function leadNameOf(audit: Audit): string {
  return audit.participants.trim() || 'the person leading this self-evaluation';
}

/** One person's rating pages on the lead's device: their own ratings only, live, and none once they have finished. */
export function useRespondentData(auditId: string, respondentId: string): RespondentData {
  const data = useRespondentRatings(auditId, respondentId);
  const respondent = data?.respondent;
  const toolkit = data?.toolkit;
  // One rater while the person is the same, so that the form's stored values are not worked out again on every render.
  const rater = useMemo((): Extract<Rater, { kind: 'respondent' }> | null => (respondent && toolkit ? { kind: 'respondent', respondent, groupTitle: groupTitle(respondentGroupsOf(toolkit), respondent.groupId) } : null), [respondent, toolkit]);
  if (data === undefined) return { state: 'loading' };
  if (data === null) return { state: 'no-audit' };
  const { audit, toolkit: definition, answers } = data;
  if (!data.respondent || !rater) return { state: 'no-person', audit };
  const leadName = leadNameOf(audit);
  const why: Unavailable | null = data.respondent.removedAt !== null ? 'removed' : data.respondent.takesPart !== 'this-device' ? 'own-device' : null;
  // No answers means they have finished (the query leaves them out).
  if (why || answers === null) return { state: why ?? 'finished', audit, respondent: data.respondent, leadName };
  return { state: 'ready', audit, toolkit: definition, respondent: data.respondent, groupTitle: rater.groupTitle, rater, answers, leadName };
}

/**
 * The development plan as text ready to lay out: one model for the PDF and
 * the printable page, so that the two never disagree.
 */
import type { AnswersByIndicator, Audit, PlanAction, Reflection } from './audit';
import { toFileNamePart } from './file-name-part';
import { ACTION_STATUS_LABELS } from './plan-actions';
import { formatDate } from './format-date';
import { groupPlanActions } from './plan-groups';
import { compareReviews, type PlanReview } from './plan-reviews';
import { ratingLabel } from './rating-label';
import { scoreAudit } from './score-audit';
import { describeDomainScore, formatScore, levelNameForScore } from './score-display';
import type { Toolkit } from './toolkit-schema';

/** Everything stored about one audit that its plan draws on. */
export interface PlanSources {
  audit: Audit;
  toolkit: Toolkit;
  answers: AnswersByIndicator;
  reflections: readonly Reflection[];
  actions: readonly PlanAction[];
  reviews: readonly PlanReview[];
}

export interface PlanReportDomain {
  id: string;
  title: string;
  shortTitle: string;
  isPriority: boolean;
  score: string;
  /** The mean score, for the radar; null when nothing is rated. */
  scoreValue: number | null;
  level: string;
  /** "Score 2.5 (Developing)", or "Not rated". */
  scoreLine: string;
  rated: string;
  workingWell: string;
  evenBetterIf: string;
  indicators: { statement: string; rating: string }[];
}

export interface PlanReportAction {
  /** Numbered through the whole plan, so a meeting can say "action 12". */
  number: number;
  action: string;
  successMeasure: string;
  lead: string;
  targetDate: string;
  status: PlanAction['status'];
  statusLabel: string;
  progressNote: string;
  /** The indicator the action addresses, if any. */
  indicator: string;
}

export interface PlanReportGroup {
  title: string;
  isPriority: boolean;
  actions: PlanReportAction[];
}

export interface PlanReportReview {
  when: string;
  who: string;
  note: string;
}

export interface PlanReport {
  school: string;
  auditTitle: string;
  toolkitTitle: string;
  toolkitVersion: string;
  /** The audit's date as yyyy-mm-dd, and as people read it. */
  date: string;
  dateText: string;
  participants: string;
  overall: string;
  levels: { value: number; label: string }[];
  domains: PlanReportDomain[];
  priorityTitles: string[];
  actionGroups: PlanReportGroup[];
  actionCount: number;
  reviews: PlanReportReview[];
}

export function buildPlanReport({ audit, toolkit, answers, reflections, actions, reviews }: PlanSources): PlanReport {
  const score = scoreAudit(toolkit, answers);
  const levels = toolkit.scale.levels.map(({ value, label }) => ({ value, label }));
  const statementOf = new Map(toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => [indicator.id, indicator.statement])));
  const domains = toolkit.domains.map((domain, index): PlanReportDomain => {
    const domainScore = score.domains[index]!;
    const reflection = reflections.find((candidate) => candidate.domainId === domain.id);
    return {
      id: domain.id,
      title: domain.title,
      shortTitle: domain.shortTitle,
      isPriority: audit.priorityDomainIds.includes(domain.id),
      score: formatScore(domainScore.score),
      scoreValue: domainScore.score,
      level: levelNameForScore(toolkit.scale.levels, domainScore.score) ?? '',
      scoreLine: describeDomainScore(toolkit.scale.levels, domainScore.score),
      rated: `${domainScore.rated} of ${domainScore.total}`,
      workingWell: reflection?.workingWell.trim() ?? '',
      evenBetterIf: reflection?.evenBetterIf.trim() ?? '',
      indicators: domain.indicators.map((indicator) => ({ statement: indicator.statement, rating: ratingLabel(levels, answers[indicator.id]?.rating ?? null) })),
    };
  });
  let number = 0;
  const actionGroups = groupPlanActions(toolkit, audit.priorityDomainIds, actions).map((group) => ({
    title: group.title,
    isPriority: group.isPriority,
    actions: group.actions.map((action) => ({
      number: ++number,
      action: action.action.trim(),
      successMeasure: action.successMeasure.trim(),
      lead: action.lead.trim(),
      targetDate: formatDate(action.targetDate),
      status: action.status,
      statusLabel: ACTION_STATUS_LABELS[action.status],
      progressNote: action.progressNote.trim(),
      indicator: (action.indicatorId && statementOf.get(action.indicatorId)) ?? '',
    })),
  }));
  return {
    school: audit.school,
    auditTitle: audit.title,
    toolkitTitle: toolkit.title,
    toolkitVersion: toolkit.version,
    date: audit.date,
    dateText: formatDate(audit.date),
    participants: audit.participants.trim(),
    overall: formatScore(score.overall),
    levels,
    domains,
    priorityTitles: audit.priorityDomainIds.flatMap((id) => domains.filter((domain) => domain.id === id).map((domain) => domain.title)),
    actionGroups,
    actionCount: number,
    reviews: [...reviews].sort(compareReviews).map((review) => ({ when: formatDate(review.when), who: review.who.trim(), note: review.note.trim() })),
  };
}

/** `<school>-<toolkit>-development-plan-<yyyy-mm-dd>.pdf`, safe to save on Windows. */
export function planFileName(school: string, toolkitId: string, isoDate: string): string {
  const schoolPart = toFileNamePart(school).slice(0, 80) || 'school';
  return `${schoolPart}-${toFileNamePart(toolkitId)}-development-plan-${isoDate}.pdf`;
}

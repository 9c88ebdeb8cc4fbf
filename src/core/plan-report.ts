/**
 * The development plan as text ready to lay out: one model for the PDF and
 * the printable page, so that the two never disagree.
 */
import { buildPlanTeam, type PlanTeam, type PlanTeamStatement, type VoiceSource } from './plan-team';
import type { TeamView } from './team-ratings';
import { currentStatus, describeReview, historyOf, type ActionReview, type ActionReviewEntry } from './action-reviews';
import { describeCarriedFrom } from './carry-forward';
import type { AnswersByIndicator, Audit, PlanAction, Reflection } from './audit';
import { toFileNamePart } from './file-name-part';
import { ACTION_STATUS_LABELS } from './plan-actions';
import { formatDate } from './format-date';
import { groupByInspectionArea } from './inspection-areas';
import { LEGAL_STATE_LABELS, describeLegalRequirements, describeOutstanding, summariseLegalRequirements, type LegalRequirementState } from './legal-requirements';
import { groupPlanActions } from './plan-groups';
import { compareReviews, type PlanReview } from './plan-reviews';
import { NOT_RATED, ratingLabel } from './rating-label';
import type { ReviewScope } from './review-scope';
import { scoreAudit } from './score-audit';
import { describeBasis, sumBasis, type ScoreBasis } from './score-basis';
import { formatScore, levelNameForScore } from './score-display';
import type { ScaleLevel, Toolkit } from './toolkit-schema';

/** Everything stored about one audit that its plan draws on. */
export interface PlanSources {
  audit: Audit;
  toolkit: Toolkit;
  /** The audit's ratings, as auditRatings gives them (the team's, for an audit others rated too). */
  answers: AnswersByIndicator;
  /** How the team rated; null or absent for one person's audit. */
  team?: TeamView | null;
  /** What families, pupils or staff said at the kiosk, section by section (see VoiceSource); shown only with a team. */
  voice?: readonly VoiceSource[];
  reflections: readonly Reflection[];
  actions: readonly PlanAction[];
  /** Each action's dated reviews. */
  actionReviews: readonly ActionReview[];
  reviews: readonly PlanReview[];
  /** The titles of the earlier self-evaluations its actions were carried forward from, by id; one deleted since is absent. */
  earlierTitles?: Readonly<Record<string, string>>;
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
  /** "Score 2.5 (Developing), based on 5 of 6 statements" (or "based on all 6 statements"), or "Not rated: none of its 6 statements rated yet". */
  scoreLine: string;
  /** "5 of 6": statements rated on the scale (not applicable and unanswered ones are left out). */
  rated: string;
  workingWell: string;
  evenBetterIf: string;
  indicators: PlanReportIndicator[];
}

export interface PlanReportIndicator {
  statement: string;
  rating: string;
  /** The answer to "How do we know?" (for a team, each person's note on a line of its own); empty when none was written or the notes are left out. */
  evidence: string;
  /** For a team's audit: how many chose each level, and the level that stands. */
  team?: PlanTeamStatement;
}

export interface PlanReportLegalDuty {
  section: string;
  statement: string;
  duty: string;
  source: string;
  state: LegalRequirementState;
  /** "Met", "Not met", "Not rated yet" or "Not applicable". */
  stateLabel: string;
}

export interface PlanReportLegal {
  /** "Legal requirements: 3 of 5 met". */
  line: string;
  /** "2 not met, 1 not rated yet"; empty when every duty that applies is met. */
  outstanding: string;
  /** The section's opening sentence, the same in the PDF and on the printable page. */
  intro: string;
  /** Those not met first, then those not rated, met and not applicable, each in toolkit order. */
  duties: PlanReportLegalDuty[];
}

export interface PlanReportInspectionArea {
  title: string;
  /** The short title is the radar's name for the section, for a compact table. */
  sections: { title: string; shortTitle: string; score: string; level: string }[];
}

export interface PlanReportAction {
  /** Numbered through the whole plan, so a meeting can say "action 12". */
  number: number;
  action: string;
  successMeasure: string;
  lead: string;
  targetDate: string;
  /** The target date as written (yyyy-mm-dd, or a term such as "Spring 2027"), to tell what is overdue. */
  targetDateAsWritten: string;
  status: PlanAction['status'];
  statusLabel: string;
  /** The status the action was written with, before its first review: what its first review changed. */
  statusAsWritten: PlanAction['status'];
  progressNote: string;
  /** The indicator the action addresses, if any. */
  indicator: string;
  /** Its reviews, oldest first: the status at each, what was said and seen. */
  history: ActionReviewEntry[];
  /** "Carried forward from Autumn 2026 review" for an action continued from an earlier plan; empty otherwise. */
  carriedFrom: string;
}

export interface PlanReportGroup {
  title: string;
  isPriority: boolean;
  actions: PlanReportAction[];
}

export interface PlanReportReview {
  when: string;
  /** The date as written (yyyy-mm-dd, or a term), to tell which check comes next. */
  whenAsWritten: string;
  who: string;
  note: string;
}

export interface PlanReport {
  school: string;
  auditTitle: string;
  /** A quick review rated core statements only, and its cover says so. */
  scope: ReviewScope;
  toolkitTitle: string;
  toolkitVersion: string;
  /** The audit's date as yyyy-mm-dd, and as people read it. */
  date: string;
  dateText: string;
  participants: string;
  /** The overall score alone ("2.6"), or "Not rated". */
  overall: string;
  /** "2.6 (Developing), based on all 40 statements", or "Not rated: no statement rated yet". */
  overallLine: string;
  /** "Partial: 12 of 40 statements rated", while some statements have no rating; empty once every one has. */
  partialNote: string;
  /** The scale as people say it: "1 to 4". */
  scaleRange: string;
  /** Whether the evidence notes are in this report (they may be left out when exporting). */
  includesEvidence: boolean;
  levels: { value: number; label: string }[];
  domains: PlanReportDomain[];
  /** How the team rated; null for one person's audit. */
  team: PlanTeam | null;
  /** The toolkit's legal duties and whether each is met; null when it has none. */
  legal: PlanReportLegal | null;
  /** What the inspection-area table shows and which framework it comes from, the same in the PDF and on the printable page. */
  inspectionAreasIntro: string;
  /** Each inspection area with the sections that give evidence for it; empty when the toolkit names none. */
  inspectionAreas: PlanReportInspectionArea[];
  priorityTitles: string[];
  actionGroups: PlanReportGroup[];
  actionCount: number;
  reviews: PlanReportReview[];
}

export interface PlanReportOptions {
  /** Include each statement's evidence note ("How do we know?"); on unless asked otherwise. */
  includeEvidence?: boolean;
}

const STATE_ORDER: LegalRequirementState[] = ['not-met', 'not-rated', 'met', 'not-applicable'];

function legalReport(toolkit: Toolkit, answers: AnswersByIndicator): PlanReportLegal | null {
  const summary = summariseLegalRequirements(toolkit, answers);
  if (summary.requirements.length === 0) return null;
  const line = describeLegalRequirements(summary);
  const outstanding = describeOutstanding(summary);
  return {
    line,
    outstanding,
    intro: `${line}${outstanding ? ` (${outstanding})` : ''}. These statements are duties in law: each counts as met from the rating its duty names, whatever its section’s score.`,
    duties: [...summary.requirements]
      .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state))
      .map(({ domain, indicator, duty, state }) => ({
        section: domain.title,
        statement: indicator.statement,
        duty: duty.duty,
        source: duty.source,
        state,
        stateLabel: LEGAL_STATE_LABELS[state],
      })),
  };
}

const statements = (count: number) => `${count} ${count === 1 ? 'statement' : 'statements'}`;

/** "2.6 (Developing), based on all 40 statements", in the words the screens use; `unrated` when nothing is rated, never a zero. */
function describeScore(levels: readonly ScaleLevel[], score: number | null, basis: ScoreBasis, unrated: string): string {
  if (score === null) return unrated;
  const level = levelNameForScore(levels, score);
  return `${formatScore(score)}${level ? ` (${level})` : ''}, ${describeBasis(basis)}`;
}

export function buildPlanReport({ audit, toolkit, answers, team, voice, reflections, actions, actionReviews, reviews, earlierTitles = {} }: PlanSources, { includeEvidence = true }: PlanReportOptions = {}): PlanReport {
  const score = scoreAudit(toolkit, answers);
  const teamParts = team ? buildPlanTeam(toolkit, team, voice) : null;
  // A team's answers carry the agreed reason as their note: its evidence is what each person wrote.
  const evidenceOf = (indicatorId: string) => (teamParts ? (teamParts.evidence.get(indicatorId) ?? '') : (answers[indicatorId]?.note.trim() ?? ''));
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
      scoreLine:
        domainScore.score === null
          ? `${NOT_RATED}: 0 of ${statements(domainScore.total)} rated yet`
          : `Score ${describeScore(toolkit.scale.levels, domainScore.score, domainScore, NOT_RATED)}`,
      rated: `${domainScore.rated} of ${domainScore.total}`,
      workingWell: reflection?.workingWell.trim() ?? '',
      evenBetterIf: reflection?.evenBetterIf.trim() ?? '',
      indicators: domain.indicators.map((indicator) => ({
        statement: indicator.statement,
        rating: ratingLabel(levels, answers[indicator.id]?.rating ?? null),
        evidence: includeEvidence ? evidenceOf(indicator.id) : '',
        ...(teamParts ? { team: teamParts.statements.get(indicator.id) } : {}),
      })),
    };
  });
  const basis = sumBasis(score.domains);
  // Not applicable counts as answered: only statements with no answer at all make the results partial.
  const unanswered = toolkit.domains.flatMap((domain) => domain.indicators).filter((indicator) => (answers[indicator.id]?.rating ?? null) === null).length;
  const values = levels.map((level) => level.value);
  let number = 0;
  const actionGroups = groupPlanActions(toolkit, audit.priorityDomainIds, actions).map((group) => ({
    title: group.title,
    isPriority: group.isPriority,
    actions: group.actions.map((action) => ({ ...action, status: currentStatus(action, actionReviews), statusAsWritten: action.status })).map((action) => ({
      number: ++number,
      action: action.action.trim(),
      successMeasure: action.successMeasure.trim(),
      lead: action.lead.trim(),
      targetDate: formatDate(action.targetDate),
      targetDateAsWritten: action.targetDate.trim(),
      status: action.status,
      statusLabel: ACTION_STATUS_LABELS[action.status],
      statusAsWritten: action.statusAsWritten,
      progressNote: action.progressNote.trim(),
      indicator: (action.indicatorId && statementOf.get(action.indicatorId)) ?? '',
      history: historyOf(actionReviews, action.id).map(describeReview),
      carriedFrom: describeCarriedFrom(action, earlierTitles)?.text ?? '',
    })),
  }));
  return {
    school: audit.school,
    auditTitle: audit.title,
    scope: audit.scope ?? 'full',
    toolkitTitle: toolkit.title,
    toolkitVersion: toolkit.version,
    date: audit.date,
    dateText: formatDate(audit.date),
    participants: audit.participants.trim(),
    overall: formatScore(score.overall),
    overallLine: describeScore(toolkit.scale.levels, score.overall, basis, `${NOT_RATED}: no statement rated yet`),
    partialNote: unanswered > 0 ? `Partial: ${basis.total - unanswered} of ${statements(basis.total)} rated` : '',
    scaleRange: `${Math.min(...values)} to ${Math.max(...values)}`,
    includesEvidence: includeEvidence,
    levels,
    domains,
    team: teamParts?.team ?? null,
    legal: legalReport(toolkit, answers),
    inspectionAreasIntro: `Each evaluation area${toolkit.inspectionSource ? ` (from ${toolkit.inspectionSource})` : ''} with the sections of this self-evaluation that give evidence for it. A section can inform more than one area.`,
    inspectionAreas: groupByInspectionArea(toolkit, domains).map(({ area, sections }) => ({
      title: area.title,
      sections: sections.map((domain) => ({ title: domain.title, shortTitle: domain.shortTitle, score: domain.score, level: domain.level })),
    })),
    priorityTitles: audit.priorityDomainIds.flatMap((id) => domains.filter((domain) => domain.id === id).map((domain) => domain.title)),
    actionGroups,
    actionCount: number,
    reviews: [...reviews].sort(compareReviews).map((review) => ({ when: formatDate(review.when), whenAsWritten: review.when.trim(), who: review.who.trim(), note: review.note.trim() })),
  };
}

/**
 * The cover's details, label and value, as the PDF and the printable page
 * both give them. The toolkit goes by its title: its version number means
 * nothing to a governor (the PDF keeps it in the small print at the end).
 */
export function coverDetails(report: PlanReport): [string, string][] {
  const nextCheck = report.reviews[0];
  return [
    ['Self-evaluation', report.scope === 'quick' ? `${report.auditTitle} (quick review: core statements only)` : report.auditTitle],
    ['Date of the self-evaluation', report.dateText],
    ['Toolkit', report.toolkitTitle],
    ['Who took part', report.participants || 'Not recorded'],
    ['Overall score', report.overallLine],
    ['Priority sections', report.priorityTitles.join('; ') || 'None chosen'],
    ['Actions in the plan', String(report.actionCount)],
    ['Next progress check', nextCheck ? [nextCheck.when, nextCheck.who].filter(Boolean).join(', ') : 'Not set'],
  ];
}

/** `<school>-<toolkit>-development-plan-<yyyy-mm-dd>.pdf` (or `.docx`, …), safe to save on Windows. */
export function planFileName(school: string, toolkitId: string, isoDate: string, extension = 'pdf'): string {
  const schoolPart = toFileNamePart(school).slice(0, 80) || 'school';
  return `${schoolPart}-${toFileNamePart(toolkitId)}-development-plan-${isoDate}.${extension}`;
}

/**
 * The governors' summary: the development plan on one page for a governing
 * body's meeting. Where the actions stand, what the last review changed,
 * what is overdue, the legal requirements not yet met and the next progress
 * check, drawn from the plan model so that it never disagrees with the plan.
 * Every list is capped ("and 4 more") so the page stays one page however
 * long the plan; the plan itself has the rest.
 */
import type { ActionStatus } from './audit';
import { toFileNamePart } from './file-name-part';
import { formatDate, isIsoDate } from './format-date';
import { ACTION_STATUSES, ACTION_STATUS_LABELS } from './plan-actions';
import { dueActions } from './plan-due';
import type { PlanReport, PlanReportAction } from './plan-report';

/**
 * The most lines each list shows: what fits one sheet of A4 with every list
 * full (a legal duty takes two lines). The development plan has the rest.
 */
export const SUMMARY_LIMITS = { changes: 8, overdue: 6, legal: 5 } as const;
/** An action's words, and its lead, are cut to fit one line beside the facts about it. */
const ACTION_LENGTH = 48;
const CHANGED_ACTION_LENGTH = 36;
const LEAD_LENGTH = 32;

export const GOVERNORS_SUMMARY_TITLE = 'Governors’ summary';

/** The section headings, the same on the page and in the PDF. */
export const GOVERNORS_SECTION_TITLES = {
  counts: 'Actions by status',
  changes: 'What changed since the last review',
  overdue: 'Overdue',
  legal: 'Legal requirements not yet met',
  nextCheck: 'Next progress check',
} as const;

export interface StatusCount {
  status: ActionStatus;
  label: string;
  count: number;
}

/** A list cut to its limit (SUMMARY_LIMITS), saying how many were left off. */
export interface CappedList<T> {
  shown: T[];
  /** How many are not shown. */
  more: number;
  /** "and 4 more"; empty when every one is shown. */
  moreText: string;
}

export interface SummaryChange {
  number: number;
  /** The action's words, cut to fit a line. */
  action: string;
  /** "Action 3: from On track to Done (reviewed 12 May 2027)". */
  text: string;
}

export interface SummaryOverdue {
  number: number;
  action: string;
  lead: string;
  /** "26 March 2027". */
  targetDate: string;
}

export interface SummaryLegalDuty {
  section: string;
  duty: string;
}

export interface SummaryLegal {
  /** "2 of 7 legal requirements are not met, and 1 is not rated yet." */
  intro: string;
  notMet: CappedList<SummaryLegalDuty>;
}

export interface GovernorsSummary {
  school: string;
  toolkitTitle: string;
  auditTitle: string;
  /** The day the summary was made, yyyy-mm-dd and in words. */
  date: string;
  dateText: string;
  counts: StatusCount[];
  total: number;
  /** The day of the latest review of any action, in words; null before the first. */
  lastReviewText: string | null;
  /** What the changes list shows, or that nothing has been reviewed yet. */
  changesIntro: string;
  changes: CappedList<SummaryChange>;
  overdueIntro: string;
  overdue: CappedList<SummaryOverdue>;
  /** Null when the toolkit has no legal duties. */
  legal: SummaryLegal | null;
  /** "24 March 2027: Senior leadership team", or what to do when none is set. */
  nextCheck: string;
}

/** Cuts text at a word to at most `length` characters, ending "…" when it was cut. */
export function shorten(text: string, length = ACTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function cap<T>(items: readonly T[], limit: number): CappedList<T> {
  const more = Math.max(0, items.length - limit);
  return { shown: items.slice(0, limit), more, moreText: more > 0 ? `and ${more} more` : '' };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The latest review day across the plan, yyyy-mm-dd; null before any review. */
function lastReviewDay(actions: readonly PlanReportAction[]): string | null {
  const days = actions.flatMap((action) => action.history.map((entry) => entry.reviewedOn));
  return days.length ? days.reduce((latest, day) => (day > latest ? day : latest)) : null;
}

/**
 * An action reviewed on `day`, the last review: its status then against its
 * status before (its previous review's, or what it was written with). Listed
 * when that changed, or when this was its first review; null otherwise.
 * "from On track to Done" in words rather than an arrow: a screen reader
 * says "right arrow", and the PDF's fonts have none.
 */
function changeAt(action: PlanReportAction, day: string): SummaryChange | null {
  const atDay = action.history.filter((entry) => entry.reviewedOn === day).at(-1);
  if (!atDay) return null;
  const before = action.history.filter((entry) => entry.reviewedOn < day).at(-1);
  const from = before?.status ?? action.statusAsWritten;
  const label = `Action ${action.number}`;
  const now = ACTION_STATUS_LABELS[atDay.status];
  const text = before
    ? from === atDay.status
      ? null
      : `${label}: from ${ACTION_STATUS_LABELS[from]} to ${now} (reviewed ${atDay.dateText})`
    : from === atDay.status
      ? `${label}: ${now}, unchanged (first reviewed ${atDay.dateText})`
      : `${label}: from ${ACTION_STATUS_LABELS[from]} to ${now} (first reviewed ${atDay.dateText})`;
  return text ? { number: action.number, action: shorten(action.action || 'Action not yet written', CHANGED_ACTION_LENGTH), text } : null;
}

function legalSummary(report: PlanReport): SummaryLegal | null {
  const { legal } = report;
  if (!legal) return null;
  const notMet = legal.duties.filter((duty) => duty.state === 'not-met');
  const notRated = legal.duties.filter((duty) => duty.state === 'not-rated').length;
  const applicable = legal.duties.filter((duty) => duty.state !== 'not-applicable').length;
  const first = notMet.length
    ? `${notMet.length} of ${plural(applicable, 'legal requirement', 'legal requirements')} ${notMet.length === 1 ? 'is' : 'are'} not met`
    : `No legal requirement is rated as not met`;
  const rest = notRated ? `, and ${notRated} ${notRated === 1 ? 'is' : 'are'} not rated yet` : '';
  return { intro: `${first}${rest}.`, notMet: cap(notMet.map((duty) => ({ section: duty.section, duty: duty.duty })), SUMMARY_LIMITS.legal) };
}

/** The first progress check on or after today; a term ("Summer 2027") counts as still to come when no dated one is. */
function nextCheck(report: PlanReport, today: string): string {
  const upcoming = report.reviews.filter((review) => isIsoDate(review.whenAsWritten) && review.whenAsWritten >= today).sort((a, b) => (a.whenAsWritten < b.whenAsWritten ? -1 : 1));
  const next = upcoming[0] ?? report.reviews.find((review) => review.whenAsWritten && !isIsoDate(review.whenAsWritten));
  if (!next) return 'None set after today: add one on the development plan.';
  return next.who ? `${next.when}: ${next.who}` : next.when;
}

export function buildGovernorsSummary(report: PlanReport, today: string): GovernorsSummary {
  const actions = report.actionGroups.flatMap((group) => group.actions);
  const counts = ACTION_STATUSES.map((status) => ({ status, label: ACTION_STATUS_LABELS[status], count: actions.filter((action) => action.status === status).length }));
  const day = lastReviewDay(actions);
  const changes = day ? actions.flatMap((action) => changeAt(action, day) ?? []) : [];
  const { overdue } = dueActions(
    actions.map((action) => ({ action, targetDate: action.targetDateAsWritten, status: action.status })),
    today,
  );
  return {
    school: report.school,
    toolkitTitle: report.toolkitTitle,
    auditTitle: report.auditTitle,
    date: today,
    dateText: formatDate(today),
    counts,
    total: actions.length,
    lastReviewText: day ? formatDate(day) : null,
    changesIntro: !day
      ? 'No action has been reviewed yet.'
      : changes.length
        ? `At the last review, on ${formatDate(day)}: each action whose status changed, or that was reviewed for the first time.`
        : `At the last review, on ${formatDate(day)}, no action changed its status.`,
    changes: cap(changes, SUMMARY_LIMITS.changes),
    overdueIntro: overdue.length
      ? `${plural(overdue.length, 'action is', 'actions are')} not done and past ${overdue.length === 1 ? 'its' : 'their'} target date.`
      : 'No action is past its target date.',
    overdue: cap(
      overdue.map(({ action }) => ({ number: action.number, action: shorten(action.action || 'Action not yet written'), lead: shorten(action.lead || 'No lead named', LEAD_LENGTH), targetDate: action.targetDate })),
      SUMMARY_LIMITS.overdue,
    ),
    legal: legalSummary(report),
    nextCheck: nextCheck(report, today),
  };
}

/** `<school>-<toolkit>-governors-summary-<yyyy-mm-dd>.pdf`, as the plan's file name (planFileName) is made. */
export function governorsSummaryFileName(school: string, toolkitId: string, isoDate: string): string {
  const schoolPart = toFileNamePart(school).slice(0, 80) || 'school';
  return `${schoolPart}-${toFileNamePart(toolkitId)}-governors-summary-${isoDate}.pdf`;
}

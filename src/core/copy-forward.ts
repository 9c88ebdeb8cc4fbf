/**
 * "Start the next review from this one": a new audit for the same school and
 * toolkit that begins with the earlier audit's answers and reflections, and
 * links back to it so the two can be compared. The earlier audit is never
 * changed. When the toolkit has moved on to a new version, an answer to a
 * statement the new edition merged or renamed goes to the statement that
 * `replaces` it; answers to statements it no longer has at all stay in the
 * earlier audit and are listed, never dropped silently.
 */
import { NOT_APPLICABLE, type Answer, type AnswersByIndicator, type Audit, type Rating, type Reflection } from './audit';
import { compareVersions } from './compare-versions';
import type { ReviewScope } from './review-scope';
import type { Toolkit } from './toolkit-schema';

export interface NextReviewDetails {
  title: string;
  date: string;
  participants: string;
  /** Full unless the team chooses a quick review of core statements. */
  scope?: ReviewScope;
}

export interface CopyForwardInput {
  source: Audit;
  answers: AnswersByIndicator;
  reflections: readonly Reflection[];
  /** The toolkit the new review uses: the same toolkit, possibly a newer version. */
  toolkit: Toolkit;
  details: NextReviewDetails;
  id: string;
  time: number;
}

export interface CopyForwardResult {
  audit: Audit;
  answers: Answer[];
  reflections: Reflection[];
  /** Statements of the new edition that took the answers of earlier statements it replaces. */
  carriedOver: Array<{ indicatorId: string; fromIndicatorIds: string[] }>;
  /** What could not be carried into this toolkit version; it stays in the earlier audit. */
  leftBehind: {
    /** Indicators the toolkit no longer has. */
    indicatorIds: string[];
    /** Indicators whose rating is not on the new scale: the note is copied, the rating is not. */
    ratingIndicatorIds: string[];
    /** Domains the toolkit no longer has, whose reflections were not copied. */
    domainIds: string[];
  };
}

export function copyForward({ source, answers, reflections, toolkit, details, id, time }: CopyForwardInput): CopyForwardResult {
  if (toolkit.id !== source.toolkitId) {
    throw new Error(`A next review uses the same toolkit as the earlier one (${source.toolkitId}), not ${toolkit.id}.`);
  }
  const indicatorIds = new Set(toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id)));
  const domainIds = new Set(toolkit.domains.map((domain) => domain.id));
  const levels = new Set<Rating>(toolkit.scale.levels.map((level) => level.value));
  if (toolkit.scale.allowNotApplicable) levels.add(NOT_APPLICABLE);

  const replacedBy = new Map(
    toolkit.domains.flatMap((domain) => domain.indicators.flatMap((indicator) => (indicator.replaces ?? []).map((oldId) => [oldId, indicator.id] as const))),
  );

  const leftBehind: CopyForwardResult['leftBehind'] = { indicatorIds: [], ratingIndicatorIds: [], domainIds: [] };
  // Answers gathered per statement of the new edition, with the earlier statements they came from.
  const gathered = new Map<string, Array<{ fromId: string; rating: Rating; note: string }>>();
  for (const [fromId, answer] of Object.entries(answers)) {
    if (!answer || (answer.rating === null && answer.note === '')) continue;
    const indicatorId = indicatorIds.has(fromId) ? fromId : replacedBy.get(fromId);
    if (indicatorId === undefined) {
      leftBehind.indicatorIds.push(fromId);
      continue;
    }
    const keepsRating = answer.rating === null || levels.has(answer.rating);
    if (!keepsRating) leftBehind.ratingIndicatorIds.push(fromId);
    gathered.set(indicatorId, [...(gathered.get(indicatorId) ?? []), { fromId, rating: keepsRating ? answer.rating : null, note: answer.note }]);
  }
  const copiedAnswers: Answer[] = [];
  const carriedOver: CopyForwardResult['carriedOver'] = [];
  for (const [indicatorId, parts] of gathered) {
    const fromIndicatorIds = parts.map((part) => part.fromId).filter((fromId) => fromId !== indicatorId);
    if (fromIndicatorIds.length > 0) carriedOver.push({ indicatorId, fromIndicatorIds });
    copiedAnswers.push({ auditId: id, indicatorId, rating: mergedRating(parts.map((part) => part.rating)), note: parts.map((part) => part.note).filter(Boolean).join('\n\n'), updatedAt: time });
  }

  const copiedReflections: Reflection[] = [];
  for (const reflection of reflections) {
    if (reflection.workingWell === '' && reflection.evenBetterIf === '') continue;
    if (!domainIds.has(reflection.domainId)) {
      leftBehind.domainIds.push(reflection.domainId);
      continue;
    }
    copiedReflections.push({ ...reflection, auditId: id, updatedAt: time });
  }

  const audit: Audit = {
    id,
    toolkitId: toolkit.id,
    toolkitVersion: toolkit.version,
    school: source.school,
    title: details.title.trim(),
    date: details.date,
    participants: details.participants.trim(),
    status: 'in-progress',
    scope: details.scope ?? 'full',
    basedOnAuditId: source.id,
    // Priorities belong to a plan; the new review agrees its own.
    priorityDomainIds: [],
    createdAt: time,
    updatedAt: time,
    deletedAt: null,
  };
  return { audit, answers: copiedAnswers, reflections: copiedReflections, carriedOver, leftBehind };
}

/**
 * When statements were merged, the merged one starts from the lowest of their
 * ratings: the school does the whole only as well as its weakest part. The
 * team re-rates it in the new review anyway. Not applicable counts only when
 * every part was; no rating at all stays unrated.
 */
function mergedRating(ratings: readonly Rating[]): Rating {
  const levels = ratings.filter((rating): rating is number => typeof rating === 'number');
  if (levels.length > 0) return Math.min(...levels);
  return ratings.length > 0 && ratings.every((rating) => rating === NOT_APPLICABLE) ? NOT_APPLICABLE : null;
}

/**
 * The toolkit a next review uses: the newest version of the same toolkit the
 * catalogue offers, or the version the earlier audit kept if none is newer.
 */
export function chooseNextReviewToolkit(kept: Toolkit, available: readonly Toolkit[]): Toolkit {
  return available
    .filter((toolkit) => toolkit.id === kept.id)
    .reduce((newest, toolkit) => (compareVersions(toolkit.version, newest.version) > 0 ? toolkit : newest), kept);
}

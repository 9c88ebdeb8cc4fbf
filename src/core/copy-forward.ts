/**
 * "Start the next review from this one": a new audit for the same school and
 * toolkit that begins with the earlier audit's answers and reflections, and
 * links back to it so the two can be compared. The earlier audit is never
 * changed. When the toolkit has moved on to a new version, answers to
 * indicators it no longer has stay in the earlier audit and are listed, never
 * dropped silently.
 */
import { NOT_APPLICABLE, type Answer, type AnswersByIndicator, type Audit, type Rating, type Reflection } from './audit';
import { compareVersions } from './compare-versions';
import type { Toolkit } from './toolkit-schema';

export interface NextReviewDetails {
  title: string;
  date: string;
  participants: string;
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

  const leftBehind: CopyForwardResult['leftBehind'] = { indicatorIds: [], ratingIndicatorIds: [], domainIds: [] };
  const copiedAnswers: Answer[] = [];
  for (const [indicatorId, answer] of Object.entries(answers)) {
    if (!answer || (answer.rating === null && answer.note === '')) continue;
    if (!indicatorIds.has(indicatorId)) {
      leftBehind.indicatorIds.push(indicatorId);
      continue;
    }
    const keepsRating = answer.rating === null || levels.has(answer.rating);
    if (!keepsRating) leftBehind.ratingIndicatorIds.push(indicatorId);
    copiedAnswers.push({ auditId: id, indicatorId, rating: keepsRating ? answer.rating : null, note: answer.note, updatedAt: time });
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
    basedOnAuditId: source.id,
    // Priorities belong to a plan; the new review agrees its own.
    priorityDomainIds: [],
    createdAt: time,
    updatedAt: time,
    deletedAt: null,
  };
  return { audit, answers: copiedAnswers, reflections: copiedReflections, leftBehind };
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

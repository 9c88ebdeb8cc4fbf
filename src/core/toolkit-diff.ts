/**
 * What changed between two versions of a toolkit, indicator by indicator
 * (matched by id, which toolkits keep stable), and how an earlier audit's
 * answers carry over to the newer version when the next review starts.
 */
import { NOT_APPLICABLE, type AnswersByIndicator, type Answer } from './audit';
import type { Toolkit, ToolkitIndicator } from './toolkit-schema';

export interface IndicatorRef {
  domainId: string;
  indicatorId: string;
  statement: string;
}

export type IndicatorPart = 'statement' | 'descriptors' | 'evidencePrompts' | 'suggestedActions' | 'reference';
const PARTS: readonly IndicatorPart[] = ['statement', 'descriptors', 'evidencePrompts', 'suggestedActions', 'reference'];

export interface ChangedIndicator {
  indicatorId: string;
  /** The domain it is in now; `previousDomainId` differs if it moved. */
  domainId: string;
  previousDomainId: string;
  before: ToolkitIndicator;
  after: ToolkitIndicator;
  /** Which parts differ; empty if only the domain changed. */
  changedParts: IndicatorPart[];
}

export interface ToolkitDiff {
  added: IndicatorRef[];
  removed: IndicatorRef[];
  /** Indicators kept by id whose wording changed or which moved to another domain. */
  changed: ChangedIndicator[];
  unchanged: number;
  /** True when the scale's levels, labels or "not applicable" option differ. */
  scaleChanged: boolean;
  hasChanges: boolean;
}

function indicatorsById(toolkit: Toolkit): Map<string, { domainId: string; indicator: ToolkitIndicator }> {
  const found = new Map<string, { domainId: string; indicator: ToolkitIndicator }>();
  for (const domain of toolkit.domains) for (const indicator of domain.indicators) found.set(indicator.id, { domainId: domain.id, indicator });
  return found;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function sameDescriptors(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

function changedParts(before: ToolkitIndicator, after: ToolkitIndicator): IndicatorPart[] {
  return PARTS.filter((part) => (part === 'descriptors' ? !sameDescriptors(before.descriptors, after.descriptors) : !sameJson(before[part], after[part])));
}

export function diffToolkits(previous: Toolkit, next: Toolkit): ToolkitDiff {
  const before = indicatorsById(previous);
  const after = indicatorsById(next);
  const ref = (domainId: string, indicator: ToolkitIndicator): IndicatorRef => ({ domainId, indicatorId: indicator.id, statement: indicator.statement });
  const added = [...after.values()].filter(({ indicator }) => !before.has(indicator.id)).map(({ domainId, indicator }) => ref(domainId, indicator));
  const removed = [...before.values()].filter(({ indicator }) => !after.has(indicator.id)).map(({ domainId, indicator }) => ref(domainId, indicator));
  const changed: ChangedIndicator[] = [];
  let unchanged = 0;
  for (const [indicatorId, now] of after) {
    const then = before.get(indicatorId);
    if (!then) continue;
    const parts = changedParts(then.indicator, now.indicator);
    if (parts.length === 0 && then.domainId === now.domainId) unchanged += 1;
    else changed.push({ indicatorId, domainId: now.domainId, previousDomainId: then.domainId, before: then.indicator, after: now.indicator, changedParts: parts });
  }
  const scaleChanged = !sameJson(previous.scale, next.scale);
  return { added, removed, changed, unchanged, scaleChanged, hasChanges: added.length + removed.length + changed.length > 0 || scaleChanged };
}

export interface CarriedAnswers {
  /** Answers keyed by the newer toolkit's indicator ids. */
  answers: Record<string, Pick<Answer, 'rating' | 'note'>>;
  /** Answers to indicators the newer toolkit no longer has: shown to people, never silently dropped. */
  notCarried: Array<{ indicatorId: string; rating: Answer['rating']; note: string }>;
  /** Indicators whose rating is not on the newer scale: the note is kept, the rating left for the team to choose again. */
  ratingCleared: string[];
}

/** Maps an earlier audit's answers onto a (possibly newer) toolkit by indicator id. */
export function carryAnswersForward(answers: AnswersByIndicator, next: Toolkit): CarriedAnswers {
  const inNext = indicatorsById(next);
  const levels = new Set(next.scale.levels.map((level) => level.value));
  const carried: CarriedAnswers = { answers: {}, notCarried: [], ratingCleared: [] };
  for (const [indicatorId, answer] of Object.entries(answers)) {
    if (!answer) continue;
    if (!inNext.has(indicatorId)) {
      carried.notCarried.push({ indicatorId, rating: answer.rating, note: answer.note });
      continue;
    }
    const valid =
      answer.rating === null ||
      (answer.rating === NOT_APPLICABLE ? next.scale.allowNotApplicable : levels.has(answer.rating));
    if (!valid) carried.ratingCleared.push(indicatorId);
    carried.answers[indicatorId] = { rating: valid ? answer.rating : null, note: answer.note };
  }
  return carried;
}

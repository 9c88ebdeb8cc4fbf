import { MEDIAN_FALLBACK } from '../../core/agreement-text';
import type { Reflection } from '../../core/audit';
import type { DomainResult } from '../../core/chart-model';
import type { RowRange } from '../../core/meeting-slides';
import { describeBasisAlone } from '../../core/score-basis';

export interface DomainSlideProps {
  domain: DomainResult;
  /** The domain's place among the domains, counting from 1. */
  position: number;
  count: number;
  /** Which of the domain's slides this is: 1, or 2 and on for "continued". */
  part: number;
  partCount: number;
  rows: RowRange;
  isComparing: boolean;
  reflection: Reflection | undefined;
  /** For a team: the statements whose rating is the team's median, not yet agreed, said as such beside it; and how many are agreed. */
  team?: { medianIds: ReadonlySet<string>; agreedText: string };
  /** Drawn unseen to be measured (see use-slide-plan.ts): no ids, so that nothing points at it. */
  isMeasure?: boolean;
}

function ReflectionText({ text }: { text: string | undefined }) {
  const trimmed = text?.trim();
  return trimmed ? <p className="app-meeting__reflection">{trimmed}</p> : <p className="app-meeting__empty">Nothing written yet.</p>;
}

function ratingsTitle({ start, end }: RowRange, total: number, partCount: number): string {
  if (partCount === 1 || total === 0) return 'Ratings';
  if (start === end) return 'Ratings';
  return end - start === 1 ? `Rating ${end} of ${total}` : `Ratings ${start + 1} to ${end} of ${total}`;
}

/** What follows on the next slide, said at the foot of this one, so that the room knows there is more. */
function moreText({ start, end }: RowRange, total: number): string {
  if (start === end) return 'The ratings are on the next slide.';
  const left = total - end;
  return `Continued on the next slide: ${left} more ${left === 1 ? 'rating' : 'ratings'}.`;
}

/**
 * One slide of a domain: its score and what it rests on, what the team wrote
 * (on its first slide), and the ratings that fit; a domain with more ratings
 * than fit continues on the next slide, and says so.
 */
export function DomainSlide({ domain, position, count, part, partCount, rows, isComparing, reflection, team, isMeasure = false }: DomainSlideProps) {
  const id = (name: string) => (isMeasure ? undefined : name);
  const shown = domain.indicators.slice(rows.start, rows.end);
  const isLast = part === partCount;
  return (
    <div className="app-meeting__domain">
      <p className="app-meeting__kicker">
        Section {position} of {count}
        {domain.isPriority && <span className="app-meeting__priority">Priority area</span>}
      </p>
      {/* Reads as slideTitle() words it: "Leadership (continued, 2 of 2)"; the counter in smaller type, so the title keeps to one line. */}
      <h1 className="app-meeting__title" id={id('slide-title')}>
        {domain.title}
        {part > 1 && (
          <span className="app-meeting__continued">
            {' '}
            (continued, {part} of {partCount})
          </span>
        )}
      </h1>
      <p className="app-meeting__score">
        Score <strong>{domain.scoreText}</strong>
        {domain.levelName && <> {domain.levelName}</>}
        <span className="app-meeting__rated app-meeting__basis">{describeBasisAlone(domain)}</span>
        {team && <span className="app-meeting__rated">{team.agreedText}</span>}
        {isComparing && (
          <span className="app-meeting__rated">
            Earlier {domain.earlier?.scoreText ?? '–'}, change {domain.changeText}
          </span>
        )}
      </p>
      {/* What the team wrote first, strengths before what would make it even better; then each rating. */}
      {part === 1 && (
        <section className="app-meeting__reflections" aria-labelledby={id('reflections-title')}>
          <h2 className="govuk-visually-hidden" id={id('reflections-title')}>
            What the team wrote
          </h2>
          <div>
            <h3 className="app-meeting__subtitle">What is working well</h3>
            <ReflectionText text={reflection?.workingWell} />
          </div>
          <div>
            <h3 className="app-meeting__subtitle">Even better if</h3>
            <ReflectionText text={reflection?.evenBetterIf} />
          </div>
        </section>
      )}
      <section aria-labelledby={id('ratings-title')}>
        <h2 className="app-meeting__subtitle" id={id('ratings-title')}>
          {ratingsTitle(rows, domain.indicators.length, partCount)}
        </h2>
        {shown.length > 0 && (
          <ul className="app-meeting__ratings">
            {shown.map((indicator) => (
              <li key={indicator.indicatorId}>
                <span className="app-meeting__statement">{indicator.statement}</span>
                <span className="app-meeting__rating">
                  {indicator.ratingText}
                  {team?.medianIds.has(indicator.indicatorId) && <span className="app-meeting__median">{MEDIAN_FALLBACK}</span>}
                  {indicator.earlierRatingText !== null && <span className="app-meeting__was"> (earlier: {indicator.earlierRatingText})</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {/* Measured with the note in place, so that the room it needs is kept on every slide. */}
        {(!isLast || isMeasure) && <p className="app-meeting__more">{moreText(rows, domain.indicators.length)}</p>}
      </section>
    </div>
  );
}

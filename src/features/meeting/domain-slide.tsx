import type { Reflection } from '../../core/audit';
import type { DomainResult } from '../../core/chart-model';

interface DomainSlideProps {
  domain: DomainResult;
  position: number;
  count: number;
  isComparing: boolean;
  reflection: Reflection | undefined;
}

function ReflectionText({ text }: { text: string | undefined }) {
  const trimmed = text?.trim();
  return trimmed ? <p className="app-meeting__reflection">{trimmed}</p> : <p className="app-meeting__empty">Nothing written yet.</p>;
}

/** One domain: its score, what the team wrote, and each indicator's rating (and the earlier one). */
export function DomainSlide({ domain, position, count, isComparing, reflection }: DomainSlideProps) {
  return (
    <div className="app-meeting__domain">
      <p className="app-meeting__kicker">
        Domain {position} of {count}
        {domain.isPriority && <span className="app-meeting__priority">Priority area</span>}
      </p>
      <h1 className="app-meeting__title" id="slide-title">
        {domain.title}
      </h1>
      <p className="app-meeting__score">
        Score <strong>{domain.scoreText}</strong>
        {domain.levelName && <> {domain.levelName}</>}
        <span className="app-meeting__rated">
          {domain.rated} of {domain.total} rated
        </span>
        {isComparing && (
          <span className="app-meeting__rated">
            Earlier {domain.earlier?.scoreText ?? '–'}, change {domain.changeText}
          </span>
        )}
      </p>
      {/* What the team wrote first, strengths before what would make it even better; then each rating. */}
      <section className="app-meeting__reflections" aria-labelledby="reflections-title">
        <h2 className="govuk-visually-hidden" id="reflections-title">
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
      <section aria-labelledby="ratings-title">
        <h2 className="app-meeting__subtitle" id="ratings-title">
          Ratings
        </h2>
        <ul className="app-meeting__ratings">
          {domain.indicators.map((indicator) => (
            <li key={indicator.indicatorId}>
              <span className="app-meeting__statement">{indicator.statement}</span>
              <span className="app-meeting__rating">
                {indicator.ratingText}
                {indicator.earlierRatingText !== null && <span className="app-meeting__was"> (earlier: {indicator.earlierRatingText})</span>}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

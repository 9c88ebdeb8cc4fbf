import { Link } from 'react-router';
import { ScoreRadar, type SeriesNames } from '../../components/score-radar';
import type { ChartModel } from '../../core/chart-model';
import { describeLegalRequirements, describeOutstanding, type LegalRequirementsSummary } from '../../core/legal-requirements';
import { describeBasisAlone, sumBasis } from '../../core/score-basis';

/** For a team: how many ratings are agreed (the rest are the team's median), and where to agree them. */
export interface OverviewAgreement {
  basis: string;
  agreeLink: string;
}

interface OverviewSlideProps {
  model: ChartModel;
  names: SeriesNames;
  school: string;
  title: string;
  legal: LegalRequirementsSummary;
  /** Null for one person's self-evaluation. */
  agreement: OverviewAgreement | null;
  /** Where the room reviews the development plan's actions, one per slide. */
  planReviewLink: string;
}

/**
 * The first slide: the whole radar, and the same scores as a table, each
 * saying how much it rests on; when the toolkit has legal duties, how many
 * are met, on a line of its own; and for a team, how many ratings it has
 * agreed, with the way to agree the rest; and the way to review the plan.
 */
export function OverviewSlide({ model, names, school, title, legal, agreement, planReviewLink }: OverviewSlideProps) {
  const outstanding = describeOutstanding(legal);
  return (
    <div className="app-meeting__overview">
      <div className="app-meeting__chart">
        {/* In the chart's empty top corner, so that it takes none of the slide's height. */}
        <Link className="app-meeting__button app-meeting__plan-link" to={planReviewLink}>
          Review the plan
        </Link>
        <ScoreRadar model={model} names={names} size="meeting" id="meeting-radar" />
      </div>
      <div className="app-meeting__side">
        <p className="app-meeting__kicker">{school}</p>
        <h1 className="app-meeting__title" id="slide-title">
          {title}
        </h1>
        <p className="app-meeting__score">
          Overall <strong>{model.overallText}</strong>
          {model.overallLevelName && <> {model.overallLevelName}</>}
        </p>
        <p className="app-meeting__basis">{describeBasisAlone(sumBasis(model.domains))}</p>
        {legal.requirements.length > 0 && (
          <p className="app-meeting__legal">
            {describeLegalRequirements(legal)}
            {outstanding && ` (${outstanding})`}
          </p>
        )}
        {agreement && (
          <p className="app-meeting__agreed">
            {agreement.basis}{' '}
            <Link className="app-meeting__button" to={agreement.agreeLink}>
              Agree the ratings
            </Link>
          </p>
        )}
        {model.isComparing && (
          <p className="app-meeting__change">
            Earlier {model.earlierOverallText}, change {model.overallChangeText}
          </p>
        )}
        <table className="app-meeting__table">
          <caption className="app-meeting__caption">Scores by section</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col" className="app-meeting__number">
                Score
              </th>
              {model.isComparing && (
                <th scope="col" className="app-meeting__number">
                  Change
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {model.domains.map((domain) => (
              <tr key={domain.domainId}>
                <th scope="row">
                  {domain.shortTitle}
                  {domain.isPriority && <span className="app-meeting__priority">Priority</span>}
                </th>
                <td className="app-meeting__number">{domain.scoreText}</td>
                {model.isComparing && <td className="app-meeting__number">{domain.changeText}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

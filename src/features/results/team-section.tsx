import { compareGroups, describeTakingPart } from '../../core/team-groups';
import type { TeamView } from '../../core/team-ratings';
import type { TeamStatements } from '../../core/team-statements';
import { MEDIAN_LABEL } from '../../core/team-spread';
import type { Toolkit } from '../../core/toolkit-schema';
import { TeamGroupsSection } from './team-groups-section';
import { TeamSpreadTable } from './team-spread-table';
import { TeamStatementsSection } from './team-statements-section';
import './team-results.css';

const MODE_TEXT: Record<TeamView['mode'], string> = {
  anonymous: 'The team chose anonymous ratings: this page never says who gave which rating.',
  open: 'The team chose open ratings when inviting: each statement says who gave which rating.',
};

/** How the team rated: who took part, how people's section scores spread, the groups, and every statement's ratings. */
export function TeamSection({ toolkit, team, statements }: { toolkit: Toolkit; team: TeamView; statements: TeamStatements }) {
  return (
    <section aria-labelledby="team-heading" className="app-team">
      <h2 className="govuk-heading-m" id="team-heading">
        How the team rated
      </h2>
      <p className="govuk-body">
        {describeTakingPart(team)} {MODE_TEXT[team.mode]}
      </p>
      <p className="govuk-body">
        Each person rated on their own. Until the team agrees a statement’s level, its rating is the median of the levels people gave, marked “
        {MEDIAN_LABEL}”; when the middle falls between two levels, the lower one counts.
      </p>
      <TeamSpreadTable toolkit={toolkit} domains={team.combined.domains} />
      <h3 className="govuk-heading-s">Groups</h3>
      <TeamGroupsSection toolkit={toolkit} comparison={compareGroups(toolkit.domains, team)} />
      <TeamStatementsSection found={statements} />
    </section>
  );
}

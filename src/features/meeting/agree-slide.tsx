import type { ReactNode, Ref } from 'react';
import type { IndicatorSpread } from '../../core/combine-responses';
import type { TeamNote, TeamView } from '../../core/team-ratings';
import type { Toolkit, ToolkitDomain, ToolkitIndicator } from '../../core/toolkit-schema';
import { TeamDistribution } from './team-distribution';
import { TeamNotes } from './team-notes';

interface AgreeSlideProps {
  toolkit: Toolkit;
  domain: ToolkitDomain;
  indicator: ToolkitIndicator;
  spread: IndicatorSpread;
  team: TeamView;
  /** The statement's heading, which takes focus when the slide changes, so that a screen reader reads the new statement. */
  heading: Ref<HTMLHeadingElement>;
  /** The form recording the team's decision, beside the case for it. */
  children: ReactNode;
}

const NO_NOTES: readonly TeamNote[] = [];

/**
 * One statement to agree: on the left what the room needs to decide (the
 * statement, its section, how the team rated it and what they wrote), on the
 * right the decision.
 */
export function AgreeSlide({ toolkit, domain, indicator, spread, team, heading, children }: AgreeSlideProps) {
  return (
    <div className="app-agree">
      <div className="app-agree__case">
        <p className="app-meeting__kicker">
          Section: {domain.title}
          {indicator.legalDuty && <span className="app-meeting__priority">Legal requirement</span>}
        </p>
        <h1 className="app-agree__statement" id="slide-title" tabIndex={-1} ref={heading}>
          {indicator.statement}
        </h1>
        <TeamDistribution levels={toolkit.scale.levels} allowNotApplicable={toolkit.scale.allowNotApplicable} spread={spread} respondents={team.combined.respondents} />
        <TeamNotes notes={team.notes[indicator.id] ?? NO_NOTES} mode={team.mode} groups={team.groups} />
      </div>
      {children}
    </div>
  );
}

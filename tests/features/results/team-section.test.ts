/**
 * The results page's team pieces rendered to markup in node (react-dom/server):
 * what reaches the page, whatever the team view holds. The view always knows
 * respondents' names; anonymous mode must never print them.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../../src/core/chart-model';
import type { Respondent, TeamMode } from '../../../src/core/team';
import { auditRatings, NO_TEAM } from '../../../src/core/team-ratings';
import { describeStatements } from '../../../src/core/team-statements';
import { ScoresTable } from '../../../src/features/results/scores-table';
import { TeamSection } from '../../../src/features/results/team-section';
import { makeToolkit } from '../../fixtures/toolkits';

const toolkit = makeToolkit();
const names = ['Amira Haddad', 'Brendan Kelly', 'Chen Wei', 'Dorota Nowak'];
const respondents: Respondent[] = names.map((name, index) => ({
  auditId: 'audit', id: `p${index}`, name, groupId: 'teaching-staff', takesPart: 'own-device', createdAt: index, updatedAt: index, removedAt: null, revealed: false, finishedAt: null,
}));
const responses = respondents.flatMap((person, index) => ['a1', 'a2', 'b1'].map((indicatorId) => ({ auditId: 'audit', respondentId: person.id, indicatorId, rating: 1 + index, note: '', updatedAt: 1 })));

function teamOf(mode: TeamMode) {
  return auditRatings(toolkit, { participants: 'Head teacher', team: { mode, leadGroupId: 'senior-leaders' } }, {}, { ...NO_TEAM, respondents, responses });
}

function renderTeam(mode: TeamMode): string {
  const { team } = teamOf(mode);
  return renderToStaticMarkup(createElement(TeamSection, { toolkit, team: team!, statements: describeStatements(toolkit, team!) }));
}

describe('TeamSection', () => {
  it('prints nobody’s name in anonymous mode, though the team view knows them', () => {
    const markup = renderTeam('anonymous');
    expect(markup).toContain('4 people rated.');
    for (const name of names) expect(markup).not.toContain(name);
  });

  it('says who gave which rating in open mode', () => {
    const markup = renderTeam('open');
    expect(markup).toContain('Who gave which');
    expect(markup).toContain('Embedded: Dorota Nowak');
  });

  it('flags statements far apart in words and labels the median standing in', () => {
    const markup = renderTeam('anonymous');
    expect(markup).toContain('Ratings 2 or more levels apart');
    expect(markup).toContain('Median, not yet agreed');
  });
});

describe('ScoresTable', () => {
  const render = (teamSections: Parameters<typeof ScoresTable>[0]['teamSections']) => {
    const { answers } = teamOf('anonymous');
    return renderToStaticMarkup(createElement(MemoryRouter, null, createElement(ScoresTable, { model: buildChartModel(toolkit, answers), auditId: 'audit', teamSections })));
  };

  it('adds how much is agreed for a team, and nothing for one person’s audit', () => {
    const { team } = teamOf('anonymous');
    const withTeam = render(describeStatements(toolkit, team!).sections);
    expect(withTeam).toContain('>Agreed</th>');
    expect(withTeam).toContain('These are the team’s scores.');
    const alone = render(null);
    expect(alone).not.toContain('Agreed');
    expect(alone).not.toContain('team');
  });
});

/**
 * A team's self-evaluation on the results page: how many gave each level,
 * the median, statements far apart flagged, agreed ratings told apart from
 * the median standing in, each section's spread in the table and on the
 * radar, and groups compared only where they are large enough.
 *
 * The team is seeded by restoring a backup (support/team-results-audit.ts), because
 * the screens for inviting colleagues and bringing in their answers are
 * being built at the same time as these.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SMALL_GROUP_TEXT, SMALL_SECTION_TEXT } from '../../src/core/team-groups';
import { saveScreenshot } from './support/screenshots';
import { AGREED_REASON, CHAMPION, EXPECTATIONS, GOVERNORS, POLICY, people, restoreTeamAudits, toolkit } from './support/team-results-audit';

const NOT_RATED = ['0', 'Not rated', 'Not rated', 'Not rated'];

async function openResults(page: Page, mode: 'anonymous' | 'open'): Promise<Locator> {
  const id = `team-${mode}`;
  await restoreTeamAudits(page, [{ id, title: 'Autumn team review', mode }]);
  await page.goto(`/audits/${id}/results`);
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  return page.getByRole('region', { name: 'How the team rated' });
}

/** One statement's ratings, found by its text, in the list given. */
function statementIn(list: Locator, statement: string): Locator {
  return list.getByRole('listitem').filter({ has: list.page().locator('p', { hasText: statement }) });
}

/** A statement's ratings as term and value pairs, in order. */
async function termsOf(item: Locator): Promise<string[][]> {
  return item.locator('dl').evaluate((list) => {
    const pairs: string[][] = [];
    for (const term of list.querySelectorAll('dt')) pairs.push([term.textContent ?? '', term.nextElementSibling?.textContent ?? '']);
    return pairs;
  });
}

test('the team’s spread: how many gave each level, the median, statements far apart, agreed or not, and the groups', async ({ page }) => {
  const team = await openResults(page, 'anonymous');
  await saveScreenshot(page, 'team-results.png');
  await expect(team).toContainText('7 people rated. The team chose anonymous ratings: this page never says who gave which rating.');

  // Each section's spread of people's own scores (worked out by hand in support/team-results-audit.ts's terms).
  const spread = team.getByRole('table', { name: 'Spread of people’s own section scores' });
  await expect(spread.getByRole('columnheader')).toHaveText(['Section', 'People', 'Median', 'Lowest to highest', 'Middle half']);
  const rows = spread.getByRole('row');
  await expect(rows).toHaveCount(toolkit.domains.length + 1);
  const expectedSpread: Record<string, string[]> = {
    leadership: ['7', '3.0', '2.4 to 3.6', '2.8 to 3.3'],
    // One teacher left registers out; everyone else gave Developing but one, who gave Emerging.
    'registers-and-data': ['6', '3.0', '2.0 to 3.0', '3.0'],
  };
  for (const [index, domain] of toolkit.domains.entries()) {
    await expect(rows.nth(index + 1).getByRole('rowheader')).toHaveText(domain.title);
    await expect(rows.nth(index + 1).getByRole('cell')).toHaveText(expectedSpread[domain.id] ?? NOT_RATED);
  }

  // The scores table says how much of each score is agreed.
  const scores = page.getByRole('table', { name: 'Scores by section' });
  await expect(scores.getByRole('columnheader')).toHaveText(['Section', 'Score', 'Level', 'Based on', 'Agreed']);
  await expect(scores.getByRole('row', { name: /^Leadership, policy and culture/ }).getByRole('cell')).toHaveText(['3.2', 'Developing', '5 of 5 statements', '1 of 5 statements agreed']);
  await expect(page.getByText(/These are the team’s scores\. .*“Median, not yet agreed”/)).toBeVisible();

  // Who answered in each group; support staff (one person) are not shown apart, and the page says why.
  const groups = team.getByRole('table', { name: 'Who answered, by group' });
  await expect(groups.getByRole('row')).toHaveText([
    'GroupAskedAnsweredShown apart',
    'Senior leaders33Yes',
    'Teaching staff33Yes',
    'Support and office staff11No: fewer than 3 answered',
  ]);
  await expect(team.getByText(SMALL_GROUP_TEXT)).toBeVisible();
  await expect(team.getByText('Not shown apart: Support and office staff.')).toBeVisible();
  const byGroup = team.getByRole('table', { name: 'Median section scores by group' });
  await expect(byGroup.getByRole('columnheader')).toHaveText(['Section', 'Senior leaders 3 answered', 'Teaching staff 3 answered']);
  await expect(byGroup.getByRole('row', { name: /^Leadership/ }).getByRole('cell')).toHaveText(['3.2', '2.8']);
  // Only two teachers rated registers: their median would show those two people's scores.
  await expect(byGroup.getByRole('row', { name: /^Registers/ }).getByRole('cell')).toHaveText(['3.0', 'Not shown']);
  await expect(byGroup.getByRole('row', { name: /^Understanding barriers/ }).getByRole('cell')).toHaveText(['Not rated', 'Not rated']);
  await expect(team.getByText(SMALL_SECTION_TEXT)).toBeVisible();

  // Statements two or more levels apart come first, each flagged in words.
  const toDiscuss = team.getByRole('list', { name: 'Statements to discuss' });
  await expect(team.getByText('2 statements have ratings 2 or more levels apart.')).toBeVisible();
  await expect(toDiscuss.getByRole('listitem').filter({ has: page.locator('dl') })).toHaveCount(2);
  const champion = statementIn(toDiscuss, CHAMPION.statement);
  await expect(champion.getByText('Ratings 2 or more levels apart', { exact: true })).toBeVisible();
  expect(await termsOf(champion)).toEqual([
    ['Ratings given', '2 rated Embedded, 1 Developing, 2 Emerging, 1 Not yet in place, 1 not applicable'],
    ['Median', '2.5, halfway between Emerging and Developing'],
    ['Team’s rating', `Developing Agreed Why: ${AGREED_REASON}`],
  ]);
  expect(await termsOf(statementIn(toDiscuss, EXPECTATIONS.statement))).toEqual([
    ['Ratings given', '3 rated Embedded, 1 Developing, 3 Emerging'],
    ['Median', '3 (Developing)'],
    ['Team’s rating', 'Developing Median, not yet agreed'],
  ]);

  // Every statement, folded away by section: one the team is close on has no flag, and stands at the median until agreed.
  await team.getByText(`How the team rated each of the ${toolkit.domains.flatMap((domain) => domain.indicators).length} statements`).click();
  const leadership = team.getByRole('region', { name: 'Leadership, policy and culture' });
  const policy = statementIn(leadership, POLICY.statement);
  expect(await termsOf(policy)).toEqual([
    ['Ratings given', '5 rated Developing, 1 Emerging, 1 not rated'],
    ['Median', '3 (Developing)'],
    ['Team’s rating', 'Developing Median, not yet agreed'],
  ]);
  await expect(policy.getByText('Ratings 2 or more levels apart')).toHaveCount(0);
  await expect(statementIn(leadership, CHAMPION.statement).getByText('Ratings 2 or more levels apart')).toBeVisible();

  // Strengths and areas say which ratings are agreed and which are the median.
  const strengths = page.getByRole('region', { name: 'Strengths and areas to develop' });
  await expect(strengths.getByRole('listitem').filter({ hasText: GOVERNORS.statement })).toHaveText(`${GOVERNORS.statement} (Embedded) Median, not yet agreed`);
  // The reason the team gave stands as the statement's evidence.
  const agreedArea = strengths.getByRole('listitem').filter({ hasText: CHAMPION.statement });
  await expect(agreedArea).toContainText(`${CHAMPION.statement} (Developing) Agreed`);
  await expect(agreedArea).toContainText(`Evidence: ${AGREED_REASON}`);

  // The radar draws the band behind the line, names it in its key, and gives it in words.
  const radar = page.getByRole('figure', { name: /Radar chart of section scores/ });
  await expect(radar.getByRole('img', { name: /^The team’s spread/ })).toHaveAccessibleName(
    /Leadership: median 3\.0 of 7 people’s scores, lowest to highest 2\.4 to 3\.6, middle half 2\.8 to 3\.3; Registers & data: median 3\.0 of 6 people’s scores, lowest to highest 2\.0 to 3\.0, middle half 3\.0; Barriers: nobody has rated it/,
  );
  await expect(radar.getByRole('list', { name: 'Key' }).getByRole('listitem')).toHaveText([
    /^This self-evaluation: /,
    'The team’s spread of people’s own scores (pale bar from the lowest score to the highest, darker bar over the middle half)',
  ]);
  await expect(radar).toContainText('The bars along each section’s line show how the team’s own scores for it spread.');

  // Anonymous: nobody's name appears with a rating.
  for (const person of people.slice(1)) await expect(page.getByText(person.name)).toHaveCount(0);

  await saveScreenshot(team, 'team-results-how-the-team-rated.png');
  await saveScreenshot(radar, 'team-results-radar.png');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }

  // On a phone, or at 400% zoom, nothing makes the page scroll sideways (tables may scroll in their own boxes, by keyboard too).
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(radar.getByRole('img', { name: /^The team’s spread/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'team-results-320.png', { fullPage: true });
});

async function expectNoAxeViolations(page: Page): Promise<void> {
  const found = await new AxeBuilder({ page }).analyze();
  expect(found.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('in open mode, each statement says who gave which rating', async ({ page }) => {
  const team = await openResults(page, 'open');
  await expect(team).toContainText('The team chose open ratings when inviting: each statement says who gave which rating.');
  const champion = statementIn(team.getByRole('list', { name: 'Statements to discuss' }), CHAMPION.statement);
  await expect(champion.getByRole('definition').last().getByRole('listitem')).toHaveText([
    'Embedded: Ms Patel, Mr Okafor',
    'Developing: Ms Byrne',
    'Emerging: Mr Shah, Mrs Evans',
    'Not yet in place: Ms Lewis',
    'Not applicable: Mr Quinn',
  ]);
  await expect(champion.getByRole('term').last()).toHaveText('Who gave which');
});

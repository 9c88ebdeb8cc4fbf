/**
 * A team agrees its ratings in meeting mode, by keyboard alone: clicker keys
 * move between statements, number keys choose the level, the reason is typed.
 * The agreed levels are then the audit's ratings: kept after a reload and
 * scored on the results page, while every statement not yet agreed says that
 * its rating is the team's median.
 *
 * The team's self-evaluation is seeded through a backup restored on the
 * settings page (support/team-audit.ts), because the screens for inviting
 * colleagues and bringing in their responses are being built alongside this.
 */
import { expect, test, type Page } from '@playwright/test';
import type { AnswersByIndicator } from '../../src/core/audit';
import { buildChartModel, type ChartModel } from '../../src/core/chart-model';
import { auditRatings, type TeamRecords } from '../../src/core/team-ratings';
import type { AgreedRating } from '../../src/core/team';
import { paths } from '../../src/lib/paths';
import { expectNoAxeViolations } from './support/backup-files';
import { readSlide } from './support/meeting-slides';
import { saveScreenshot } from './support/screenshots';
import { colleagues, leadAnswers, respondents, responses, restoreTeamAudit, teamAudit, teamToolkit } from './support/team-audit';

const statement = (id: string) => teamToolkit.domains.flatMap((domain) => domain.indicators).find((indicator) => indicator.id === id)!.statement;

/** The results the app should show for the team with these agreements, worked out with its own core code. */
function expectedModel(agreed: ReadonlyArray<Pick<AgreedRating, 'indicatorId' | 'rating' | 'reason'>>): ChartModel {
  const own: AnswersByIndicator = Object.fromEntries(leadAnswers.map((answer) => [answer.indicatorId, { rating: answer.rating, note: answer.note }]));
  const records: TeamRecords = { respondents, responses, agreedRatings: agreed.map((row) => ({ auditId: teamAudit.id, updatedAt: 1, ...row })) };
  return buildChartModel(teamToolkit, auditRatings(teamToolkit, teamAudit, own, records).answers);
}

const agreements = [
  { indicatorId: 'first-day-follow-up', rating: 4, reason: 'Calls happen every morning, logged in the MIS' },
  { indicatorId: 'attendance-policy', rating: 2, reason: 'Written, but staff apply it unevenly' },
  { indicatorId: 'governor-oversight', rating: 3, reason: 'Governors ask each term; impact is not yet checked' },
] as const;

const slideHeading = (page: Page) => page.getByRole('heading', { level: 1 });
const decision = (page: Page) => page.getByRole('form', { name: 'The team’s rating' });
const position = (page: Page) => page.getByRole('navigation', { name: 'Meeting mode' }).locator('[aria-live]');
const reasonBox = (page: Page) => page.getByRole('textbox', { name: 'Reason, in one line' });

/** Tabs forward, by keyboard only, until the reason box has focus. */
async function tabToReason(page: Page) {
  for (let press = 0; press < 6; press++) {
    if (await reasonBox(page).evaluate((box) => box === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(reasonBox(page)).toBeFocused();
}

/** The score cell of a section's row in the results page's table. */
const scoreCell = (page: Page, title: string) =>
  page.getByRole('table', { name: 'Scores by section' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) }).getByRole('cell').first();

test('agrees three statements in meeting mode by keyboard, keeps them after a reload, and the results score them as agreed', async ({ page }) => {
  const auditId = await restoreTeamAudit(page);
  const medians = expectedModel([]);
  const agreed = expectedModel(agreements);
  // The agreed levels differ from the medians they replace, so the scores must move.
  const leadership = teamToolkit.domains[0]!.title;
  const registers = teamToolkit.domains[1]!.title;
  expect(agreed.domains[0]!.scoreText).not.toBe(medians.domains[0]!.scoreText);
  expect(agreed.domains[1]!.scoreText).not.toBe(medians.domains[1]!.scoreText);

  // The results page offers agreeing the ratings, for a team; its scores are the medians so far.
  await page.goto(paths.results(auditId));
  await expect(page.getByRole('link', { name: 'Agree the ratings' })).toBeVisible();
  await expect(scoreCell(page, leadership)).toHaveText(medians.domains[0]!.scoreText);

  // So does meeting mode's first slide, which says how much is agreed.
  await page.goto(paths.meeting(auditId));
  await expect(page.getByText('0 of 39 statements agreed; 36 count at the team’s median until agreed.')).toBeVisible();
  await page.getByRole('link', { name: 'Agree the ratings' }).focus();
  await page.keyboard.press('Enter');

  // Widest disagreement first: the room sees how the team rated it, the median, the flag and the notes, with no names.
  await expect(slideHeading(page)).toHaveText(statement('first-day-follow-up'));
  await expect(position(page)).toHaveText(/, 1 of 39$/);
  await expect(page.getByText('0 of 39 agreed')).toBeVisible();
  const bars = page.getByRole('table', { name: 'How the team rated it (4 people)' });
  await expect(bars.getByRole('row')).toHaveText(['LevelPeople', 'Not yet in place1', 'Emerging0', 'Developing1', 'Embedded2', 'Not applicable0']);
  await expect(page.getByText('Median: between Developing and Embedded; Developing counts until agreed.')).toBeVisible();
  await expect(page.getByText('Disagreement: ratings 2 or more levels apart.')).toBeVisible();
  await expect(page.getByRole('region', { name: /Evidence notes \(3\)/ }).getByRole('listitem')).toHaveText([
    'Calls are missed on days the office is short-staffed.',
    'Every call is logged in the MIS.',
    'The office phones every absent pupil’s family by 9:30.',
  ]);
  for (const name of [teamAudit.participants, ...colleagues.map((person) => person.name)]) await expect(page.getByText(name)).toHaveCount(0);
  await expect(decision(page).getByText('Median: Developing — not yet agreed')).toBeVisible();

  // 1: a number key chooses, the reason is typed, Enter goes back to the slide, Page Down moves on.
  await page.keyboard.press('4');
  await expect(decision(page).getByRole('radio', { name: 'Embedded' })).toBeChecked();
  await tabToReason(page);
  await page.keyboard.type(agreements[0].reason);
  await page.keyboard.press('Enter');
  await expect(slideHeading(page)).toBeFocused();
  await expect(decision(page).getByText(`Agreed: Embedded — ${agreements[0].reason}`)).toBeVisible();
  await expect(page.getByText('1 of 39 agreed')).toBeVisible();
  await page.keyboard.press('PageDown');

  // 2: the room changes its mind (4, then 2); Esc leaves the text box, and then an arrow moves on.
  await expect(slideHeading(page)).toHaveText(statement('attendance-policy'));
  await expect(slideHeading(page)).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('2');
  await expect(decision(page).getByRole('radio', { name: 'Emerging' })).toBeChecked();
  await expect(decision(page).getByRole('radio', { name: 'Embedded' })).not.toBeChecked();
  await tabToReason(page);
  await page.keyboard.type(agreements[1].reason);
  // In the text box the arrows move along the text, not to another statement.
  await page.keyboard.press('ArrowLeft');
  await expect(slideHeading(page)).toHaveText(statement('attendance-policy'));
  await page.keyboard.press('Escape');
  await expect(slideHeading(page)).toBeFocused();
  await expect(decision(page).getByText(`Agreed: Emerging — ${agreements[1].reason}`)).toBeVisible();
  await page.keyboard.press('ArrowRight');

  // 3: the clicker works from inside the text box too.
  await expect(slideHeading(page)).toHaveText(statement('governor-oversight'));
  await page.keyboard.press('3');
  await tabToReason(page);
  await page.keyboard.type(agreements[2].reason);
  await expect(decision(page).getByText(`Agreed: Developing — ${agreements[2].reason}`)).toBeVisible();
  await page.keyboard.press('PageDown');

  // A fourth, agreed and then cleared: back to the median, said as such.
  await expect(slideHeading(page)).toHaveText(statement('punctuality'));
  await page.keyboard.press('1');
  await tabToReason(page);
  await page.keyboard.type('Too quick');
  await expect(page.getByText('4 of 39 agreed')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear the agreement' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(decision(page).getByText('Median: Developing — not yet agreed')).toBeVisible();
  await expect(reasonBox(page)).toHaveValue('');
  await expect(decision(page).getByRole('radio', { name: 'Not yet in place' })).not.toBeChecked();
  await expect(page.getByText('3 of 39 agreed')).toBeVisible();
  await expect(decision(page).getByRole('status')).toHaveText('All changes saved.');
  await saveScreenshot(page, 'meeting-agree.png');
  await expectNoAxeViolations(page);

  // After a reload, the same statement is in view and every agreement is kept.
  await page.reload();
  await expect(slideHeading(page)).toHaveText(statement('punctuality'));
  await expect(position(page)).toHaveText(/, 4 of 39$/);
  await expect(page.getByText('3 of 39 agreed')).toBeVisible();
  await page.keyboard.press('Home');
  const levelNames = { 4: 'Embedded', 2: 'Emerging', 3: 'Developing' } as const;
  for (const [index, agreement] of agreements.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    await expect(slideHeading(page)).toHaveText(statement(agreement.indicatorId));
    await expect(decision(page).getByText(`Agreed: ${levelNames[agreement.rating]} — ${agreement.reason}`)).toBeVisible();
    await expect(decision(page).getByRole('radio', { name: levelNames[agreement.rating] })).toBeChecked();
    await expect(reasonBox(page)).toHaveValue(agreement.reason);
  }

  // The results page scores the agreed levels.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  for (const domain of agreed.domains) await expect(scoreCell(page, domain.title)).toHaveText(domain.scoreText);
  await expect(page.getByText(`Overall score: ${agreed.overallText}`)).toBeVisible();

  // Meeting mode's section slides say which ratings are still the team's median.
  await page.goto(paths.meeting(auditId));
  await expect(page.getByText('3 of 39 statements agreed; 33 count at the team’s median until agreed.')).toBeVisible();
  const rows: string[] = [];
  for (let slide = 1; ; slide++) {
    await page.keyboard.press('PageDown');
    const seen = await readSlide(page);
    if (!seen.heading.startsWith(leadership) && !seen.heading.startsWith(registers)) break;
    rows.push(...seen.ratings);
    expect(slide).toBeLessThan(8);
  }
  const rowFor = (id: string) => rows.find((row) => row.startsWith(statement(id)));
  expect(rowFor('governor-oversight')).toBe(`${statement('governor-oversight')}Developing`);
  expect(rowFor('first-day-follow-up')).toBe(`${statement('first-day-follow-up')}Embedded`);
  expect(rowFor('punctuality')).toBe(`${statement('punctuality')}Developingmedian, not yet agreed`);
  expect(rowFor('senior-attendance-champion')).toBe(`${statement('senior-attendance-champion')}Developingmedian, not yet agreed`);
});

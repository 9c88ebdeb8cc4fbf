/**
 * Reviewing the plan through the year: two reviews of two actions on dates
 * typed in the date boxes (past dates, so the clock does not matter), the
 * summary of each, every review kept in each action's history on the plan
 * page, a reload in the middle of a review, and the projector version moved
 * by the keys a clicker sends.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatDate, todayIsoDate } from '../../src/core/format-date';
import { paths } from '../../src/lib/paths';
import { startAudit } from './support/audit-flow';
import { actionCards, fillAction } from './support/plan-flow';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const actions = [
  { Action: 'Call home on the first morning of any absence', 'Success measure': 'Every absent pupil’s family called by 9:30', Lead: 'Attendance officer' },
  { Action: 'Share weekly attendance with tutors', 'Success measure': 'Tutors can say their group’s figure', Lead: 'Head of year 7' },
];

async function makePlan(page: Page): Promise<string> {
  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Oakwood Primary School', title: 'Autumn 2026 review' });
  const auditId = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto(paths.plan(auditId));
  for (const [index, fields] of actions.entries()) {
    await page.getByRole('button', { name: 'Add an action' }).click();
    await fillAction(page, index + 1, fields);
    await page.getByRole('button', { name: `Done editing action ${index + 1}` }).click();
  }
  return auditId;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** The summary's cards, one per action, in plan order. */
const summaryCards = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: /^Action \d+$/ }) });
/** An action card's reviews on the plan page, latest first. */
const historyOf = (page: Page, number: number) => page.getByRole('list', { name: `Reviews of action ${number}, latest first` }).getByRole('listitem');
const thisReview = (page: Page) => page.getByRole('form', { name: 'This review' });

/** Types the date of the review into the three boxes and starts; lands on the first action with focus on its heading. */
async function startReview(page: Page, [day, month, year]: [string, string, string]) {
  await page.getByRole('link', { name: 'Review the plan' }).click();
  await expect(heading(page)).toHaveText('Review the plan');
  const date = page.getByRole('group', { name: 'Date of this review' });
  await date.getByLabel('Day').fill(day);
  await date.getByLabel('Month').fill(month);
  await date.getByLabel('Year').fill(year);
  await page.getByRole('button', { name: 'Start reviewing' }).click();
  await expect(heading(page)).toHaveText(`Action 1 of ${actions.length}`);
  await expect(heading(page)).toBeFocused();
}

interface Recorded {
  status: string;
  measure: string;
  note: string;
  evidence: string;
}

async function record(page: Page, { status, measure, note, evidence }: Recorded) {
  const form = thisReview(page);
  await form.getByRole('group', { name: 'Status' }).getByRole('radio', { name: status }).check();
  await form.getByRole('group', { name: 'Is the success measure met?' }).getByRole('radio', { name: measure, exact: true }).check();
  await form.getByLabel('Progress note').fill(note);
  await form.getByLabel('Evidence seen').fill(evidence);
  await expect(form.getByRole('status')).toHaveText('All changes saved.');
}

/** Presses a link by keyboard: focus, then Enter. */
async function follow(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

const first: Recorded[] = [
  { status: 'On track', measure: 'Partly met', note: 'Calls logged most mornings since half term.', evidence: 'Call log for October' },
  { status: 'At risk', measure: 'Not met', note: 'Tutors not yet given the figures.', evidence: 'Tutor meeting minutes' },
];
const second: Recorded[] = [
  { status: 'Done', measure: 'Met', note: 'Every family called by 9:30 for four weeks.', evidence: 'MIS report, November' },
  { status: 'On track', measure: 'Partly met', note: 'Figures shared in week 2.', evidence: 'Tutor emails' },
];

test('two reviews of the plan on typed dates are both kept, summarised, and shown in each action’s history', async ({ page }) => {
  const auditId = await makePlan(page);

  // A date in the future is refused, and says why.
  await page.getByRole('link', { name: 'Review the plan' }).click();
  const date = page.getByRole('group', { name: 'Date of this review' });
  await expect(date.getByLabel('Year')).toHaveValue(todayIsoDate().slice(0, 4));
  await date.getByLabel('Year').fill('2999');
  await page.getByRole('button', { name: 'Start reviewing' }).click();
  await expect(page.getByRole('alert')).toContainText('The date of the review must be today or in the past');
  await page.goto(paths.plan(auditId));

  // The first review, on 5 October 2026: nothing before it.
  await startReview(page, ['5', '10', '2026']);
  await expect(page.getByText('Review of 5 October 2026')).toBeVisible();
  await expect(page.getByText(actions[0]!['Success measure'])).toBeVisible();
  await expect(page.getByText('Not reviewed before.')).toBeVisible();
  // It starts from the status the action was written with.
  await expect(thisReview(page).getByRole('radio', { name: 'Not started' })).toBeChecked();
  await record(page, first[0]!);
  await follow(page, 'Next action');
  await expect(heading(page)).toHaveText('Action 2 of 2');
  await expect(heading(page)).toBeFocused();
  await record(page, first[1]!);
  await follow(page, 'Previous action');
  await expect(heading(page)).toHaveText('Action 1 of 2');
  await expect(thisReview(page).getByLabel('Progress note')).toHaveValue(first[0]!.note);
  await follow(page, 'Next action');
  await follow(page, 'Finish');
  await expect(heading(page)).toHaveText('The review on 5 October 2026');
  await expect(heading(page)).toBeFocused();
  const summary = summaryCards(page);
  await expect(summary.nth(0)).toContainText('Not started → On track');
  await expect(summary.nth(1)).toContainText('Not started → At risk');
  await expect(summary.nth(1)).toContainText(first[1]!.note);
  await page.getByRole('link', { name: 'Back to the development plan' }).click();
  await expect(actionCards(page).nth(0)).toContainText('On track');
  await expect(actionCards(page).nth(0)).toContainText('Reviewed 5 October 2026 — On track — Success measure: Partly met');

  // The second review, on 16 November 2026: last time is the first review.
  await startReview(page, ['16', '11', '2026']);
  const lastTime = page.getByRole('definition');
  await expect(lastTime.filter({ hasText: '5 October 2026' })).toBeVisible();
  await expect(lastTime.filter({ hasText: first[0]!.note })).toBeVisible();
  await expect(lastTime.filter({ hasText: first[0]!.evidence })).toBeVisible();
  // This review starts where the last one left the action.
  await expect(thisReview(page).getByRole('radio', { name: 'On track' })).toBeChecked();
  await record(page, second[0]!);
  // A reload in the middle of the review keeps the place and what was typed.
  await page.reload();
  await expect(heading(page)).toHaveText('Action 1 of 2');
  await expect(thisReview(page).getByLabel('Progress note')).toHaveValue(second[0]!.note);
  await expect(thisReview(page).getByRole('radio', { name: 'Done' })).toBeChecked();
  await follow(page, 'Next action');
  await expect(page.getByRole('definition').filter({ hasText: first[1]!.note })).toBeVisible();
  await record(page, second[1]!);
  await follow(page, 'Finish');
  await expect(heading(page)).toHaveText('The review on 16 November 2026');
  await expect(summaryCards(page).nth(0)).toContainText('On track → Done');
  await expect(summaryCards(page).nth(1)).toContainText('At risk → On track');

  // The plan page: each action's current status, and both reviews, latest first, the first as it was recorded.
  await page.getByRole('link', { name: 'Back to the development plan' }).click();
  const cards = actionCards(page);
  const both: [Recorded, Recorded][] = [
    [first[0]!, second[0]!],
    [first[1]!, second[1]!],
  ];
  for (const [index, [earlier, later]] of both.entries()) {
    const history = historyOf(page, index + 1);
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toHaveText(`Reviewed 16 November 2026 — ${later.status} — Success measure: ${later.measure}${later.note}Evidence seen: ${later.evidence}`);
    await expect(history.nth(1)).toHaveText(`Reviewed 5 October 2026 — ${earlier.status} — Success measure: ${earlier.measure}${earlier.note}Evidence seen: ${earlier.evidence}`);
  }
  await expect(cards.nth(0).locator('.govuk-tag')).toHaveText('Done');
  await expect(cards.nth(1).locator('.govuk-tag')).toHaveText('On track');
  // The first review's summary still says what it said.
  await page.goto(paths.planReviewSummary(auditId, '2026-10-05'));
  await expect(summaryCards(page).nth(0)).toContainText('Not started → On track');
  await expect(summaryCards(page).nth(0)).toContainText(first[0]!.note);

  // Once reviewed, an action's status is its latest review's, not a choice in the editor.
  await page.goto(paths.plan(auditId));
  await page.getByRole('button', { name: 'Edit action 1' }).click();
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  await expect(editor).toContainText('Status: Done, from the review on 16 November 2026');
  await expect(editor.getByRole('radio')).toHaveCount(0);
  await expect(editor.getByRole('link', { name: 'Review action 1 today' })).toBeVisible();
});

test('the projector version moves by the clicker’s keys and records a review for today', async ({ page }) => {
  const auditId = await makePlan(page);
  await page.goto(paths.meeting(auditId));
  await page.getByRole('link', { name: 'Review the plan' }).click();
  const slideHeading = page.getByRole('heading', { level: 1 });
  await expect(slideHeading).toHaveText(actions[0]!.Action);
  await expect(slideHeading).toBeFocused();
  await expect(page.getByText('Not reviewed before.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading).toHaveText(actions[1]!.Action);
  await expect(slideHeading).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(slideHeading).toHaveText(actions[0]!.Action);

  // Recorded on the slide, by keyboard: Tab to the status radios, arrows choose, then into the note.
  const form = page.getByRole('form', { name: `This review, ${formatDate(todayIsoDate())}` });
  await form.getByRole('radio', { name: 'Not started' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'On track' })).toBeChecked();
  // In a radio group the arrows choose: the slide stays.
  await expect(slideHeading).toHaveText(actions[0]!.Action);
  await form.getByLabel('Progress note').focus();
  await page.keyboard.type('Agreed at the governors’ meeting.');
  await expect(form.getByRole('status')).toHaveText('All changes saved.');
  // Page Down moves on even from a text box; Esc then leaves the field, and an arrow key moves back.
  await page.keyboard.press('PageDown');
  await expect(slideHeading).toHaveText(actions[1]!.Action);
  await expect(slideHeading).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(slideHeading).toHaveText(actions[0]!.Action);
  await expect(form.getByLabel('Progress note')).toHaveValue('Agreed at the governors’ meeting.');
  await page.reload();
  await expect(slideHeading).toHaveText(actions[0]!.Action);

  await page.goto(paths.plan(auditId));
  await expect(historyOf(page, 1)).toHaveText([`Reviewed ${formatDate(todayIsoDate())} — On track — Success measure: Not saidAgreed at the governors’ meeting.`]);
  // The second action was shown, so its review for today was started, at the status it already had.
  await expect(historyOf(page, 2)).toHaveText([`Reviewed ${formatDate(todayIsoDate())} — Not started — Success measure: Not said`]);
});

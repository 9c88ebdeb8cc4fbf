/**
 * Kiosk mode on parents' evening, as reception runs it: the attendance lead
 * rates a few statements, opens the families' questionnaire at a kiosk from
 * the results, and families answer one after another. Each leaves a clear
 * screen that Back cannot undo; staff finish collecting and the results show
 * the families' view beside the staff's, or say why not while fewer than
 * three have answered.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';
import { indicatorGroup } from './support/audit-flow';
import { attendance as toolkit, expectAllSaved, expectNoAxeViolations, startAttendanceAudit } from './support/audit-pages';
import { fillDisk, freeDisk, readAllTables } from './support/indexeddb';
import { saveScreenshot } from './support/screenshots';

const families = toolkit.questionnaires!.find((questionnaire) => questionnaire.audience === 'families')!;
const leadership = toolkit.domains.find((domain) => domain.id === 'leadership')!;
const belonging = toolkit.domains.find((domain) => domain.id === 'belonging')!;
const text = (id: string) => families.statements.find((statement) => statement.id === id)!.text;
const THANKS = 'Thank you — your answers have been saved. The next person can start now.';

type Answer = 'Strongly agree' | 'Agree' | 'Disagree' | 'Strongly disagree' | 'Don’t know';

/**
 * Five families. On leadership's statements most disagree: "who to contact" has 4 views (2 agree),
 * "easy to report" 4 (none agree), and "rules fair" only 2 views, so it is hidden and left out:
 * 2 of 8 answers agree. "Feels welcome" (belonging) has 5 views, 4 agreeing.
 */
const answerSets: Array<Record<string, Answer>> = [
  { 'know-who-to-contact': 'Strongly agree', 'easy-to-report': 'Disagree', 'child-feels-welcome': 'Agree', 'rules-fair': 'Disagree' },
  { 'know-who-to-contact': 'Disagree', 'easy-to-report': 'Strongly disagree', 'child-feels-welcome': 'Agree', 'rules-fair': 'Don’t know' },
  { 'know-who-to-contact': 'Agree', 'easy-to-report': 'Disagree', 'child-feels-welcome': 'Strongly agree', 'hear-about-attendance': 'Agree' },
  { 'know-who-to-contact': 'Disagree', 'easy-to-report': 'Disagree', 'child-feels-welcome': 'Disagree', 'rules-fair': 'Strongly disagree' },
  { 'know-who-to-contact': 'Don’t know', 'child-feels-welcome': 'Agree', 'asked-views': 'Agree' },
];

/** The lead rates every leadership statement "Embedded", so the section scores 4.0, the top of the scale. */
async function startAndRateLeadership(page: Page): Promise<string> {
  const auditId = await startAttendanceAudit(page, 'Spring 2027 review');
  for (const indicator of leadership.indicators) {
    await indicatorGroup(page, indicator.statement).getByRole('radio', { name: 'Embedded', exact: true }).check();
  }
  await expectAllSaved(page);
  return auditId;
}

async function answer(page: Page, given: Record<string, Answer>): Promise<void> {
  for (const [statementId, choice] of Object.entries(given)) {
    await page.getByRole('group', { name: text(statementId) }).getByRole('radio', { name: choice, exact: true }).check();
  }
}

/** The row of a table whose header cell is `title`. */
function rowOf(table: Locator, title: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: title, exact: true }) });
}

/** Nothing of anyone's answers is on screen or in the page: no radio checked, anywhere. */
async function expectClearScreen(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: families.title })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  expect(await page.locator('input:checked').count()).toBe(0);
  await expect(page.getByRole('radio')).toHaveCount(families.statements.length * 5);
}

async function finishCollecting(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Finish collecting' }).click();
  await expect(page.getByRole('heading', { name: 'Finish collecting answers?' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, finish collecting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collecting finished' })).toBeFocused();
}

test('five families answer at the kiosk one after another, each leaving a clear screen, and the results show their view beside the staff’s', async ({ page }) => {
  const auditId = await startAndRateLeadership(page);
  await page.goto(paths.results(auditId));
  await expect(page.getByRole('heading', { name: 'What families say' })).toBeVisible();
  await expect(page.getByText('Nobody has answered yet.')).toBeVisible();
  await page.getByRole('link', { name: `Collect answers at a kiosk for the ${families.title}` }).click();

  await expect(page).toHaveURL(paths.kiosk(auditId, families.id));
  await expectClearScreen(page);
  await expect(page.getByText(families.introduction)).toBeVisible();
  // The kiosk fills the screen: no way into the rest of the app, and nothing asks who is answering.
  await expect(page.getByRole('link', { name: 'Settings and backup' })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('form')).toHaveAttribute('autocomplete', 'off');
  await expectNoAxeViolations(page);

  for (const [index, given] of answerSets.entries()) {
    await answer(page, given);
    if (index === 0) await saveScreenshot(page, 'kiosk-answering.png');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(Object.keys(given).length);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(page.getByRole('alert')).toContainText(THANKS);
    await expectClearScreen(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    if (index === 0) {
      await saveScreenshot(page, 'kiosk-thank-you.png');
      await expectNoAxeViolations(page);
    }
    // Back does not bring this person's answers back, nor leave the kiosk.
    await page.goBack();
    await expect(page).toHaveURL(paths.kiosk(auditId, families.id));
    await expectClearScreen(page);
    // The count is never shown while people answer.
    await expect(page.getByText(/\d+ (people|person) answered/)).toHaveCount(0);
  }
  // Nor does reloading the page.
  await page.reload();
  await expectClearScreen(page);

  const stored = (await readAllTables(page)).voiceAnswers as Array<{ answers: Record<string, number> }>;
  expect(stored).toHaveLength(5);
  expect(stored.map((set) => Object.keys(set).sort())).toEqual(stored.map(() => ['answers', 'auditId', 'createdAt', 'id', 'questionnaireId', 'updatedAt']));

  await finishCollecting(page);
  await expect(page.getByRole('status')).toHaveText(`5 people answered “${families.title}” today.`);
  await saveScreenshot(page, 'kiosk-finished.png');
  await page.getByRole('link', { name: 'See the results' }).click();

  const voice = page.getByRole('region', { name: 'What families say' });
  await expect(voice.getByText('5 people answered.')).toBeVisible();
  const sections = voice.getByRole('table', { name: `${families.title}: each section beside the self-evaluation` });
  await expect(rowOf(sections, leadership.title)).toContainText(
    '25% agree, 75% disagree (of 8 answers giving a view)4.0 (Embedded)Families see this less positively than the staff’s self-evaluation',
  );
  await expect(rowOf(sections, belonging.title)).toContainText('80% agree, 20% disagree (of 5 answers giving a view)Not ratedCannot compare yet');
  await voice.getByText('Answers to each statement', { exact: true }).click();
  const statements = voice.getByRole('table', { name: `${families.title}: answers to each statement` });
  await expect(rowOf(statements, text('child-feels-welcome'))).toHaveText(`${text('child-feels-welcome')}1310080%`);
  await expect(rowOf(statements, text('rules-fair'))).toContainText('Not shown: fewer than 3 people gave a view.');
  await page.evaluate(() => document.getElementById('voice-heading')!.scrollIntoView());
  await saveScreenshot(page, 'results-families-view.png');
  await expectNoAxeViolations(page);
});

test('with two families’ answers the results show nothing of them, and say why', async ({ page }) => {
  const auditId = await startAndRateLeadership(page);
  await page.goto(paths.kiosk(auditId, families.id));
  for (const given of answerSets.slice(0, 2)) {
    await answer(page, given);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(page.getByRole('alert')).toContainText(THANKS);
  }
  await finishCollecting(page);
  await expect(page.getByRole('status')).toHaveText(`2 people answered “${families.title}” today.`);
  await page.getByRole('link', { name: 'See the results' }).click();
  const voice = page.getByRole('region', { name: 'What families say' });
  await expect(voice).toContainText('Not shown: fewer than 3 people have answered so far (2).');
  await expect(voice.getByRole('table')).toHaveCount(0);
  await expect(voice.getByText(/agree/)).toHaveCount(1); // only the rule's own words
});

test('a person must choose at least one answer, and answers that could not be saved stay on screen', async ({ page }) => {
  const auditId = await startAndRateLeadership(page);
  await page.goto(paths.kiosk(auditId, families.id));
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await page.getByRole('link', { name: 'Choose an answer for at least one statement' }).click();
  await expect(page.getByRole('group', { name: text(families.statements[0]!.id) }).getByRole('radio').first()).toBeFocused();

  await answer(page, answerSets[0]!);
  await fillDisk(page);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Your answers have not been saved' })).toBeVisible();
  await expect(page.getByText('Your device is out of storage space')).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(4);
  await expect(page.getByRole('alert').filter({ hasText: THANKS })).toHaveCount(0);

  await freeDisk(page);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('alert')).toContainText(THANKS);
  await expectClearScreen(page);
  expect((await readAllTables(page)).voiceAnswers).toHaveLength(1);
});

test('staff can carry on collecting after opening the finish question, and collect more after finishing', async ({ page }) => {
  const auditId = await startAndRateLeadership(page);
  await page.goto(paths.kiosk(auditId, families.id));
  await answer(page, answerSets[0]!);
  await page.getByRole('button', { name: 'Finish collecting' }).click();
  await page.getByRole('button', { name: 'No, carry on collecting' }).click();
  await expect(page.getByRole('button', { name: 'Finish collecting' })).toBeFocused();
  // What the person had chosen is still there for them to send.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(4);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('alert')).toContainText(THANKS);
  await finishCollecting(page);
  await expect(page.getByRole('status')).toHaveText(`1 person answered “${families.title}” today.`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Collect more answers' }).click();
  await expectClearScreen(page);
});

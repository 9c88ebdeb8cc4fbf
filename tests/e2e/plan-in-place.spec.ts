/**
 * The plan from the rating pages: a statement's suggested action added in
 * place (worded as the team likes), "In the plan" beside it afterwards; the
 * suggestions following the rating given; and the plan ordered as a whole.
 * Everything is set up through the screens, as a head teacher would.
 */
import { expect, test, type Page } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, domainPath, expectAllSaved, expectNoAxeViolations, indicator, screenshot, startAttendanceAudit, tabTo } from './support/audit-pages';
import { customToolkit, restoreCustomToolkitAudit } from './support/custom-toolkit';
import { actionCards } from './support/plan-flow';

const levels = attendance.scale.levels;

/** The statement's "Add to plan" disclosure, opened from the keyboard. */
async function openAddToPlan(page: Page, statement: string, number: number) {
  const group = indicatorGroup(page, statement);
  const summary = group.getByText(`Add an action to the plan for statement ${number}`, { exact: true });
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  await expect(group.getByLabel('Action', { exact: true })).toBeVisible();
  return group;
}

/** Rates a statement, waits for the save, and adds its first suggestion to the plan as it stands. */
async function addInPlace(page: Page, statement: string, number: number, level: string) {
  const group = indicatorGroup(page, statement);
  await group.getByRole('radio', { name: level }).check();
  await expectAllSaved(page);
  await group.getByText(`Add an action to the plan for statement ${number}`, { exact: true }).click();
  await group.getByRole('button', { name: `Add to plan for statement ${number}`, exact: true }).click();
  await expect(group.getByText('In the plan', { exact: true })).toBeVisible();
}

test('add a suggested action in place on a rating page, in our own words; the statement then says it is in the plan', async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  await page.goto(domainPath(auditId, 0));
  const first = indicator(0, 0);
  const suggested = first.suggestedActions[0]!;
  const group = indicatorGroup(page, first.statement);
  await group.getByRole('radio', { name: levels[0]!.label }).check();
  await expectAllSaved(page);

  // The toolkit's wording, ready to change; nothing is added until the button is pressed.
  await openAddToPlan(page, first.statement, 1);
  await expect(group.getByLabel('Action', { exact: true })).toHaveValue(suggested.action);
  await expect(group.getByLabel('Success measure')).toHaveValue(suggested.successMeasure);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await group.getByLabel('Action', { exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'add-to-plan-in-place');
  await page.screenshot({ path: test.info().outputPath('add-to-plan-in-place.png') });

  // An empty action is refused, with the reason beside the field.
  await group.getByLabel('Action', { exact: true }).fill('  ');
  await group.getByRole('button', { name: 'Add to plan for statement 1', exact: true }).click();
  await expect(group.getByText('Write what you will do before adding it to the plan')).toBeVisible();
  await expect(group.getByLabel('Action', { exact: true })).toBeFocused();

  const ours = `${suggested.action} Start with Year 6.`;
  await group.getByLabel('Action', { exact: true }).fill(ours);
  await group.getByLabel('Success measure').fill('Year 6 families know who the champion is by half term.');
  await tabTo(page, group.getByRole('button', { name: 'Add to plan for statement 1', exact: true }));
  await page.keyboard.press('Enter');

  // The button is gone; focus is on the note that says where the action went.
  const inPlan = group.getByText('In the plan', { exact: true });
  await expect(inPlan).toBeVisible();
  await expect(group.getByRole('button', { name: /^Add to plan/ })).toHaveCount(0);
  await expect(group.getByText('Add an action to the plan for statement 1', { exact: true })).toHaveCount(0);
  await expect(page.locator(':focus')).toContainText('In the plan');
  await expect(group).toContainText(`Action 1: ${ours}`);
  await expect(page.getByText(`Added to the plan: ${ours}`)).toBeAttached();
  // The other statements still offer theirs.
  await expect(page.getByText('Add an action to the plan for statement 2', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'in-the-plan');
  await page.screenshot({ path: test.info().outputPath('in-the-plan.png') });

  // Still so after a reload, and the link opens that action in the plan, worded as we left it.
  await page.reload();
  await expect(indicatorGroup(page, first.statement).getByText('In the plan', { exact: true })).toBeVisible();
  await indicatorGroup(page, first.statement).getByRole('link', { name: `Give it a lead and a date: ${ours}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'Action 1' })).toBeFocused();
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  await expect(editor.getByLabel('Action', { exact: true })).toHaveValue(ours);
  await expect(editor.getByLabel('Success measure')).toHaveValue('Year 6 families know who the champion is by half term.');
  await expect(actionCards(page)).toHaveCount(1);

  // The suggestions page from the plan says the same, and offers no second copy.
  await page.getByRole('link', { name: 'Add actions suggested by your ratings' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: first.statement }) });
  await expect(card.getByText('In the plan', { exact: true })).toBeVisible();
  await expect(card.getByRole('button')).toHaveCount(0);
});

test('the suggestions follow the rating: the step up from it, and a single action says which rating it is for', async ({ page }) => {
  await restoreCustomToolkitAudit(page, { school: 'Brookfield Infant School', title: 'Arrival review', date: '2026-11-25' });
  const [greeting, registers] = customToolkit.domains[0]!.indicators;
  const [forBeginning, forGrowing] = greeting!.suggestedActions;
  const label = (value: number) => customToolkit.scale.levels.find((level) => level.value === value)!.label;
  const greetingGroup = indicatorGroup(page, greeting!.statement);

  // Growing: the step up from Growing, not the first step a school at Beginning would take.
  await greetingGroup.getByRole('radio', { name: label(2) }).check();
  await expectAllSaved(page);
  await openAddToPlan(page, greeting!.statement, 1);
  await expect(greetingGroup.getByLabel('Action', { exact: true })).toHaveCount(1);
  await expect(greetingGroup.getByLabel('Action', { exact: true })).toHaveValue(forGrowing!.action);
  await expect(greetingGroup.getByText(`Suggested for statements rated 2 ${label(2)}`)).toBeVisible();

  // Beginning: its own step first, then the next one.
  await greetingGroup.getByRole('radio', { name: label(1) }).check();
  await expectAllSaved(page);
  await expect(greetingGroup.getByLabel('Action', { exact: true })).toHaveCount(2);
  await expect(greetingGroup.getByLabel('Action', { exact: true }).first()).toHaveValue(forBeginning!.action);

  // The top level: nothing suggested for it, so a blank action to write.
  await greetingGroup.getByRole('radio', { name: label(4) }).check();
  await expectAllSaved(page);
  await expect(greetingGroup.getByText('The toolkit suggests no action for this rating.')).toBeVisible();
  await expect(greetingGroup.getByLabel('Action', { exact: true })).toHaveValue('');

  // Only one action, meant for Beginning: shown at Secure too, saying which rating it is for.
  const registersGroup = indicatorGroup(page, registers!.statement);
  await registersGroup.getByRole('radio', { name: label(3) }).check();
  await expectAllSaved(page);
  await openAddToPlan(page, registers!.statement, 2);
  await expect(registersGroup.getByLabel('Action', { exact: true })).toHaveValue(registers!.suggestedActions[0]!.action);
  await expect(registersGroup.getByText(`Suggested for statements rated 1 ${label(1)}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await registersGroup.getByLabel('Action', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('suggested-for-rating.png') });
});

test('the plan is ordered as a whole: an action alone in its section moves above another section’s action, and stays there', async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  const [a, b] = [indicator(0, 0), indicator(0, 1)];
  const x = indicator(1, 0);
  await page.goto(domainPath(auditId, 0));
  await addInPlace(page, a.statement, 1, levels[0]!.label);
  await addInPlace(page, b.statement, 2, levels[1]!.label);
  await page.goto(domainPath(auditId, 1));
  await addInPlace(page, x.statement, 1, levels[0]!.label);

  await page.goto(`/audits/${auditId}/plan`);
  await expect(page.getByText('Actions for your priority sections come first; you can move any action.')).toBeVisible();
  const sections = page.getByRole('heading', { level: 3 }).filter({ hasNotText: 'Add your own action' });
  await expect(sections).toHaveText([attendance.domains[0]!.title, attendance.domains[1]!.title]);
  await expect(actionCards(page).nth(2)).toContainText(x.suggestedActions[0]!.action);

  // Alone in its section, it still moves up, past the other section's last action; focus stays on the button.
  await page.getByRole('button', { name: 'Move up action 3' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved up. It is now action 2.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Move up action 2' })).toBeFocused();
  const order = [a.suggestedActions[0]!.action, x.suggestedActions[0]!.action, b.suggestedActions[0]!.action];
  const expectOrder = async () => {
    for (const [index, text] of order.entries()) await expect(actionCards(page).nth(index)).toContainText(text);
    await expect(sections).toHaveText([attendance.domains[0]!.title, attendance.domains[1]!.title, attendance.domains[0]!.title]);
  };
  await expectOrder();
  // The first action cannot move up; the last cannot move down.
  await expect(page.getByRole('button', { name: 'Move up action 1' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Move down action 3' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Move down action 2' })).not.toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'plan-ordered-as-a-whole');
  await page.screenshot({ path: test.info().outputPath('plan-ordered-as-a-whole.png') });

  await page.reload();
  await expectOrder();
  // The printable plan follows the same order.
  await page.getByRole('link', { name: 'Printable version (web page)' }).click();
  const moved = page.getByRole('table', { name: /actions/ }).getByRole('row').filter({ hasText: x.suggestedActions[0]!.action });
  await expect(moved.getByRole('cell').first()).toHaveText('2');
});

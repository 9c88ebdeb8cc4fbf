/**
 * A team self-evaluation on one laptop: the lead adds two people who rate
 * here, one after the other. Each sees only their own ratings; once one has
 * finished, nothing of theirs is on screen for the next (Back included); and
 * their ratings count in the results only once the lead reveals them.
 * Everything is done through the screens.
 */
import { expect, test, type Page } from '@playwright/test';
import { indicatorGroup, startAudit } from './support/audit-flow';
import { expectNoAxeViolations } from './support/audit-pages';
import { saveScreenshot } from './support/screenshots';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const first = toolkit.domains[0]!;
const [s1, s2, s3] = first.indicators as [(typeof first.indicators)[number], (typeof first.indicators)[number], (typeof first.indicators)[number]];
const level = (value: number) => toolkit.scale.levels.find((candidate) => candidate.value === value)!.label;
const total = toolkit.domains.reduce((sum, domain) => sum + domain.indicators.length, 0);

function scoreRow(page: Page) {
  return page.getByRole('table', { name: 'Scores by section' }).getByRole('row', { name: new RegExp(first.title) });
}

/** From the team page: hands the laptop over, rates the first three statements with a note, and finishes. */
async function ratesInTurn(page: Page, name: string, group: string, ratings: [number, number, number], note: string, check: { axe: boolean }) {
  await page.getByRole('link', { name: `Rate now as ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Pass the laptop to ${name}` })).toBeVisible();
  if (check.axe) {
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'rating-on-this-device-pass-the-laptop.png');
  }
  await page.getByRole('link', { name: 'Start rating' }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await expect(page.getByText(`Rating as ${name} (${group})`)).toBeVisible();
  // Nobody else's ratings, and no way to the results, the plan or the lead's reflections.
  const main = page.getByRole('main');
  await expect(main.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByLabel('How do we know? (evidence note)').first()).toHaveValue('');
  await expect(page.getByRole('navigation', { name: 'This self-evaluation' })).toHaveCount(0);
  await expect(main.getByText('Add an action to the plan')).toHaveCount(0);
  await expect(page.getByLabel('What is working well?')).toHaveCount(0);
  await expect(main.getByRole('link', { name: /results|plan/i })).toHaveCount(0);
  for (const [index, statement] of [s1, s2, s3].entries()) {
    await indicatorGroup(page, statement.statement).getByRole('radio', { name: level(ratings[index]!) }).check();
  }
  await page.getByLabel('How do we know? (evidence note)').first().fill(note);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  if (check.axe) {
    await expectNoAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'rating-on-this-device-a-section.png');
  }

  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Finish rating' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish rating' })).toBeVisible();
  await expect(page.getByText(`You have rated 3 of ${total} statements.`)).toBeVisible();
  if (check.axe) {
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'rating-on-this-device-finish.png');
  }
  await page.getByRole('button', { name: 'I have finished' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Thank you, ${name}` })).toBeFocused();
  await expect(page.getByText('Your ratings are saved and hidden until Ms Patel reveals them.')).toBeVisible();
  await expect(page.getByText('Pass the laptop back to Ms Patel.')).toBeVisible();
  if (check.axe) {
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'rating-on-this-device-thank-you.png');
  }
}

test('two people rate one after the other on the lead’s laptop, each unseen by the next, until the lead reveals their ratings', async ({ page }) => {
  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Northfield Primary School', title: 'Autumn 2026 team review', participants: 'Ms Patel' });
  const auditUrl = new URL(page.url());
  const auditId = auditUrl.pathname.split('/')[2]!;
  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask your team' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  // Each rates on their own laptop unless the lead says otherwise; the choice stays for the next person added.
  await expect(page.getByRole('radio', { name: 'On their own laptop (you send them an invitation file)' })).toBeChecked();
  for (const [name, group] of [
    ['Sam Jones', 'Teaching staff'],
    ['Priya Shah', 'Support and office staff'],
  ] as const) {
    await page.getByLabel('Name or role').fill(name);
    await page.getByLabel('Group', { exact: true }).selectOption({ label: group });
    await page.getByRole('radio', { name: 'Here on this device, after you' }).check();
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Rates on this device');
  }
  await expect(page.getByRole('button', { name: /Download invitation/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await ratesInTurn(page, 'Sam Jones', 'Teaching staff', [1, 2, 4], 'Only some classes call the register on time.', { axe: true });

  // Back leaves Sam's turn for the page before it, and Sam's pages no longer show Sam's ratings.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask your team' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you, Sam Jones' })).toBeVisible();
  const samsId = await page.evaluate(() => location.pathname.split('/')[4]!);
  await page.goto(`/audits/${auditId}/team/${samsId}/domains/${first.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Jones has finished rating' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByText('Only some classes call the register on time.')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the team page' }).click();

  await expect(page.getByRole('row', { name: /Sam Jones/ })).toContainText('Finished. Rated 3 statements — hidden until you reveal them');
  await ratesInTurn(page, 'Priya Shah', 'Support and office staff', [4, 2, 1], 'The office chases every absence by 10am.', { axe: false });
  await page.getByRole('link', { name: 'Back to the team page' }).click();

  await expect(page.getByRole('row', { name: /Priya Shah/ })).toContainText('Finished. Rated 3 statements — hidden until you reveal them');
  await expect(page.getByText('The ratings of Sam Jones and Priya Shah are hidden')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'ask-your-team-ratings-hidden.png', { fullPage: true });

  // Hidden ratings do not count yet: the lead has rated nothing, so nothing is rated at all.
  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(scoreRow(page)).toContainText(`0 of ${first.indicators.length}`);
  await expect(scoreRow(page)).toContainText('Not rated');
  const howTheTeamRated = page.getByRole('region', { name: 'How the team rated' });
  await expect(howTheTeamRated).toContainText('Nobody has rated yet. 2 more people rated on this device; their ratings count once they are revealed.');

  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('button', { name: 'Reveal the ratings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The ratings of Sam Jones and Priya Shah are revealed. They now count in the results and meeting mode.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal the ratings' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Sam Jones/ })).toContainText(`Finished. 3 of ${total} statements`);
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Results' }).click();
  await expect(scoreRow(page)).toContainText(`3 of ${first.indicators.length}`);
  await expect(howTheTeamRated).toContainText('2 people rated.');
  await expect(howTheTeamRated).not.toContainText('rated on this device');

  // The lead lets Sam change their ratings: Sam's own ratings are back on Sam's pages, and nobody else's.
  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('button', { name: 'Let Sam Jones change their ratings' }).click();
  await expect(page.getByRole('link', { name: 'Rate now as Sam Jones' })).toBeFocused();
  await page.getByRole('link', { name: 'Rate now as Sam Jones' }).click();
  await page.getByRole('link', { name: 'Start rating' }).click();
  await expect(indicatorGroup(page, s1.statement).getByRole('radio', { name: level(1) })).toBeChecked();
  await expect(indicatorGroup(page, s3.statement).getByRole('radio', { name: level(4) })).toBeChecked();
  await expect(page.getByLabel('How do we know? (evidence note)').first()).toHaveValue('Only some classes call the register on time.');
});

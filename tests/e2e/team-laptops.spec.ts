/**
 * A team self-evaluation across three laptops, each a browser context of its
 * own (separate storage, as separate machines): the lead invites two
 * colleagues, each opens their invitation file and rates differently, sends
 * back a response file, and the lead brings both in. Everything is done
 * through the screens; files move between contexts as downloads and uploads.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { indicatorGroup, startAudit } from './support/audit-flow';
import { expectNoAxeViolations } from './support/audit-pages';
import { readPdf, readable } from './support/pdf-reader';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const first = toolkit.domains[0]!;
const [s1, s2, s3, s4] = first.indicators as Array<(typeof first.indicators)[number]> as [Statement, Statement, Statement, Statement];
type Statement = (typeof first.indicators)[number];
const level = (value: number) => toolkit.scale.levels.find((candidate) => candidate.value === value)!.label;

async function laptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function download(page: Page, button: string, dir: string): Promise<{ path: string; name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = `${dir}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { path, name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** A colleague's laptop: opens the invitation from the home page, rates the first four statements, downloads the response. */
async function colleagueRates(page: Page, invitation: string, ratings: [number, number, number, number], note: string, dir: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open an invitation from a colleague' }).click();
  await page.getByLabel('Invitation file').setInputFiles(invitation);
  await page.getByRole('button', { name: 'Open invitation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northfield Primary School: Autumn 2026 team review' })).toBeVisible();
  await page.getByRole('button', { name: 'Start rating' }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  for (const [index, statement] of [s1, s2, s3, s4].entries()) {
    await indicatorGroup(page, statement.statement).getByRole('radio', { name: level(ratings[index]!) }).check();
  }
  await page.getByLabel('How do we know? (evidence note)').first().fill(note);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Send your ratings back' }).click();
  await expect(page.getByText('You have rated 4 of')).toBeVisible();
  return download(page, 'Download your response', dir);
}

test('the lead invites two colleagues, each rates on their own laptop, and the lead brings both responses in', async ({ browser }, testInfo) => {
  // Three laptops, the meeting and the PDF in one journey: close to a minute on a busy two-core machine.
  test.slow();
  const dir = testInfo.outputDir;
  const lead = await laptop(browser);
  await startAudit(lead, { toolkitTitle: toolkit.title, school: 'Northfield Primary School', title: 'Autumn 2026 team review', participants: 'Ms Patel' });
  await indicatorGroup(lead, s1.statement).getByRole('radio', { name: level(3) }).check();
  await expect(lead.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();

  await lead.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Team' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Ask your team' })).toBeVisible();
  await expect(lead.getByText('Your 1 ratings so far count as one person’s')).toBeVisible();
  await lead.getByRole('radio', { name: 'Anonymously' }).check();
  await lead.getByLabel('Which group are you in?').selectOption({ label: 'Senior leaders' });
  await lead.getByRole('button', { name: 'Continue' }).click();

  // A name is needed; the error says so and nothing is added.
  await lead.getByRole('button', { name: 'Add person' }).click();
  await expect(lead.getByText('Error: Enter a name or role')).toBeVisible();
  for (const [name, group] of [
    ['Sam Jones', 'Teaching staff'],
    ['Priya Shah', 'Support and office staff'],
  ] as const) {
    await lead.getByLabel('Name or role').fill(name);
    await lead.getByLabel('Group', { exact: true }).selectOption({ label: group });
    await lead.getByRole('button', { name: 'Add person' }).click();
    await expect(lead.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await expectNoAxeViolations(lead);
  const samsInvitation = await download(lead, 'Download invitation for Sam Jones', dir);
  const priyasInvitation = await download(lead, 'Download invitation for Priya Shah', dir);
  expect(samsInvitation.name).toBe('northfield-primary-school-autumn-2026-team-review-invitation-sam-jones.json');

  // The lead's own laptop holds the audit: the invitation is not opened over it.
  await lead.goto('/invitations/open');
  await lead.getByLabel('Invitation file').setInputFiles(samsInvitation.path);
  await lead.getByRole('button', { name: 'Open invitation' }).click();
  await lead.getByRole('button', { name: 'Start rating' }).click();
  await expect(lead.getByRole('alert')).toContainText('This device holds the self-evaluation this invitation is for');

  const sam = await laptop(browser);
  const samsResponse = await colleagueRates(sam, samsInvitation.path, [1, 2, 4, 3], 'Only some classes call the register on time.', dir);
  const priya = await laptop(browser);
  const priyasResponse = await colleagueRates(priya, priyasInvitation.path, [4, 2, 1, 2], 'The office chases every absence by 10am.', dir);
  expect(JSON.parse(samsResponse.text)).toMatchObject({ format: 'reflect-response', respondent: { name: 'Sam Jones' } });
  // Sam's laptop shows the copy as Sam's part in a colleague's self-evaluation.
  await sam.goto('/');
  await expect(sam.getByText('Rating as Sam Jones (Teaching staff)')).toBeVisible();
  await expectNoAxeViolations(sam);

  await lead.goto('/');
  await lead.getByRole('region', { name: 'Autumn 2026 team review' }).getByRole('link', { name: 'Autumn 2026 team review', exact: true }).click();
  await lead.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Team' }).click();
  await lead.getByLabel('Response files').setInputFiles([samsResponse.path, priyasResponse.path]);
  await lead.getByRole('button', { name: 'Bring in responses' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'All 2 files were read' })).toContainText('Sam Jones’s ratings were brought in.');
  await expect(lead.getByRole('row', { name: /Sam Jones/ })).toContainText('4 of');
  await expect(lead.getByRole('row', { name: /Priya Shah/ })).toContainText('4 of');

  // The same file again changes nothing; an invitation is not a response.
  await lead.getByLabel('Response files').setInputFiles([samsResponse.path, samsInvitation.path]);
  await lead.getByRole('button', { name: 'Bring in responses' }).click();
  const results = lead.getByRole('status').filter({ hasText: '1 of 2 files could not be used' });
  await expect(results).toContainText('Sam Jones’s ratings were already here. Nothing changed.');
  await expect(results).toContainText(samsInvitation.name);
  await expectNoAxeViolations(lead);

  // The results show the spread: how many chose each level, and the two statements rated 1 and 4 flagged for discussion.
  await lead.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Results' }).click();
  const team = lead.getByRole('region', { name: 'How the team rated' });
  await expect(team.getByText('2 statements have ratings 2 or more levels apart.')).toBeVisible();
  const toDiscuss = team.getByRole('list', { name: 'Statements to discuss' }).getByRole('listitem');
  await expect(toDiscuss.filter({ hasText: s1.statement })).toContainText(`1 rated ${level(4)}, 1 ${level(3)}, 1 ${level(1)}`);
  await expect(toDiscuss.filter({ hasText: s3.statement })).toContainText(`1 rated ${level(4)}, 1 ${level(1)}`);
  await expect(toDiscuss.filter({ hasText: s2.statement })).toHaveCount(0);

  // The meeting agrees three statements by keyboard alone: clicker keys move, number keys choose, the reason is typed.
  await lead.getByRole('link', { name: 'Agree the ratings' }).focus();
  await lead.keyboard.press('Enter');
  const heading = lead.getByRole('heading', { level: 1 });
  const decision = lead.getByRole('form', { name: 'The team’s rating' });
  const reason = lead.getByRole('textbox', { name: 'Reason, in one line' });
  // The two statements rated 1 and 4 come first (the widest disagreements, in the toolkit's order), then the next widest spread.
  const agreements = [
    { statement: s1.statement, key: '3', level: level(3), reason: 'Registers are on time in most classes' },
    { statement: s3.statement, key: '2', level: level(2), reason: 'The office chases, teachers do not yet' },
    { statement: s4.statement, key: '3', level: level(3), reason: 'Training is booked for the rest' },
  ];
  for (const [index, agreement] of agreements.entries()) {
    if (index > 0) await lead.keyboard.press('PageDown');
    await expect(heading).toHaveText(agreement.statement);
    if (index < 2) await expect(lead.getByText('Disagreement: ratings 2 or more levels apart.')).toBeVisible();
    await expect(decision.getByText(/not yet agreed/)).toBeVisible();
    await lead.keyboard.press(agreement.key);
    for (let press = 0; press < 6 && !(await reason.evaluate((box) => box === document.activeElement)); press++) await lead.keyboard.press('Tab');
    await lead.keyboard.type(agreement.reason);
    await lead.keyboard.press('Enter');
    await expect(decision.getByText(`Agreed: ${agreement.level} — ${agreement.reason}`)).toBeVisible();
  }
  await expect(decision.getByRole('status')).toHaveText('All changes saved.');

  // The PDF tells the story: who rated by group, the agreed levels with their reasons, and the median labelled where not agreed.
  await lead.goto(lead.url().replace(/\/meeting.*$/, '/plan'));
  const [pdfFile] = await Promise.all([lead.waitForEvent('download'), lead.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const pdfPath = `${dir}/${pdfFile.suggestedFilename()}`;
  await pdfFile.saveAs(pdfPath);
  const text = readable(readPdf(pdfPath).pages.join('\n'));
  expect(text).toContain('How the team rated');
  // Each group has one person, too few to be shown apart without giving their ratings away.
  expect(text).toContain('Everyone who rated 3');
  expect(text).toContain('3 groups have fewer than 3 people who rated: they are counted in the total but not shown apart');
  expect(text).toContain('4 of 39 statements rated');
  // In reading order (-raw), since the table's columns interleave in the page's layout.
  const raw = readable(execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }));
  for (const agreement of agreements) expect(raw).toContain(readable(`Agreed: ${agreement.level} — ${agreement.reason}`));
  // The second statement (rated 2 by both) was not agreed: its median stands in, labelled.
  expect(raw).toContain(`Median: ${level(2)} (not yet agreed)`);
  // Anonymous: nobody's name is in the file.
  for (const name of ['Sam Jones', 'Priya Shah']) expect(text).not.toContain(name);
});

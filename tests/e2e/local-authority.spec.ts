/**
 * The local-authority view end to end. Three schools, each a browser context
 * of its own (separate storage, as separate laptops), rate part of an
 * attendance self-evaluation and share a summary from its results; one
 * ticks a "working well" passage for the showcase, another writes one and
 * does not. The council, in a fourth context, imports the three with two
 * damaged files among them, sees that nothing is shown for three schools and
 * why, then imports five more and sees medians and bands. The booklet PDF
 * holds the ticked passage, markup as typed, and not the unticked one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { indicatorGroup, startAudit } from './support/audit-flow';
import { expectNoAxeViolations } from './support/audit-pages';
import { writeSummaries } from './support/council-summaries';
import { readPdf } from './support/pdf-reader';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const first = toolkit.domains[0]!;
const level = (value: number) => toolkit.scale.levels.find((candidate) => candidate.value === value)!.label;
const TICKED = 'Governors <b>visit</b> every term & talk to pupils about attendance.';
const UNTICKED = 'Our breakfast club opens at 7:45 — not for the booklet.';

async function laptop(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

interface School {
  name: string;
  urn?: string;
  /** The level every statement of the first section gets. */
  rating: number;
  workingWell?: string;
  tick?: boolean;
}

/** A school rates its first section, perhaps writes what is working well, and shares a summary; returns the saved file's path. */
async function shareFrom(page: Page, school: School, dir: string): Promise<string> {
  await startAudit(page, { toolkitTitle: toolkit.title, school: school.name, title: 'Autumn 2026 review', date: '2026-11-20', participants: 'Ms Patel, Mr Obi' });
  for (const statement of first.indicators) await indicatorGroup(page, statement.statement).getByRole('radio', { name: level(school.rating) }).check();
  await page.getByLabel('How do we know? (evidence note)').first().fill('Seen in the register audit by Ms Patel.');
  await page.getByLabel('What would make it even better?').fill('Private: more time with families.');
  if (school.workingWell) await page.getByLabel('What is working well?').fill(school.workingWell);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Results' }).click();
  await page.getByRole('link', { name: 'Share a summary with the local authority' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share a summary with the local authority' })).toBeVisible();

  if (school.urn) {
    // A URN that is not one is refused, and the file is not made.
    await page.getByLabel('School URN (optional)').fill('12-AB');
    await page.getByRole('button', { name: 'Save the summary file' }).click();
    await expect(page.getByRole('link', { name: 'Enter a URN of six digits, like 123456, or leave it empty' })).toBeVisible();
    await page.getByLabel('School URN (optional)').fill(school.urn);
  }
  if (school.workingWell) {
    const box = page.getByRole('checkbox', { name: first.title });
    await expect(box).not.toBeChecked();
    // Not ticked, the passage is nowhere in what the file will hold.
    await expect(page.getByTestId('summary-file-text')).not.toContainText(school.workingWell, { useInnerText: false });
    if (school.tick) await box.check();
  }
  // What the page shows: the school, the scores, the statements; never a person's name or a note.
  const main = page.getByRole('main');
  await expect(main.locator('.govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: /^School$/ }) }).locator('dd')).toHaveText(school.name);
  await expect(main).toContainText(first.indicators[0]!.statement);
  await expect(main).toContainText(`Score: ${school.rating}.0 (${level(school.rating)})`);
  if (school.tick) await expect(page.locator('blockquote').filter({ hasText: TICKED })).toBeVisible();

  await page.getByText('The file itself, exactly as it is saved').click();
  const shown = await page.getByTestId('summary-file-text').textContent();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the summary file' }).click()]);
  const path = `${dir}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'Summary saved' })).toBeVisible();
  // The file is exactly the text the page showed, and holds nothing that stays at school.
  const saved = readFileSync(path, 'utf8');
  expect(saved).toBe(shown);
  for (const secret of ['Ms Patel', 'Mr Obi', 'Seen in the register audit', 'Private: more time', 'Autumn 2026 review']) expect(saved).not.toContain(secret);
  expect(saved.includes('Governors <b>visit</b>')).toBe(Boolean(school.tick));
  expect(saved).not.toContain(UNTICKED);
  return path;
}

test('three schools share summaries, the council rolls them up once five or more have, and the booklet holds only what was ticked', async ({ browser }, testInfo) => {
  // Four laptops, a PDF and two imports in one journey.
  test.slow();
  const dir = testInfo.outputDir;
  const schools: School[] = [
    { name: 'Oakfield Primary', urn: '123456', rating: 3, workingWell: TICKED, tick: true },
    { name: 'Elm Academy', rating: 2, workingWell: UNTICKED },
    { name: 'Ash Infants', rating: 4 },
  ];
  const files: string[] = [];
  for (const school of schools) files.push(await shareFrom(await laptop(browser), school, dir));

  const council = await laptop(browser);
  await council.goto('/');
  await council.getByRole('contentinfo').getByRole('link', { name: 'local authority view' }).click();
  await expect(council.getByRole('heading', { level: 1, name: 'Local authority view' })).toBeVisible();
  await expect(council.getByRole('region', { name: 'Local authority view' })).toContainText('kept apart from self-evaluations made on this device');

  const cutOff = `${dir}/cut-off-summary.json`;
  writeFileSync(cutOff, readFileSync(files[0]!, 'utf8').slice(0, 700));
  const notOne = `${dir}/minutes.json`;
  writeFileSync(notOne, JSON.stringify({ meeting: 'Attendance panel', date: '2026-11-30' }));
  await council.getByLabel('Summary files').setInputFiles([files[0]!, cutOff, files[1]!, notOne, files[2]!]);
  await council.getByRole('button', { name: 'Import summaries' }).click();
  const results = council.getByRole('status').filter({ hasText: 'files imported' });
  await expect(results.getByRole('heading')).toHaveText('3 of 5 files imported; 2 could not be used');
  await expect(results.getByRole('listitem').filter({ hasText: 'cut-off-summary.json' })).toContainText('The file is incomplete');
  await expect(results.getByRole('listitem').filter({ hasText: 'minutes.json' })).toContainText('not the kind Reflect saves');
  await expect(results.getByRole('listitem').filter({ hasText: 'oakfield-primary' })).toContainText('Oakfield Primary’s summary of Attendance self-evaluation (2026-11-20) was imported.');
  await expectNoAxeViolations(council);

  await council.getByRole('link', { name: `${toolkit.title}, version ${toolkit.version}` }).click();
  await expect(council.getByRole('heading', { level: 1, name: toolkit.title })).toBeVisible();
  await expect(council.getByRole('status')).toHaveText(/Only 3 schools have shared a summary of this toolkit, fewer than 5, so no figures are shown/);
  await expect(council.getByRole('table')).toHaveCount(0);
  await expect(council.getByRole('main')).not.toContainText('Oakfield');

  await council.getByRole('link', { name: 'Back to the local authority view' }).click();
  await council.getByLabel('Summary files').setInputFiles(writeSummaries(dir, [1, 2, 2, 3, 4]));
  await council.getByRole('button', { name: 'Import summaries' }).click();
  await expect(council.getByRole('status').filter({ hasText: 'files imported' }).getByRole('heading')).toHaveText('5 of 5 files imported');
  await council.getByRole('link', { name: `${toolkit.title}, version ${toolkit.version}` }).click();

  // Eight schools: the first section's scores are 3, 2, 4 and then 1, 2, 2, 3, 4.
  await expect(council.getByText('8 schools shared a summary of version')).toBeVisible();
  const sections = council.getByRole('table', { name: 'Scores by section across schools' });
  await expect(sections.getByRole('row', { name: new RegExp(`^${first.title}`) }).getByRole('cell')).toHaveText(['8', '2.5 (Developing)', '2.0 to 3.3', '1.0 to 4.0']);
  // Another section only the five generated schools rated: five scores are enough.
  await expect(sections.getByRole('row', { name: new RegExp(`^${toolkit.domains[1]!.title}`) }).getByRole('cell')).toHaveText(['5', '2.0 (Emerging)', '2.0 to 3.0', '1.0 to 4.0']);
  await expect(council.getByRole('img', { name: /^The spread of schools’ section scores/ })).toHaveAccessibleName(new RegExp(`${first.shortTitle}: median 2.5 of 8 schools’ scores, lowest to highest 1.0 to 4.0, middle half 2.0 to 3.3`));
  await expect(council.getByRole('table', { name: 'Statements most often rated below the middle' })).toBeVisible();
  await expect(council.getByRole('main')).not.toContainText('Oakfield');
  await expect(council.getByRole('main')).not.toContainText('Generated School');
  await expectNoAxeViolations(council);

  // The showcase: the ticked passage, as typed, credited by name; not the unticked one.
  await council.getByRole('link', { name: 'Back to the local authority view' }).click();
  await council.getByRole('link', { name: 'The showcase booklet: what is working well' }).click();
  await expect(council.getByRole('heading', { level: 1, name: 'What is working well: a showcase' })).toBeVisible();
  await expect(council.locator('blockquote')).toHaveText([TICKED]);
  await expect(council.getByRole('figure')).toContainText('— Oakfield Primary');
  await expect(council.getByRole('main')).not.toContainText('breakfast club');
  await expect(council.locator('main b')).toHaveCount(0);
  const [booklet] = await Promise.all([council.waitForEvent('download'), council.getByRole('button', { name: 'Download the booklet (PDF)' }).click()]);
  const pdfPath = `${dir}/${booklet.suggestedFilename()}`;
  await booklet.saveAs(pdfPath);
  const pdf = readPdf(pdfPath);
  expect(pdf.contains(TICKED)).toBe(true);
  expect(pdf.contains('— Oakfield Primary')).toBe(true);
  expect(pdf.contains('breakfast club')).toBe(false);

  // One school's own summary opens on its own; removing the school removes all of it.
  await council.getByRole('link', { name: 'Back to the local authority view' }).click();
  await council.getByRole('link', { name: /Attendance self-evaluation, 20 November 2026, Oakfield Primary/ }).click();
  await expect(council.getByRole('heading', { level: 1, name: 'Oakfield Primary' })).toBeVisible();
  await expect(council.getByRole('main')).toContainText('URN123456');
  await council.getByRole('button', { name: 'Remove Oakfield Primary’s summaries' }).click();
  await council.getByRole('button', { name: 'Yes, remove 1 summary' }).click();
  await expect(council.getByRole('alert')).toContainText('1 summary from Oakfield Primary removed.');
  await expect(council.getByRole('table', { name: 'Schools that shared a summary' })).not.toContainText('Oakfield');
  await expect(council.getByText('7 schools. Summaries are matched')).toBeVisible();
});

/** Drops files on the drop zone as a file manager does: a drag carrying the files, let go over the box. */
async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return data;
  }, files);
  const zone = page.getByTestId('summary-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

test('files dropped on the council’s page are imported, one from a newer Reflect is listed with its problem, and a second round shows the change in the page, the CSV and the PDF', async ({ page }, testInfo) => {
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const autumn = writeSummaries(dir, [1, 2, 2, 3, 4]);
  const fromTheFuture = `${dir}/newer-reflect-summary.json`;
  // As a later Reflect would write it: a newer format, with a field this one has never heard of.
  const later = JSON.parse(readFileSync(autumn[0]!, 'utf8')) as { schemaVersion: number; appVersion: string };
  writeFileSync(fromTheFuture, JSON.stringify({ ...later, schemaVersion: later.schemaVersion + 1, appVersion: '99.0.0', attendanceRate: 0.95 }));

  await page.goto('/local-authority');
  await dropFiles(page, [...autumn, fromTheFuture]);
  const results = page.getByRole('status').filter({ hasText: 'files imported' });
  await expect(results.getByRole('heading')).toHaveText('5 of 6 files imported; 1 could not be used');
  await expect(results.getByRole('listitem').filter({ hasText: 'newer-reflect-summary.json' })).toContainText('made by a newer version of Reflect (99.0.0)');

  // The next term the same five schools share their next self-evaluation, picked this time.
  await page.getByLabel('Summary files').setInputFiles(writeSummaries(dir, [2, 3, 3, 4, 4], { nextRound: true }));
  await page.getByRole('button', { name: 'Import summaries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'files imported' }).getByRole('heading')).toHaveText('5 of 5 files imported');
  await page.getByRole('link', { name: `${toolkit.title}, version ${toolkit.version}` }).click();

  // Each school counts once, with its latest round; the change is the median of each school's own change.
  await expect(page.getByText('5 schools shared a summary of version')).toBeVisible();
  const sections = page.getByRole('table', { name: 'Scores by section across schools' });
  await expect(sections.getByRole('row', { name: new RegExp(`^${first.title}`) }).getByRole('cell')).toHaveText(['5', '3.0 (Developing)', '3.0 to 4.0', '2.0 to 4.0']);
  const change = page.getByRole('table', { name: 'Change since the last round' });
  const firstChange = change.getByRole('row', { name: new RegExp(`^${first.title}`) }).getByRole('cell');
  await expect(firstChange).toHaveText(['5', '2.0', '3.0', '+1.0']);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the roll-up for a spreadsheet (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  // Its row: the section, 5 schools, this round's median 3.0, the last round's 2.0 and the change (a title with a comma is quoted).
  const title = first.title.includes(',') ? `"${first.title}"` : first.title;
  expect(csvText).toContain(`Change since the last round,${title},,5,3.0,,,,,,,2.0,+1.0,`);
  expect(csvText).not.toContain('Generated School');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the roll-up (PDF)' }).click()]);
  const pdfPath = `${dir}/${pdf.suggestedFilename()}`;
  await pdf.saveAs(pdfPath);
  const read = readPdf(pdfPath);
  expect(read.contains('Change since the last round')).toBe(true);
  expect(read.contains('+1.0')).toBe(true);
  expect(read.contains('Generated School')).toBe(false);
});

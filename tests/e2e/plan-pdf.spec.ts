import { copyFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readPdf } from './support/pdf-reader';
import { actionCards, fillAction, startRatedAudit } from './support/plan-flow';
import { writeReflection } from './support/results-flow';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const school = 'St Mary’s C of E Primary – Łódź Road';
const LEADS = ['Łucja Wójcik', 'Αθηνά Παπαδοπούλου', 'Ольга Іваненко', 'محمد علی', 'عائشہ بیگم', '王小明', 'Siobhán O’Neill', 'Mr José Núñez'];
const PHRASES = [
  'Publish the attendance champion’s name on the website and in the newsletter.',
  'Agree a weekly routine for checking the attendance of every pupil below 90%, share it with tutors and record what was done for each pupil, so that nobody slips through the gaps between pastoral and academic teams.',
  'Run a café morning for families new to the school – budget £150.',
];

/**
 * Actions 4 to 60, written straight into the app's database for volume:
 * typing 57 actions would only test typing. Everything else in this test is
 * made through the UI.
 */
function seededActions(auditId: string, domainIds: string[]) {
  return Array.from({ length: 57 }, (_, index) => {
    const number = index + 4;
    return {
      id: `seeded-${number}`,
      auditId,
      domainId: number % 7 === 0 ? null : domainIds[number % domainIds.length]!,
      indicatorId: null,
      action: `Action ${number}: ${PHRASES[number % PHRASES.length]}`,
      successMeasure: `Measure ${number}: ${number % 2 ? 'Persistent absence falls below the national figure by the summer census, with no group of pupils left behind.' : 'Named on the website.'}`,
      lead: LEADS[number % LEADS.length]!,
      targetDate: number % 2 ? '2027-03-31' : 'Spring 2027',
      status: (['not-started', 'on-track', 'at-risk', 'done'] as const)[number % 4],
      progressNote: number % 4 === 1 ? 'Started in January; two tutor groups so far.' : '',
      order: number,
      createdAt: number,
      updatedAt: number,
    };
  });
}

test('a plan of 60 actions exports a PDF with every action, lead and success measure, in every script', async ({ page }) => {
  const auditId = await startRatedAudit(page, toolkit, { school, title: 'Autumn 2026 review', date: '2026-11-25', participants: 'Head, SENCo, Ольга Іваненко, 王小明' });
  await page.goto(`/audits/${auditId}/plan`);

  // Three actions through the editor, one of them from a suggestion, led by people with names in other scripts.
  await page.getByRole('link', { name: 'Add actions suggested by your ratings' }).click();
  const suggested = toolkit.domains[0]!.indicators[0]!.suggestedActions[0]!;
  await page.getByRole('button', { name: `Add to plan: ${suggested.action}` }).click();
  await page.getByRole('link', { name: `Give it a lead and a date: ${suggested.action}` }).click();
  await fillAction(page, 1, { Action: `Action 1: ${suggested.action}`, 'Success measure': `Measure 1: ${suggested.successMeasure}`, Lead: '王小明', 'Target date': 'Spring 2027' });
  await page.getByRole('button', { name: 'Done editing action 1' }).click();
  for (const [number, lead] of [
    [2, 'محمد علی'],
    [3, 'Αθηνά Παπαδοπούλου'],
  ] as const) {
    await page.getByRole('button', { name: 'Add an action' }).click();
    await fillAction(page, number, { Action: `Action ${number}: ${PHRASES[number % PHRASES.length]}`, 'Success measure': `Measure ${number}: Named on the website.`, Lead: lead });
    await page.getByRole('button', { name: `Done editing action ${number}` }).click();
  }

  // Then two priority domains on the results page (chosen after the typed actions, so that those keep their numbers),
  // and the first one's reflections on its page of the audit form.
  await page.goto(`/audits/${auditId}/results`);
  const [priority, otherPriority] = [toolkit.domains[1]!, toolkit.domains[2]!];
  const priorities = page.getByRole('group', { name: 'Priority areas' });
  for (const domain of [priority, otherPriority]) await priorities.getByRole('checkbox', { name: domain.title }).check();
  await page.getByRole('button', { name: 'Save priority areas' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Priority areas saved' })).toBeVisible();
  await writeReflection(page, {
    auditId,
    domainId: priority.id,
    workingWell: 'Governors ask about attendance every term – it costs under £200 a year; the café mornings work.',
    evenBetterIf: 'Tutors saw their group’s figures weekly.',
  });

  // The other 57, for volume (see seededActions), written with the app's own schema.
  const seeded = seededActions(auditId, toolkit.domains.map((domain) => domain.id));
  await page.evaluate(async (actions) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('reflect');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('actions', 'readwrite');
    for (const action of actions) transaction.objectStore('actions').put(action);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, seeded);
  // Opened afresh: live queries only see writes made through the app's own database code.
  await page.goto(`/audits/${auditId}/plan`);
  await expect(actionCards(page)).toHaveCount(60);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  expect(download.suggestedFilename()).toBe('st-mary’s-c-of-e-primary-–-łódź-road-attendance-development-plan-2026-11-25.pdf');
  const file = test.info().outputPath('plan.pdf');
  await download.saveAs(file);
  if (process.env.PLAN_PDF_COPY) copyFileSync(file, process.env.PLAN_PDF_COPY);
  const pdf = readPdf(file);

  expect(pdf.contains(school)).toBe(true);
  const typed = [
    { action: `Action 1: ${suggested.action}`, successMeasure: `Measure 1: ${suggested.successMeasure}`, lead: '王小明' },
    { action: `Action 2: ${PHRASES[2]}`, successMeasure: 'Measure 2: Named on the website.', lead: 'محمد علی' },
    { action: `Action 3: ${PHRASES[0]}`, successMeasure: 'Measure 3: Named on the website.', lead: 'Αθηνά Παπαδοπούλου' },
  ];
  for (const action of [...typed, ...seeded]) {
    expect(pdf.contains(action.action), action.action).toBe(true);
    expect(pdf.contains(action.successMeasure), action.successMeasure).toBe(true);
    expect(pdf.contains(action.lead), action.lead).toBe(true);
  }
  for (const name of LEADS) expect(pdf.contains(name), name).toBe(true);
  expect(pdf.contains('it costs under £200 a year; the café mornings work.')).toBe(true);

  // "Page n of N" on every page, and the table's header on every page the table runs onto.
  const total = pdf.pages.length;
  expect(total).toBeGreaterThan(6);
  pdf.pages.forEach((text, index) => expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${total}`));
  const tablePages = pdf.pages.filter((text) => /Action \d+:/.test(text));
  expect(tablePages.length).toBeGreaterThan(3);
  // "Target date" and "Status and progress" wrap onto a second line of the header.
  for (const text of tablePages) expect(text).toMatch(/No\.\s+Action\s+Success measure\s+Lead\s+Target\s+Status and/);
  expect(pdf.info).toMatch(/Title:\s+St Mary’s C of E Primary – Łódź Road: Attendance self-evaluation development plan/);
});

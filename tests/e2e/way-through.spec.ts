/**
 * Finding the way, as a head teacher at a 1280×720 laptop meets it: every
 * move lands at the new page's heading with focus there, Back returns to
 * where they were, one navigation joins the parts of a self-evaluation,
 * restoring on a new computer is signposted, and neither the backup
 * reminder nor the save status gets in the way of the work.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, expectAllSaved, expectNoAxeViolations, screenshot, startAttendanceAudit } from './support/audit-pages';

const scrollTop = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls as far down the page as it goes, then brings `link` into view, as a reader does before clicking it; returns where the page is. */
async function scrollDownTo(page: Page, link: Locator): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await link.scrollIntoViewIfNeeded();
  const top = await scrollTop(page);
  expect(top, 'the page should be scrolled down before the link is followed').toBeGreaterThan(0);
  return top;
}

/** The new page opens at its top, its heading on screen and focused (so a screen reader announces it). */
/**
 * The home page, once the app has taken over the list the last visit kept
 * (home-snapshot.ts): before that its links are plain links, which load the
 * next page afresh rather than moving within the app, as these tests check.
 */
async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('#root')).not.toHaveAttribute('data-from-last-visit');
}

async function expectArrivedAt(page: Page, heading: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await expect(h1).toBeFocused();
  await expect(h1).toBeInViewport({ ratio: 1 });
  expect(await scrollTop(page)).toBe(0);
}

/** Back to the page left, at the place it was left. */
async function expectBackAt(page: Page, heading: string, top: number): Promise<void> {
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect.poll(() => scrollTop(page)).toBe(top);
}

test('every move lands at the heading of the new page, focused; Back returns to where the reader was', async ({ page }) => {
  const auditId = await startAttendanceAudit(page, 'Autumn 2026 review');
  // A second self-evaluation makes the home page longer than the screen, as it is for a school after a year or two.
  await startAttendanceAudit(page, 'Summer 2026 review');
  await openHome(page);
  const card = page.getByRole('region', { name: 'Autumn 2026 review' });

  const moves = [
    { link: card.getByRole('link', { name: 'Delete Autumn 2026 review' }), heading: 'Are you sure you want to delete ‘Autumn 2026 review’?' },
    { link: card.getByRole('link', { name: 'Rename Autumn 2026 review' }), heading: 'Rename or change details' },
    {
      link: card.getByRole('link', { name: 'Start the next self-evaluation from Autumn 2026 review' }),
      heading: 'Start the next self-evaluation from ‘Autumn 2026 review’',
    },
  ];
  for (const { link, heading } of moves) {
    const top = await scrollDownTo(page, link);
    await link.click();
    await expectArrivedAt(page, heading);
    if (heading.startsWith('Are you sure')) {
      // Not a blank page with only the footer: the question's buttons are on screen too.
      await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeInViewport();
      await screenshot(page, 'way-delete-arrival');
    }
    await expectBackAt(page, 'Your self-evaluations', top);
  }

  await page.goto(`/audits/${auditId}/check`);
  const seeResults = page.getByRole('link', { name: 'See the results' });
  const checkTop = await scrollDownTo(page, seeResults);
  await seeResults.click();
  await expectArrivedAt(page, 'Results');
  await expectBackAt(page, 'Check your answers', checkTop);

  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expectArrivedAt(page, 'Results');
  const openPlan = page.getByRole('link', { name: 'Open the development plan' });
  const resultsTop = await scrollDownTo(page, openPlan);
  await openPlan.click();
  await expectArrivedAt(page, 'Development plan');
  await screenshot(page, 'way-plan-arrival');
  await expectBackAt(page, 'Results', resultsTop);
  // Forward again: the plan as it was left, at its top.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
  await expect.poll(() => scrollTop(page)).toBe(0);
});

test('saving a rename and starting the next self-evaluation land at the heading of the page reached, focused', async ({ page }) => {
  await startAttendanceAudit(page, 'Autumn 2026 review');
  // A second self-evaluation makes the home page longer than the screen, so a kept scroll position would show.
  await startAttendanceAudit(page, 'Summer 2026 review');
  await openHome(page);

  await page.getByRole('region', { name: 'Autumn 2026 review' }).getByRole('link', { name: 'Rename Autumn 2026 review' }).click();
  await expectArrivedAt(page, 'Rename or change details');
  await page.getByLabel('Title of this self-evaluation').fill('Autumn 2026 first look');
  const save = page.getByRole('button', { name: 'Save changes' });
  await scrollDownTo(page, save);
  await save.click();
  await expectArrivedAt(page, 'Your self-evaluations');
  await expect(page.getByRole('region', { name: 'Autumn 2026 first look' })).toBeVisible();

  await page.getByRole('region', { name: 'Autumn 2026 first look' }).getByRole('link', { name: 'Start the next self-evaluation from Autumn 2026 first look' }).click();
  await expectArrivedAt(page, 'Start the next self-evaluation from ‘Autumn 2026 first look’');
  await page.getByLabel('Title of this self-evaluation').fill('Spring 2027 review');
  const start = page.getByRole('button', { name: 'Start the next self-evaluation' });
  await scrollDownTo(page, start);
  await start.click();
  // The new self-evaluation opens at its first section.
  await expectArrivedAt(page, attendance.domains[0]!.title);
  await expect(page.getByText('Spring 2027 review').first()).toBeVisible();
});

test('each part of a self-evaluation is one click from every other, and the home page card links to results and plan', async ({ page }) => {
  const auditId = await startAttendanceAudit(page, 'Autumn 2026 review');
  const parts = [
    { link: 'Rate', path: `/audits/${auditId}/domains/${attendance.domains[0]!.id}`, heading: attendance.domains[0]!.title },
    { link: 'Check answers', path: `/audits/${auditId}/check`, heading: 'Check your answers' },
    { link: 'Results', path: `/audits/${auditId}/results`, heading: 'Results' },
    { link: 'Plan', path: `/audits/${auditId}/plan`, heading: 'Development plan' },
  ];
  const nav = page.getByRole('navigation', { name: 'This self-evaluation' });

  for (const from of parts) {
    await page.goto(from.path);
    await expect(page.getByRole('heading', { level: 1, name: from.heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: from.link, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
    for (const to of parts.filter((part) => part !== from)) {
      await nav.getByRole('link', { name: to.link, exact: true }).click();
      await expectArrivedAt(page, to.heading);
      await expect(nav.getByRole('link', { name: to.link, exact: true })).toHaveAttribute('aria-current', 'page');
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: from.heading })).toBeVisible();
    }
    // Meeting mode fills the screen and has no bar of its own; the bar leads to it.
    await nav.getByRole('link', { name: 'Meeting mode', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Autumn 2026 review' })).toBeVisible();
    await page.goBack();
  }
  await page.goto(parts[0]!.path);
  await expectNoAxeViolations(page);
  await screenshot(page, 'way-domain-nav');

  await openHome(page);
  const card = page.getByRole('region', { name: 'Autumn 2026 review' });
  await card.getByRole('link', { name: 'Results of Autumn 2026 review' }).click();
  await expectArrivedAt(page, 'Results');
  await page.goBack();
  await card.getByRole('link', { name: 'Development plan for Autumn 2026 review' }).click();
  await expectArrivedAt(page, 'Development plan');
});

test('a fresh device offers to restore from a backup, and Settings says how to move to a new computer', async ({ page }) => {
  await openHome(page);
  await expect(page.getByRole('heading', { name: 'You have not started a self-evaluation yet' })).toBeVisible();
  // Settings is in the header, not only at the foot of the page.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Settings and backup' })).toBeVisible();
  await screenshot(page, 'way-empty-home');

  await page.getByRole('link', { name: 'Restore from a backup' }).click();
  await expect(page).toHaveURL(/\/settings#/);
  // The link's target, not the top of the page: the restore form is what the reader came for.
  const restore = page.getByRole('heading', { level: 2, name: 'Restore from a backup' });
  await expect(restore).toBeFocused();
  await expect(restore).toBeInViewport({ ratio: 1 });
  await expect(page.getByLabel('Backup file')).toBeInViewport();

  const moving = page.getByRole('region', { name: 'Moving to a new computer' });
  await expect(moving.getByRole('listitem')).toHaveText([
    /Download a backup of everything/,
    /Copy the backup file to the new computer/,
    /On the new computer, open Reflect/,
    /Restore from a backup.*Restore from this file/,
  ]);
  await expectNoAxeViolations(page);
});

test('the backup reminder leaves the self-evaluations on the first screen', async ({ page }) => {
  await startAttendanceAudit(page, 'Autumn 2026 review');
  // Enough work to be worth a backup: a whole first section rated.
  for (const item of attendance.domains[0]!.indicators) {
    await indicatorGroup(page, item.statement).getByRole('radio', { name: 'Developing' }).check();
  }
  await expectAllSaved(page);
  await openHome(page);
  await expect(page.getByRole('region', { name: 'Back up your work' })).toBeVisible();

  const card = page.getByRole('region', { name: 'Autumn 2026 review' });
  const box = (await card.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(viewport.height);
  await expect(card.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('home-reminder.png') });
  await expectNoAxeViolations(page);
});

test('the save status stays in view while the form scrolls and never covers any of it', async ({ page }) => {
  await startAttendanceAudit(page, 'Autumn 2026 review');
  const first = attendance.domains[0]!.indicators[0]!;
  await indicatorGroup(page, first.statement).getByRole('radio', { name: 'Developing' }).check();
  await expectAllSaved(page);
  const status = page.getByRole('status').filter({ hasText: 'All changes saved.' });

  // Where the report was made: the reflection label scrolled up to the top of the window.
  const label = page.getByLabel('What is working well?');
  await page.getByText('What is working well?', { exact: true }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(label).toBeInViewport();
  const statusBox = (await status.boundingBox())!;
  const labelBox = (await page.getByText('What is working well?', { exact: true }).boundingBox())!;
  expect(overlaps(statusBox, labelBox), 'the status covers the label').toBe(false);

  // And at every point down the page: no word of the form is under the status, which is always on screen.
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const statusElement = document.querySelector<HTMLElement>('[role="status"]')!;
    const parts = [...document.querySelectorAll<HTMLElement>('form label, form legend, form .govuk-hint, form textarea, form input, form p')];
    const end = document.documentElement.scrollHeight - window.innerHeight;
    for (let top = 0; top <= end; top += 120) {
      window.scrollTo(0, top);
      const box = statusElement.getBoundingClientRect();
      // Until the end of the form comes up the screen; below it, the status goes with the form.
      const formIsBelow = document.querySelector('form')!.getBoundingClientRect().bottom > window.innerHeight;
      if (formIsBelow && (box.top < 0 || box.bottom > window.innerHeight)) found.push(`at ${top}px the status is off screen`);
      for (const part of parts) {
        const other = part.getBoundingClientRect();
        const covered = other.width > 0 && box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
        if (covered) found.push(`at ${top}px the status covers “${(part.textContent ?? part.id).trim().slice(0, 40)}”`);
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
  await page.getByText('What is working well?', { exact: true }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: test.info().outputPath('domain-scrolled.png') });
});

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

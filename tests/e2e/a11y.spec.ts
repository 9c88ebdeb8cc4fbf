/**
 * The accessibility sweep: every screen in `screens`, in each colour scheme,
 * checked with axe, by keyboard (every control reachable, focus always
 * visible) and at 400% zoom (320 CSS pixels wide, no sideways scrolling).
 * To cover a new screen, add one entry to `screens`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { indicatorGroup, levelFor, startAudit } from './support/audit-flow';
import { checkKeyboardFocus } from './support/keyboard';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const firstDomain = toolkit.domains[0]!;

/** An audit made through the app, with one indicator rated and noted. */
interface SeededAudit {
  /** `/audits/<id>` */
  auditPath: string;
}

interface Screen {
  name: string;
  /** Whether the screen needs an audit to exist first. */
  needsAudit: boolean;
  /** Where it is, given the seeded audit. */
  path: (audit: SeededAudit) => string;
  /** Its main heading, to know it has loaded. */
  heading: string;
  /** Anything to do once it has loaded, e.g. submit a form to show its errors. */
  prepare?: (page: Page) => Promise<void>;
  /**
   * Known defects, each with where it is fixed. The check still runs and is
   * marked as expected to fail: once the defect is fixed it reports that, so
   * the entry must be removed. Never add one to hide a new failure.
   */
  knownIssues?: { keyboard?: string; zoom?: string };
}

const screens: Screen[] = [
  { name: 'audits list, empty', needsAudit: false, path: () => '/', heading: 'Your self-evaluations' },
  { name: 'audits list', needsAudit: true, path: () => '/', heading: 'Your self-evaluations' },
  { name: 'new audit', needsAudit: false, path: () => '/audits/new', heading: 'Start a new self-evaluation' },
  {
    name: 'new audit, with errors',
    needsAudit: false,
    path: () => '/audits/new',
    heading: 'Start a new self-evaluation',
    prepare: async (page) => {
      await page.getByLabel('School name').fill('');
      await page.getByRole('button', { name: 'Start self-evaluation' }).click();
      await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    },
  },
  { name: 'domain page', needsAudit: true, path: (audit) => `${audit.auditPath}/domains/${firstDomain.id}`, heading: firstDomain.title },
  {
    name: 'results',
    needsAudit: true,
    path: (audit) => `${audit.auditPath}/results`,
    heading: 'Results',
  },
  { name: 'meeting mode', needsAudit: true, path: (audit) => `${audit.auditPath}/meeting`, heading: 'Autumn 2026 review' },
  { name: 'meeting mode, a domain', needsAudit: true, path: (audit) => `${audit.auditPath}/meeting?slide=1`, heading: firstDomain.title },
  { name: 'page not found', needsAudit: false, path: () => '/no-such-page', heading: 'Page not found' },
];

/** Only a light theme exists so far; 'dark' checks that nothing breaks when the system asks for one. */
const colourSchemes = ['light', 'dark'] as const;

async function seedAudit(page: Page): Promise<SeededAudit> {
  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Oakwood Primary School', title: 'Autumn 2026 review' });
  await expect(page.getByRole('heading', { level: 1, name: firstDomain.title })).toBeVisible();
  const indicator = firstDomain.indicators[0]!;
  await indicatorGroup(page, indicator.statement).getByRole('radio', { name: levelFor(toolkit, 0, 0).label }).check();
  await page.getByLabel('How do we know? (evidence note)').first().fill('Attendance is a standing item at every senior leadership meeting.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  return { auditPath: new URL(page.url()).pathname.replace(/\/domains\/.*$/, '') };
}

async function openScreen(page: Page, screen: Screen): Promise<void> {
  const audit = screen.needsAudit ? await seedAudit(page) : { auditPath: '/audits/none' };
  await page.goto(screen.path(audit));
  await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
  await screen.prepare?.(page);
}

for (const screen of screens) {
  for (const colourScheme of colourSchemes) {
    test(`axe finds no problems: ${screen.name}, ${colourScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: colourScheme });
      await openScreen(page, screen);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
    });
  }

  test(`every control is reachable by keyboard with visible focus: ${screen.name}`, async ({ page }) => {
    test.fail(screen.knownIssues?.keyboard !== undefined, screen.knownIssues?.keyboard);
    await openScreen(page, screen);
    const stops = await checkKeyboardFocus(page);
    expect(stops.length).toBeGreaterThan(1);
  });

  test(`works at 400% zoom without sideways scrolling: ${screen.name}`, async ({ page }) => {
    test.fail(screen.knownIssues?.zoom !== undefined, screen.knownIssues?.zoom);
    await openScreen(page, screen);
    // 1280 CSS pixels at 400% zoom leave 320.
    await page.setViewportSize({ width: 320, height: 180 });
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && element.checkVisibility())
        .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide: [...new Set(wide)].slice(0, 10) };
    });
    await page.screenshot({ path: test.info().outputPath('zoom-400.png'), fullPage: true });
    expect(overflow.scrollWidth, `the page scrolls sideways; too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.width);
  });
}

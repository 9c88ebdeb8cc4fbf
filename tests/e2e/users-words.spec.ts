/**
 * The app speaks to a head teacher in their words: sections and statements,
 * progress checks for the plan's reviews. Every screen of a self-evaluation
 * in use is read as a reader meets it (visible text, the names given to
 * screen readers, the choices in lists) with the toolkit's own content taken
 * out, since that is the toolkit author's writing, not the app's.
 */
import { expect, test, type Page } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, expectAllSaved, startAttendanceAudit } from './support/audit-pages';

const DEVELOPER_WORDS = /\b(domains?|indicators?|review dates?)\b/gi;

/** Every piece of text in the toolkit file, longest first so that a longer one is taken out before a part of it. */
function toolkitTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(toolkitTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(toolkitTexts);
  return [];
}
const TOOLKIT_TEXTS = [...new Set(toolkitTexts(attendance))].filter((text) => text.length > 3).sort((a, b) => b.length - a.length);

/** What the reader of this screen can see or hear, less the toolkit's content. */
async function screenWords(page: Page): Promise<string> {
  const text = await page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')),
      ...[...document.querySelectorAll('option, figcaption, .govuk-visually-hidden')].map((element) => element.textContent),
    ].join('\n'),
  );
  return TOOLKIT_TEXTS.reduce((rest, toolkitText) => rest.split(toolkitText).join(' '), text);
}

function developerWords(text: string): string[] {
  return [...text.matchAll(DEVELOPER_WORDS)].map((match) => text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' '));
}

test('no screen of a self-evaluation in use says domain, indicator or review date', async ({ page }) => {
  const auditId = await startAttendanceAudit(page, 'Autumn 2026 review');
  const first = attendance.domains[0]!.indicators[0]!;
  const group = indicatorGroup(page, first.statement);
  await group.getByRole('radio', { name: attendance.scale.levels[0]!.label }).check();
  await group.getByText('Add an action to the plan for statement 1', { exact: true }).click();
  await group.getByRole('button', { name: 'Add to plan for statement 1', exact: true }).click();
  await expect(group.getByText('In the plan', { exact: true })).toBeVisible();
  await expectAllSaved(page);

  const found: Record<string, string[]> = {};
  const read = async (screen: string) => {
    const words = developerWords(await screenWords(page));
    if (words.length) found[screen] = words;
  };
  const visit = async (screen: string, path: string, heading: string | RegExp) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await read(screen);
  };

  await read('a rating page');
  await visit('check your answers', `/audits/${auditId}/check`, 'Check your answers');
  await visit('results', `/audits/${auditId}/results`, 'Results');
  await visit('share a summary', `/audits/${auditId}/share`, 'Share a summary with the local authority');
  // The file itself too, as the school reads it before sending it.
  await page.getByText('The file itself, exactly as it is saved').click();
  await read('share a summary, the file shown');
  const families = attendance.questionnaires![0]!;
  await visit('the kiosk', `/audits/${auditId}/kiosk/${families.id}`, families.title);

  await visit('the development plan', `/audits/${auditId}/plan`, 'Development plan');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page.getByRole('form', { name: 'Edit action 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a progress check' }).click();
  await expect(page.getByRole('group', { name: 'Progress check 1' })).toBeVisible();
  await read('the development plan, editing');

  await visit('suggested actions', `/audits/${auditId}/plan/suggestions`, 'Actions suggested by your ratings');
  await page.goto(`/audits/${auditId}/plan`);
  await page.getByRole('link', { name: 'Printable version (web page)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northfield Primary School' })).toBeVisible();
  await read('the printable plan');

  await visit('meeting mode', `/audits/${auditId}/meeting`, 'Autumn 2026 review');
  await page.keyboard.press('ArrowRight');
  await read('meeting mode, a section');

  await visit('the home page', '/', 'Your self-evaluations');
  await visit('start the next self-evaluation', `/audits/${auditId}/next-review`, /^Start the next self-evaluation/);
  await visit('rename', `/audits/${auditId}/rename`, 'Rename or change details');
  await visit('start a new self-evaluation', '/audits/new', 'Start a new self-evaluation');
  await visit('settings', '/settings', 'Settings and backup');
  await visit('the local authority view', '/local-authority', 'Local authority view');

  expect(found, 'words a head teacher would not use, with what is around them').toEqual({});
});

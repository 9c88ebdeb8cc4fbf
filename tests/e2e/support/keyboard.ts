import { expect, type Page } from '@playwright/test';

type Step = { kind: 'new'; key: string } | { kind: 'same' } | { kind: 'done' };

/**
 * Where focus went after a Tab: a new stop, the same element (a date input
 * has a Tab stop per part), or back to one already seen (the page is done).
 * Radios share one Tab stop per group, so they are named by group.
 */
function readStep(page: Page): Promise<Step> {
  return page.evaluate(() => {
    const holder = window as unknown as { tabStops?: Element[] };
    const stops = (holder.tabStops ??= []);
    const element = document.activeElement;
    if (!element || element === document.body) return { kind: 'done' };
    if (element === stops.at(-1)) return { kind: 'same' };
    if (stops.includes(element)) return { kind: 'done' };
    stops.push(element);
    if (element instanceof HTMLInputElement && element.type === 'radio') return { kind: 'new', key: `radio group ${element.name}` };
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return { kind: 'new', key: `${element.tagName.toLowerCase()}#${element.id} ${name}`.trim() };
  });
}

/** Everything a keyboard user should be able to Tab to, keyed as focusKey does. */
function listTabbable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const keys = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) || element.matches('.govuk-skip-link, .govuk-radios__input'))
      .filter((element) => !element.closest('details:not([open])') || element.tagName === 'SUMMARY')
      .map((element) => {
        if (element instanceof HTMLInputElement && element.type === 'radio') return `radio group ${element.name}`;
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
        return `${element.tagName.toLowerCase()}#${element.id} ${name}`.trim();
      });
    return [...new Set(keys)];
  });
}

/** The focused element's box with room for an outline or focus shadow around it. */
async function focusedArea(page: Page) {
  const box = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    // A radio's focus ring is drawn on its label.
    const target = element instanceof HTMLInputElement && element.type === 'radio' ? (element.labels?.[0] ?? element) : element;
    const rect = target.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  const margin = 8;
  return { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/**
 * Tabs through the whole page. Every Tab stop must look different focused
 * than not (compared pixel for pixel), and every control must be reached.
 */
export async function checkKeyboardFocus(page: Page): Promise<string[]> {
  const expected = await listTabbable(page);
  const reached: string[] = [];
  await page.evaluate(() => {
    // Start from the top of the page: focus a throwaway element there and remove it.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
    window.scrollTo(0, 0);
    (window as unknown as { tabStops?: Element[] }).tabStops = [];
  });
  for (let press = 0; press < 300; press++) {
    await page.keyboard.press('Tab');
    const step = await readStep(page);
    if (step.kind === 'done') break;
    if (step.kind === 'same') continue;
    const key = step.key;
    reached.push(key);
    const clip = await focusedArea(page);
    const focused = await page.screenshot({ clip, animations: 'disabled' });
    const handle = await page.evaluateHandle(() => document.activeElement as HTMLElement);
    await handle.evaluate((element) => element.blur());
    const unfocused = await page.screenshot({ clip, animations: 'disabled' });
    await handle.evaluate((element) => element.focus());
    expect(focused.equals(unfocused), `focus is not visible on ${key}`).toBe(false);
  }
  expect(expected.filter((key) => !reached.includes(key)), 'controls that Tab never reaches').toEqual([]);
  return reached;
}

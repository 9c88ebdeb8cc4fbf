import { expect, type Page } from '@playwright/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Step = { kind: 'new'; key: string; kindOfControl: string; box: Box } | { kind: 'same' } | { kind: 'done' };

/**
 * Where focus went after a Tab, read in one round trip: a new stop, the same
 * element (a date input has a Tab stop per part), or back to one already
 * seen (the page is done). Radios share one Tab stop per group, so they are
 * named by group. A new stop comes with its kind (its tag and classes, and
 * its parent's and grandparent's, which decide how focus is drawn and what
 * might clip it) and the box its focus ring is drawn in.
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
    const describe = (node: Element | null) => (node ? `${node.tagName.toLowerCase()}.${[...node.classList].sort().join('.')}` : '');
    const kindOfControl = [element, element.parentElement, element.parentElement?.parentElement ?? null].map(describe).join(' < ');
    // A radio's focus ring is drawn on its label.
    const target = element instanceof HTMLInputElement && element.type === 'radio' ? (element.labels?.[0] ?? element) : element;
    const rect = target.getBoundingClientRect();
    const box = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    if (element instanceof HTMLInputElement && element.type === 'radio') return { kind: 'new', key: `radio group ${element.name}`, kindOfControl, box };
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return { kind: 'new', key: `${element.tagName.toLowerCase()}#${element.id} ${name}`.trim(), kindOfControl, box };
  });
}

/** Everything a keyboard user should be able to Tab to, keyed as readStep does. */
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

/** The box with room for an outline or focus shadow around it. */
function withMargin(box: Box): Box {
  const margin = 8;
  return { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/**
 * How many stops of one kind are compared pixel by pixel. Controls of the
 * same kind in the same kind of place are drawn by the same rules, so a long
 * list (the suggestions page has a form per statement) need not photograph
 * every one; every stop is still Tabbed to and must be reached.
 */
const COMPARED_PER_KIND = 3;

/**
 * Tabs through the whole page. A Tab stop must look different focused than
 * not (compared pixel for pixel, see COMPARED_PER_KIND), and every control
 * must be reached. Failures are soft, so the other checks on the page still
 * run and report; returns the stops reached.
 */
export async function checkKeyboardFocus(page: Page): Promise<string[]> {
  const expected = await listTabbable(page);
  const reached: string[] = [];
  const invisible: string[] = [];
  const compared = new Map<string, number>();
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
    reached.push(step.key);
    const seen = compared.get(step.kindOfControl) ?? 0;
    if (seen >= COMPARED_PER_KIND) continue;
    compared.set(step.kindOfControl, seen + 1);
    const clip = withMargin(step.box);
    const focused = await page.screenshot({ clip, animations: 'disabled' });
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const unfocused = await page.screenshot({ clip, animations: 'disabled' });
    await page.evaluate(() => {
      const stops = (window as unknown as { tabStops: HTMLElement[] }).tabStops;
      stops.at(-1)!.focus();
    });
    if (focused.equals(unfocused)) invisible.push(step.key);
  }
  expect.soft(invisible, 'Tab stops where focus is not visible').toEqual([]);
  expect.soft(expected.filter((key) => !reached.includes(key)), 'controls that Tab never reaches').toEqual([]);
  return reached;
}

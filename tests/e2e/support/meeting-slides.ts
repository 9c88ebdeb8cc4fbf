import { expect, type Page } from '@playwright/test';

/** What one meeting slide shows, read from the page as the room sees it. */
export interface SlideSeen {
  heading: string;
  /** The counter, "3 of 12". */
  position: string;
  /** The counter's number, from 1. */
  number: number;
  count: number;
  /** ?slide= in the address, from 0. */
  slideParam: number;
  ratings: string[];
  /** Elements drawn (wholly or partly) outside the slide or the screen: there must be none. */
  outside: string[];
  /** Whether anything has been scrolled: a slide fits, so nothing should be. */
  isScrolled: boolean;
}

/**
 * Reads the slide in one go. Every element drawn on the slide must lie inside
 * the slide's own box (anything past it would be cut off at the foot of the
 * screen or hidden behind the buttons), and the buttons inside the window.
 */
export async function readSlide(page: Page): Promise<SlideSeen> {
  const seen = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const controls = document.querySelector('nav[aria-label="Meeting mode"]')!;
    const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    const mainBox = main.getBoundingClientRect();
    const describe = (element: Element) => {
      const box = element.getBoundingClientRect();
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return `<${element.tagName.toLowerCase()}> “${name}” at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;
    };
    const outsideOf = (root: Element, room: { left: number; top: number; right: number; bottom: number }) =>
      [...root.querySelectorAll('*')]
        .filter((element) => {
          // Text for screen readers only is drawn one pixel across, clipped away.
          if (element.closest('.govuk-visually-hidden')) return false;
          if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return false;
          const slack = 0.5;
          return box.left < room.left - slack || box.top < room.top - slack || box.right > room.right + slack || box.bottom > room.bottom + slack;
        })
        .map(describe);
    const position = controls.querySelector('[aria-live]')!;
    const shown = position.textContent!.replace(/^Showing .*, /, '').trim();
    const [number, count] = shown.split(' of ').map(Number);
    return {
      heading: document.querySelector('h1')!.textContent!.trim(),
      position: shown,
      number: number!,
      count: count!,
      slideParam: Number(new URL(window.location.href).searchParams.get('slide') ?? 0),
      ratings: [...main.querySelectorAll('.app-meeting__ratings > li')].map((item) => item.textContent!.trim()),
      outside: [
        ...outsideOf(main, { left: Math.max(mainBox.left, 0), top: Math.max(mainBox.top, 0), right: Math.min(mainBox.right, screen.right), bottom: Math.min(mainBox.bottom, screen.bottom) }),
        ...outsideOf(controls, screen),
      ],
      isScrolled: main.scrollTop !== 0 || document.scrollingElement!.scrollTop !== 0 || main.parentElement!.scrollTop !== 0,
    };
  });
  expect(seen.outside, `on “${seen.heading}” (${seen.position}), drawn outside the screen`).toEqual([]);
  expect(seen.isScrolled, `“${seen.heading}” is scrolled`).toBe(false);
  return seen;
}

/** The domain a slide heading belongs to, and which of its slides it is. */
export function parseSlideHeading(heading: string): { title: string; part: number; partCount: number } {
  const match = /^(.*) \(continued, (\d+) of (\d+)\)$/.exec(heading);
  return match ? { title: match[1]!, part: Number(match[2]), partCount: Number(match[3]) } : { title: heading, part: 1, partCount: 0 };
}

/**
 * Which ratings go on which slide, from the room the screen has. Each
 * domain is drawn once, unseen, as its first slide and as a "continued"
 * one, with every rating; the heights read from that drawing go to
 * planMeetingSlides, which decides. The drawing is made and taken away
 * before the screen is painted (a layout effect), and again only when the
 * slide's room changes size or what the slides say changes, so the slide
 * list stays put while the meeting runs.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { DomainResult } from '../../core/chart-model';
import { planMeetingSlides, unsplitRooms, type DomainRoom, type MeetingSlide } from '../../core/meeting-slides';

/** Where the whole view scrolls instead (see meeting.css): a small or zoomed-in window, where no slide could fit. */
const SCROLLING_VIEW = '(max-width: 640px), (max-height: 400px)';

/** Room kept spare on every slide, for rounding between the drawing and the slide. */
const SPARE = 2;

/**
 * The slide's size, which the window sets (and the button bar below it):
 * whenever it changes, the slides are measured again.
 */
function useSize(element: RefObject<HTMLElement | null>): string {
  const [size, setSize] = useState('');
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(() => setSize(`${target.clientWidth}×${target.clientHeight}`));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

function contentHeight(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
}

/** The room a drawn slide leaves for its rating rows, and each row's height. */
function measureSlide(slide: Element, available: number): { room: number; rowHeights: number[] } {
  const box = slide.getBoundingClientRect();
  const list = slide.querySelector('.app-meeting__ratings');
  if (!list) return { room: available, rowHeights: [] };
  const listBox = list.getBoundingClientRect();
  const around = listBox.top - box.top + (box.bottom - listBox.bottom);
  return { room: available - around - SPARE, rowHeights: [...list.children].map((row) => row.getBoundingClientRect().height) };
}

function measureRooms(layer: HTMLElement, main: HTMLElement): DomainRoom[] {
  const available = contentHeight(main);
  return [...layer.querySelectorAll('[data-measure-domain]')].map((domain) => {
    const first = measureSlide(domain.querySelector('[data-measure="first"]')!, available);
    const continued = measureSlide(domain.querySelector('[data-measure="continued"]')!, available);
    return { rowHeights: first.rowHeights, firstRoom: first.room, continuedRoom: continued.room };
  });
}

export interface SlidePlan {
  slides: MeetingSlide[];
  /** While true, the page draws the unseen layer (with `layer` as its ref) for this plan to measure. */
  isMeasuring: boolean;
  layer: RefObject<HTMLDivElement | null>;
}

/** `content`: whatever else the slides show that changes how tall they are drawn (what the team wrote, which ratings are medians). */
export function useSlidePlan(domains: readonly DomainResult[], content: unknown, main: RefObject<HTMLElement | null>): SlidePlan {
  const size = useSize(main);
  // Everything that changes how tall a slide is drawn.
  const key = JSON.stringify([size, domains, content]);
  const [measured, setMeasured] = useState<{ key: string; slides: MeetingSlide[] } | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const isMeasuring = measured?.key !== key;

  useLayoutEffect(() => {
    if (!isMeasuring || !main.current) return;
    const rooms =
      window.matchMedia(SCROLLING_VIEW).matches || !layer.current
        ? unsplitRooms(domains.map((domain) => domain.indicators.length))
        : measureRooms(layer.current, main.current);
    setMeasured({ key, slides: planMeetingSlides(rooms) });
  }, [isMeasuring, key, domains, main]);

  const unsplit = () => planMeetingSlides(unsplitRooms(domains.map((domain) => domain.indicators.length)));
  return { slides: measured?.slides ?? unsplit(), isMeasuring, layer };
}

/**
 * The chart's box, measured, and a text measure in the font the chart uses.
 * The radar's layout depends on both: labels that fit at 960 pixels wide are
 * cut off at 320 (a phone, or 400% zoom) unless the layout knows.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { estimateText, type TextMeasure } from './radar-text';

export interface Box {
  width: number;
  height: number;
  /** The font the chart's text is drawn in. */
  fontFamily: string;
}

export function useBox(ref: RefObject<HTMLElement | null>): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const rect = element.getBoundingClientRect();
      const next = { width: Math.floor(rect.width), height: Math.floor(rect.height), fontFamily: getComputedStyle(element).fontFamily };
      setBox((current) => (current && current.width === next.width && current.height === next.height && current.fontFamily === next.fontFamily ? current : next));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}

let canvas: HTMLCanvasElement | null = null;

/** Measures with a canvas in the chart's own font, so that wrapping and room match what is drawn. */
export function measureText(fontFamily: string, size: number): TextMeasure {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return estimateText(size);
  const fontOf = (isBold: boolean) => `${isBold ? 700 : 400} ${size}px ${fontFamily}`;
  context.font = fontOf(true);
  const metrics = context.measureText('Hg');
  const fallback = estimateText(size);
  return {
    width: (text, isBold) => {
      context.font = fontOf(isBold);
      return context.measureText(text).width;
    },
    // The font's own extent, not this sample's: the same for every label, whatever its letters.
    ascent: Number.isFinite(metrics.fontBoundingBoxAscent) ? metrics.fontBoundingBoxAscent : fallback.ascent,
    descent: Number.isFinite(metrics.fontBoundingBoxDescent) ? metrics.fontBoundingBoxDescent : fallback.descent,
  };
}

/** Radar labels that fit: domain names wrapped beside their axis, level names on the rings. */

export interface TickSizes {
  label: number;
  ring: number;
  /** Distance from the outer ring to a domain label: room for the level name on that ring. */
  gap: number;
  /** Longest line of a domain label, in characters, before it wraps. */
  lineLength: number;
}

/** Greedy word wrap; a single long word keeps its own line rather than being cut. */
export function wrapWords(text: string, lineLength: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= lineLength) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Rough width of a line of text: enough to keep labels inside the chart without measuring the DOM. */
const CHARACTER_WIDTH = 0.62;

export interface RadarMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Room around the radar for its axis labels, so that none is cut off at the
 * chart's edge: side labels need their width, top and bottom labels their
 * height. Axes run clockwise from the top, as recharts draws them.
 */
export function marginForLabels(labels: readonly { name: string; score: string }[], sizes: TickSizes): RadarMargin {
  let x = 0;
  let y = 0;
  labels.forEach((label, index) => {
    const angle = ((90 - (360 * index) / labels.length) * Math.PI) / 180;
    const lines = [...wrapWords(label.name, sizes.lineLength), label.score];
    const width = Math.max(...lines.map((line) => line.length)) * sizes.label * CHARACTER_WIDTH;
    const height = lines.length * sizes.label * 1.2;
    const isAtSide = Math.abs(Math.cos(angle)) > 0.05;
    const isAboveOrBelow = Math.abs(Math.sin(angle)) > 0.05;
    x = Math.max(x, (isAtSide ? width : width / 2) + sizes.gap);
    y = Math.max(y, (isAboveOrBelow ? height : height / 2) + sizes.gap);
  });
  const round = (value: number) => Math.ceil(value);
  return { top: round(y), right: round(x), bottom: round(y), left: round(x) };
}

interface AngleTickProps {
  x?: number;
  y?: number;
  cx?: number;
  cy?: number;
  payload?: { value?: unknown };
}

const HALO = { stroke: '#ffffff', strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/** A domain's name (wrapped) and its score, placed outside the end of its axis. */
export function AngleTick({ x = 0, y = 0, cx = 0, cy = 0, payload, labels, sizes }: AngleTickProps & { labels: Map<string, { name: string; score: string }>; sizes: TickSizes }) {
  const label = labels.get(String(payload?.value));
  if (!label) return null;
  const lines = wrapWords(label.name, sizes.lineLength);
  const dx = x - cx;
  const dy = y - cy;
  const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
  const lineHeight = sizes.label * 1.2;
  const blockHeight = lineHeight * (lines.length + 1);
  // Above the centre the block sits on the axis end; below it hangs from it; at the sides it is centred.
  const top = Math.abs(dy) < 1 ? y - blockHeight / 2 : dy < 0 ? y - blockHeight : y;
  return (
    <text x={x} y={top} textAnchor={anchor} fill="#0b0c0c" fontSize={sizes.label} {...HALO}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? sizes.label : lineHeight} fontWeight={700}>
          {line}
        </tspan>
      ))}
      <tspan x={x} dy={lineHeight}>
        {label.score}
      </tspan>
    </text>
  );
}

interface RingTickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
}

/**
 * The scale's level name centred on its ring, between two axes, with a white
 * halo so that it reads over the ring and the series. Centred, it stays clear
 * of the domain labels outside the chart.
 */
export function RingTick({ x = 0, y = 0, payload, levelNames, size }: RingTickProps & { levelNames: Map<number, string>; size: number }) {
  const name = levelNames.get(Number(payload?.value));
  if (!name) return null;
  return (
    <text x={x} y={y} textAnchor="middle" dominantBaseline="central" fill="#0b0c0c" fontSize={size} {...HALO}>
      {Number(payload?.value)} {name}
    </text>
  );
}

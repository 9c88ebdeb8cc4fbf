/** Radar labels that fit: domain names wrapped beside their axis, level names on the rings. */

export interface TickSizes {
  label: number;
  ring: number;
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

/** The scale's level name on its ring, with a white halo so that it reads over the series. */
export function RingTick({ x = 0, y = 0, payload, levelNames, size }: RingTickProps & { levelNames: Map<number, string>; size: number }) {
  const name = levelNames.get(Number(payload?.value));
  if (!name) return null;
  return (
    <text x={x + 4} y={y - 4} fill="#0b0c0c" fontSize={size} {...HALO}>
      {Number(payload?.value)} {name}
    </text>
  );
}

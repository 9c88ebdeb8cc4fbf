/** Radar labels: each domain's name and score beyond its axis (placed by radar-layout), the level numbers on the rings. */
import type { PlacedLabel } from './radar-layout';
import { HALO_WIDTH, LINE_HEIGHT } from './radar-text';

interface AngleTickProps {
  index?: number;
}

/** A white outline around the letters, so that they read over a ring or a line of the chart. */
const HALO = { stroke: '#ffffff', strokeWidth: 2 * HALO_WIDTH, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/**
 * A domain's name (on its lines) and its score. Named as a whole for
 * assistive technology, which would otherwise read each wrapped line apart.
 */
export function AngleTick({ index = 0, labels, names, size }: AngleTickProps & { labels: readonly PlacedLabel[]; names: readonly { name: string; score: string }[]; size: number }) {
  const label = labels[index];
  const name = names[index];
  if (!label || !name) return null;
  // Inside the outline's room at either side of the box.
  const left = label.left + HALO_WIDTH;
  const inner = label.width - 2 * HALO_WIDTH;
  const x = label.anchor === 'start' ? left : label.anchor === 'end' ? left + inner : left + inner / 2;
  const lineHeight = size * LINE_HEIGHT;
  return (
    <text role="img" aria-label={`${name.name}: ${name.score}`} className="app-radar__label" x={x} y={label.top} textAnchor={label.anchor} fill="#0b0c0c" fontSize={size} {...HALO}>
      {label.lines.map((line, lineIndex) => (
        <tspan key={lineIndex} x={x} dy={lineIndex === 0 ? label.baseline : lineHeight} fontWeight={700}>
          {line}
        </tspan>
      ))}
      <tspan x={x} dy={lineHeight}>
        {name.score}
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
 * The level's number on its ring, between the first two axes where no axis
 * line crosses it. The level names are in the key beside the chart: with
 * many domains they do not fit between two axes.
 */
export function RingTick({ x = 0, y = 0, payload, levels, size }: RingTickProps & { levels: ReadonlySet<number>; size: number }) {
  const value = Number(payload?.value);
  if (!levels.has(value)) return null;
  return (
    <text aria-hidden="true" className="app-radar__label" x={x} y={y} textAnchor="middle" dominantBaseline="central" fill="#0b0c0c" fontSize={size} fontWeight={700} {...HALO}>
      {value}
    </text>
  );
}

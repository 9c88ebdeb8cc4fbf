/**
 * How each series on the radar is drawn. Series differ in line style and
 * marker shape as well as colour, so they can be told apart in greyscale, on
 * a washed-out projector or by someone who does not see the colours. Both
 * colours have at least 3:1 contrast with white (WCAG 1.4.11).
 */

export interface SeriesStyle {
  stroke: string;
  dash: string | undefined;
  marker: 'circle' | 'square';
  /** In words, for the legend and for print in black and white. */
  description: string;
}

export const CURRENT_SERIES: SeriesStyle = { stroke: '#1d70b8', dash: undefined, marker: 'circle', description: 'solid line, round markers' };
export const EARLIER_SERIES: SeriesStyle = { stroke: '#0b0c0c', dash: '10 6', marker: 'square', description: 'dashed line, square markers' };

interface Point {
  x: number;
  y: number;
}

const isDrawn = (point: Point) => Number.isFinite(point.x) && Number.isFinite(point.y);

/**
 * The outline joins neighbouring rated domains only. A domain that is not rated
 * leaves a gap, rather than a line pretending to know its score, and the area
 * is filled only when every domain is rated.
 */
export function outlinePath(points: readonly Point[]): { d: string; isClosed: boolean } {
  if (points.length > 2 && points.every(isDrawn)) {
    return { d: `M${points.map((point) => `${point.x},${point.y}`).join('L')}Z`, isClosed: true };
  }
  const segments = points.flatMap((point, index) => {
    const next = points[(index + 1) % points.length]!;
    return points.length > 1 && isDrawn(point) && isDrawn(next) && next !== point ? [`M${point.x},${point.y}L${next.x},${next.y}`] : [];
  });
  return { d: segments.join(''), isClosed: false };
}

export function Marker({ point, style, size }: { point: Point; style: SeriesStyle; size: number }) {
  if (style.marker === 'circle') return <circle cx={point.x} cy={point.y} r={size / 2} fill={style.stroke} stroke="#ffffff" strokeWidth={1.5} />;
  return <rect x={point.x - size / 2} y={point.y - size / 2} width={size} height={size} fill="#ffffff" stroke={style.stroke} strokeWidth={2.5} />;
}

interface SeriesShapeProps {
  points?: readonly Point[];
  style: SeriesStyle;
  /** Names the series and its values for assistive technology, which otherwise meets a bare shape. */
  label: string;
  fill: boolean;
  lineWidth: number;
  markerSize: number;
}

export function SeriesShape({ points = [], style, label, fill, lineWidth, markerSize }: SeriesShapeProps) {
  const outline = outlinePath(points);
  return (
    <g role="img" aria-label={label}>
      {fill && outline.isClosed && <path d={outline.d} fill={style.stroke} fillOpacity={0.18} stroke="none" />}
      <path d={outline.d} fill="none" stroke={style.stroke} strokeWidth={lineWidth} strokeDasharray={style.dash} strokeLinejoin="round" />
      {points.filter(isDrawn).map((point, index) => (
        <Marker key={index} point={point} style={style} size={markerSize} />
      ))}
    </g>
  );
}

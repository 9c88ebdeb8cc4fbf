import { useLayoutEffect, useRef } from 'react';
import { layoutRadar } from '../../core/plan-radar';
import type { PlanReport } from '../../core/plan-report';

const SIZE = 420;
const RADIUS = 140;
const CENTRE = SIZE / 2;
const at = (value: number) => CENTRE + value * RADIUS;
const pointsOf = (points: readonly { x: number; y: number }[]) => points.map((point) => `${at(point.x)},${at(point.y)}`).join(' ');

/** The same radar as the PDF (one geometry for both), as SVG. The table that follows gives the same scores in words. */
export function PrintRadar({ report }: { report: PlanReport }) {
  const levels = report.levels.map((level) => level.value);
  const radar = layoutRadar(
    report.domains.map((domain) => ({ label: domain.shortTitle, score: domain.scoreValue })),
    levels,
  );
  const anchor = { left: 'start', center: 'middle', right: 'end' } as const;
  const svg = useRef<SVGSVGElement>(null);
  // The axis labels stand outside the rings, as wide as the toolkit's words make them: the view is fitted
  // to what is drawn, so that no label reaches past the figure, or past the screen at 400% zoom.
  useLayoutEffect(() => {
    const element = svg.current;
    if (!element) return;
    const box = element.getBBox();
    element.setAttribute('viewBox', `${box.x - 4} ${box.y - 4} ${box.width + 8} ${box.height + 8}`);
  }, [report]);
  return (
    <figure className="app-plan-radar govuk-body" aria-labelledby="plan-radar-caption">
      <svg ref={svg} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="plan-radar-caption">
        {radar.rings.map((ring) => (
          <polygon key={ring.value} points={pointsOf(ring.points)} fill="none" stroke="#b1b4b6" />
        ))}
        {radar.axes.map((axis) => (
          <line key={axis.label} x1={CENTRE} y1={CENTRE} x2={at(axis.end.x)} y2={at(axis.end.y)} stroke="#b1b4b6" />
        ))}
        {radar.shape.length >= 2 && <polygon points={pointsOf(radar.shape)} fill="#1d70b8" fillOpacity={0.22} stroke="#1d70b8" strokeWidth={3} />}
        {radar.axes.map((axis) => {
          const x = CENTRE + axis.end.x * (RADIUS + 12);
          const y = CENTRE + axis.end.y * (RADIUS + 12) + (axis.end.y < -0.5 ? -18 : axis.end.y > 0.5 ? 14 : 0);
          return (
            <text key={axis.label} x={x} y={y} textAnchor={anchor[axis.align]} fontSize={15} fill="#0b0c0c">
              <tspan fontWeight={700}>{axis.label}</tspan>
              <tspan x={x} dy={18} fill="#505a5f">
                {axis.scoreText}
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption id="plan-radar-caption" className="govuk-body-s">
        Radar chart of section scores, on a scale of {report.scaleRange}. The table gives the same scores.
      </figcaption>
    </figure>
  );
}

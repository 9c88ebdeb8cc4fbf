import { useLayoutEffect, useRef } from 'react';
import { estimateText } from '../../components/radar-text';
import { layoutRadar, layoutRadarBand, type RadarAxis, type RadarBandShape, type RadarPoint } from '../../core/plan-radar';
import { separateLabels } from '../../core/radar-labels';
import type { PlanReport } from '../../core/plan-report';
import type { PlanTeam } from '../../core/plan-team';

const SIZE = 420;
const RADIUS = 140;
const CENTRE = SIZE / 2;
const at = (value: number) => CENTRE + value * RADIUS;
const pointsOf = (points: readonly { x: number; y: number }[]) => points.map((point) => `${at(point.x)},${at(point.y)}`).join(' ');
/** The same tints as the PDF's band (and the key's swatches in plan.scss): opaque, so that neighbouring wedges meet without a seam. */
const BAND = { range: '#d2e2f1', middle: '#9fc2e4' } as const;

/** Every wedge in one path, filled once; a section whose neighbours have no band is a thick line along its axis. */
function BandShape({ shape, colour, spokeWidth }: { shape: RadarBandShape; colour: string; spokeWidth: number }) {
  const move = (points: readonly RadarPoint[]) => `M${points.map((point) => `${at(point.x)},${at(point.y)}`).join('L')}Z`;
  return (
    <>
      {shape.wedges.length > 0 && <path d={shape.wedges.map(move).join('')} fill={colour} />}
      {shape.spokes.map(([from, to], index) => (
        <line key={index} x1={at(from.x)} y1={at(from.y)} x2={at(to.x)} y2={at(to.y)} stroke={colour} strokeWidth={spokeWidth} strokeLinecap="round" />
      ))}
    </>
  );
}

/** The key to a team's radar, in words beside a swatch of each mark. */
function BandKey({ team }: { team: PlanTeam }) {
  return (
    <ul className="app-plan-radar__key govuk-body-s">
      <li>
        <span className="app-plan-radar__swatch app-plan-radar__swatch--range" aria-hidden="true" />
        {team.key.range}
      </li>
      <li>
        <span className="app-plan-radar__swatch app-plan-radar__swatch--middle" aria-hidden="true" />
        {team.key.middle}
      </li>
      <li>
        <span className="app-plan-radar__swatch app-plan-radar__swatch--line" aria-hidden="true" />
        {team.key.score}
      </li>
    </ul>
  );
}

const LABEL_SIZE = 15;
const SCORE_STEP = 18;
/** Generous widths: the fonts the page prints in are not known until it is printed. */
const LABEL_TEXT = estimateText(LABEL_SIZE);
const SIDE = { left: 'start', right: 'end', center: 'middle' } as const;

/**
 * Each section's name and score just beyond its axis end; labels that would
 * touch (twelve sections, say) are moved apart, as in the PDF.
 */
function placeLabels(axes: readonly RadarAxis[]) {
  const height = LABEL_TEXT.ascent + SCORE_STEP + LABEL_TEXT.descent;
  const placed = axes.map((axis) => {
    const x = CENTRE + axis.end.x * (RADIUS + 12);
    const y = CENTRE + axis.end.y * (RADIUS + 12) + (axis.end.y < -0.5 ? -18 : axis.end.y > 0.5 ? 14 : 0);
    const width = Math.max(LABEL_TEXT.width(axis.label, true), LABEL_TEXT.width(axis.scoreText, false));
    const left = axis.align === 'left' ? x : axis.align === 'right' ? x - width : x - width / 2;
    return { axis, x, left, width, top: y - LABEL_TEXT.ascent };
  });
  const tops = separateLabels(
    placed.map(({ axis, left, width, top }) => ({ left, top, width, height, side: SIDE[axis.align], upness: axis.end.y })),
    4,
  );
  return placed.map(({ axis, x }, index) => ({ axis, x, y: tops[index]! + LABEL_TEXT.ascent }));
}

/**
 * The same radar as the PDF (one geometry for both), as SVG, with a team's band of scores behind the
 * score line. The tables that follow give the same numbers in words.
 */
export function PrintRadar({ report }: { report: PlanReport }) {
  const levels = report.levels.map((level) => level.value);
  const radar = layoutRadar(
    report.domains.map((domain) => ({ label: domain.shortTitle, score: domain.scoreValue })),
    levels,
  );
  const { team } = report;
  const band = team ? layoutRadarBand(team.sections.map((section) => section.band), levels) : null;
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
        {band && (
          <>
            <BandShape shape={band.range} colour={BAND.range} spokeWidth={8} />
            <BandShape shape={band.middle} colour={BAND.middle} spokeWidth={5} />
          </>
        )}
        {radar.rings.map((ring) => (
          <polygon key={ring.value} points={pointsOf(ring.points)} fill="none" stroke="#b1b4b6" />
        ))}
        {radar.axes.map((axis) => (
          <line key={axis.label} x1={CENTRE} y1={CENTRE} x2={at(axis.end.x)} y2={at(axis.end.y)} stroke="#b1b4b6" />
        ))}
        {/* With a team's band behind it, the score is a line alone: a fill over the band would hide it. */}
        {radar.shape.length >= 2 && <polygon points={pointsOf(radar.shape)} fill={band ? 'none' : '#1d70b8'} fillOpacity={0.22} stroke="#1d70b8" strokeWidth={3} />}
        {placeLabels(radar.axes).map(({ axis, x, y }) => (
          <text key={axis.label} x={x} y={y} textAnchor={anchor[axis.align]} fontSize={LABEL_SIZE} fill="#0b0c0c">
            <tspan fontWeight={700}>{axis.label}</tspan>
            <tspan x={x} dy={SCORE_STEP} fill="#505a5f">
              {axis.scoreText}
            </tspan>
          </text>
        ))}
      </svg>
      {team && <BandKey team={team} />}
      <figcaption id="plan-radar-caption" className="govuk-body-s">
        {team
          ? `Radar chart of the team’s section scores, on a scale of ${report.scaleRange}, with the spread of everyone’s scores behind them. The tables give the same numbers.`
          : `Radar chart of section scores, on a scale of ${report.scaleRange}. The table gives the same scores.`}
      </figcaption>
    </figure>
  );
}

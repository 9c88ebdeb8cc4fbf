/**
 * The radar of domain scores, shared by the results page and meeting mode.
 * The radius runs from 0 to the top of the toolkit's scale, whatever the
 * scores, so that two audits (and two screens) always compare. The scores
 * table that goes with it is its text alternative; recharts' radar has no keyboard
 * access of its own (recharts#5390), so the svg is a plain labelled group
 * with no Tab stops.
 */
import { useRef } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { ChartModel, DomainResult } from '../core/chart-model';
import type { ScoreBand } from '../core/combine-responses';
import { describeBand } from '../core/team-spread';
import { BAND_DESCRIPTION, BandShape, layoutBands } from './radar-band';
import { measureText, useBox, type Box } from './radar-box';
import { isReadable, layoutRadar, type AxisLabel, type RadarLayout } from './radar-layout';
import { RadarKey, SELF_EVALUATION_WORDING, type RadarWording, type SeriesNames } from './radar-key';
import { CURRENT_SERIES, EARLIER_SERIES, SeriesShape, type SeriesStyle } from './radar-series';
import { AngleTick, RingTick } from './radar-ticks';
import './score-radar.css';

export type { RadarWording, SeriesNames } from './radar-key';

interface ScoreRadarProps {
  model: ChartModel;
  names: SeriesNames;
  /** 'meeting' draws larger type and lines, for a projector; both shrink in a narrow box. */
  size: 'page' | 'meeting';
  id: string;
  /**
   * For a team's self-evaluation: each section's band of people's own scores,
   * in the order of the model's sections, drawn behind the score line.
   */
  bands?: readonly (ScoreBand | null)[] | null;
  /** What the line and band stand for; a self-evaluation's and its team's unless told otherwise. */
  wording?: RadarWording;
}

interface Sizes {
  label: number;
  ring: number;
  gap: number;
  line: number;
  grid: number;
  marker: number;
}

/** Sizes by the chart's width, largest first: each from its `from` width up. Small ones keep the chart readable at 320 pixels. */
const SIZES: Record<ScoreRadarProps['size'], readonly (Sizes & { from: number })[]> = {
  page: [
    { from: 420, label: 15, ring: 13, gap: 14, line: 3, grid: 1, marker: 11 },
    { from: 0, label: 12, ring: 11, gap: 9, line: 2, grid: 1, marker: 8 },
  ],
  meeting: [
    { from: 560, label: 24, ring: 18, gap: 20, line: 5, grid: 2, marker: 18 },
    { from: 400, label: 18, ring: 14, gap: 14, line: 4, grid: 2, marker: 13 },
    { from: 0, label: 13, ring: 12, gap: 10, line: 3, grid: 1, marker: 10 },
  ],
};

/** How much taller than wide the chart on a page may grow when its labels need it. */
const PAGE_TALLEST = 1.6;

function describeSeries(name: string, style: SeriesStyle, domains: readonly DomainResult[], scoreOf: (domain: DomainResult) => string): string {
  return `${name} (${style.description}): ${domains.map((domain) => `${domain.shortTitle} ${scoreOf(domain)}`).join(', ')}`;
}

function describeBands(domains: readonly DomainResult[], bands: readonly (ScoreBand | null)[], wording: RadarWording): string {
  return `${wording.bandIntro} (${BAND_DESCRIPTION}): ${domains.map((domain, index) => describeBand(domain.shortTitle, bands[index] ?? null, wording.bandUnit)).join('; ')}`;
}

export function ScoreRadar({ model, names, size, id, bands = null, wording = SELF_EVALUATION_WORDING }: ScoreRadarProps) {
  const chart = useRef<HTMLDivElement>(null);
  const box = useBox(chart);
  const showEarlier = model.isComparing && names.earlier !== null;
  return (
    <figure className={`app-radar app-radar--${size}`} aria-labelledby={`${id}-caption`}>
      <div className="app-radar__chart" ref={chart}>
        {box && box.width > 0 && <RadarDrawing model={model} names={names} size={size} box={box} showEarlier={showEarlier} bands={bands} wording={wording} />}
      </div>
      <RadarKey id={id} names={names} showEarlier={showEarlier} hasBands={bands !== null} levels={model.levels} wording={wording} />
      <figcaption id={`${id}-caption`} className="app-radar__caption">
        Radar chart of section scores. Each ring is a level of the toolkit’s scale, from {model.levels[0]!.value} {model.levels[0]!.label}{' '}
        (innermost) to {model.levels.at(-1)!.value} {model.levels.at(-1)!.label} (outermost). A section with no ratings is marked “Not rated” and
        has no point.{' '}
        {bands ? `${wording.bandCaption} The tables give the same scores and spread.` : 'The table gives the same scores.'}
      </figcaption>
    </figure>
  );
}

interface RadarDrawingProps {
  model: ChartModel;
  names: SeriesNames;
  size: ScoreRadarProps['size'];
  box: Box;
  showEarlier: boolean;
  bands: readonly (ScoreBand | null)[] | null;
  wording: RadarWording;
}

/**
 * The largest type the chart's width allows that still leaves rings large
 * enough to read; many long labels (twelve sections, say) take smaller type.
 * If none does, the type that leaves the largest rings.
 */
function chooseLayout(axisNames: readonly AxisLabel[], size: ScoreRadarProps['size'], box: Box) {
  // On the page the chart may be as tall as it is wide, or taller where many labels need the height (the page
  // scrolls); in meeting mode, the space it is given. Either way, no taller than it needs.
  const room = size === 'page' ? { width: box.width, height: box.width } : box;
  const tallest = size === 'page' ? Math.round(box.width * PAGE_TALLEST) : room.height;
  const allowed = SIZES[size].filter((tier) => box.width >= tier.from);
  let chosen: { sizes: Sizes; layout: RadarLayout } | null = null;
  for (const sizes of allowed.length > 0 ? allowed : [SIZES[size].at(-1)!]) {
    const layout = layoutRadar(axisNames, room, sizes, measureText(box.fontFamily, sizes.label), tallest);
    if (isReadable(layout, room)) return { sizes, layout };
    if (!chosen || layout.radius > chosen.layout.radius) chosen = { sizes, layout };
  }
  return chosen!;
}

function RadarDrawing({ model, names, size, box, showEarlier, bands, wording }: RadarDrawingProps) {
  const axisNames = model.domains.map((domain) => ({ name: domain.shortTitle, score: domain.scoreText }));
  const { sizes, layout } = chooseLayout(axisNames, size, box);
  const data = model.domains.map((domain) => ({ axis: domain.domainId, current: domain.score, earlier: domain.earlier?.score ?? null }));
  // Rings closer together than the numbers' type size (many sections in a narrow box) are numbered every other
  // one, or fewer, counting in from the outermost; the key beside the chart names every ring.
  const ringStep = layout.radius / Math.max(model.maxLevel, 1);
  const numberEvery = Math.max(1, Math.ceil(sizes.ring / Math.max(ringStep, 1)));
  const levels = new Set(model.levels.map((level) => level.value).filter((value) => (model.maxLevel - value) % numberEvery === 0));
  const ticks = Array.from({ length: model.maxLevel + 1 }, (_, value) => value);
  // Level numbers sit between the first two axes, where no axis line crosses them.
  const ringAngle = 90 - 180 / Math.max(model.domains.length, 1);

  // zIndex 0 everywhere: recharts draws other layers through React portals, and Chromium makes
  // a portal's <g> a Tab stop (React listens for focus events on it), with no visible focus.
  // Drawn in this order instead: grid, level numbers, the team's spread, series, domain labels.
  return (
    <RadarChart
      data={data}
      width={box.width}
      height={layout.height}
      cx={layout.centre.x}
      cy={layout.centre.y}
      outerRadius={layout.radius}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      role="group"
      aria-label="Radar chart"
      style={{ width: '100%', height: 'auto' }}
    >
      <PolarGrid gridType="circle" stroke="#6f777b" strokeWidth={sizes.grid} zIndex={0} />
      <PolarRadiusAxis
        domain={[0, model.maxLevel]}
        ticks={ticks}
        tickCount={ticks.length}
        angle={ringAngle}
        axisLine={false}
        zIndex={0}
        tick={(props: object) => <RingTick {...props} levels={levels} size={sizes.ring} />}
      />
      {bands && (
        <BandShape
          bars={layoutBands(bands, { centre: layout.centre, radius: layout.radius, maxLevel: model.maxLevel })}
          label={describeBands(model.domains, bands, wording)}
          width={sizes.marker}
        />
      )}
      <Radar
        dataKey="current"
        isAnimationActive={false}
        zIndex={0}
        shape={(props: { points?: { x: number; y: number }[] }) => (
          <SeriesShape
            points={props.points}
            style={CURRENT_SERIES}
            label={describeSeries(wording.seriesLabel(names), CURRENT_SERIES, model.domains, (domain) => domain.scoreText)}
            fill
            lineWidth={sizes.line}
            markerSize={sizes.marker}
          />
        )}
      />
      {showEarlier && (
        <Radar
          dataKey="earlier"
          isAnimationActive={false}
          zIndex={0}
          shape={(props: { points?: { x: number; y: number }[] }) => (
            <SeriesShape
              points={props.points}
              style={EARLIER_SERIES}
              label={describeSeries(`Earlier self-evaluation, ${names.earlier}`, EARLIER_SERIES, model.domains, (domain) => domain.earlier?.scoreText ?? 'not in that audit')}
              fill={false}
              lineWidth={sizes.line}
              markerSize={sizes.marker}
            />
          )}
        />
      )}
      <PolarAngleAxis dataKey="axis" tickLine={false} zIndex={0} tick={(props: object) => <AngleTick {...props} labels={layout.labels} names={axisNames} size={sizes.label} />} />
    </RadarChart>
  );
}

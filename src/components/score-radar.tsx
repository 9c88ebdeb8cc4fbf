/**
 * The radar of domain scores, shared by the results page and meeting mode.
 * The radius runs from 0 to the top of the toolkit's scale, whatever the
 * scores, so that two audits (and two screens) always compare. The scores
 * table beside it is its text alternative; recharts' radar has no keyboard
 * access of its own (recharts#5390), so the svg is a plain labelled group.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { ChartModel, DomainResult } from '../core/chart-model';
import { CURRENT_SERIES, EARLIER_SERIES, SeriesShape, type SeriesStyle } from './radar-series';
import { AngleTick, RingTick, marginForLabels, type TickSizes } from './radar-ticks';
import './score-radar.css';

export interface SeriesNames {
  current: string;
  earlier: string | null;
}

interface ScoreRadarProps {
  model: ChartModel;
  names: SeriesNames;
  /** 'meeting' draws larger type and lines, for a projector. */
  size: 'page' | 'meeting';
  id: string;
}

const SIZES: Record<ScoreRadarProps['size'], TickSizes & { line: number; grid: number; marker: number }> = {
  page: { label: 15, ring: 13, gap: 14, lineLength: 14, line: 3, grid: 1, marker: 11 },
  meeting: { label: 24, ring: 18, gap: 20, lineLength: 16, line: 5, grid: 2, marker: 18 },
};

function describeSeries(name: string, style: SeriesStyle, domains: readonly DomainResult[], scoreOf: (domain: DomainResult) => string): string {
  return `${name} (${style.description}): ${domains.map((domain) => `${domain.shortTitle} ${scoreOf(domain)}`).join(', ')}`;
}

export function ScoreRadar({ model, names, size, id }: ScoreRadarProps) {
  const sizes = SIZES[size];
  const data = model.domains.map((domain) => ({ axis: domain.domainId, current: domain.score, earlier: domain.earlier?.score ?? null }));
  const labels = new Map(model.domains.map((domain) => [domain.domainId, { name: domain.shortTitle, score: domain.scoreText }]));
  const margin = marginForLabels([...labels.values()], sizes);
  const levelNames = new Map(model.levels.map((level) => [level.value, level.label]));
  const ticks = Array.from({ length: model.maxLevel + 1 }, (_, value) => value);
  const showEarlier = model.isComparing && names.earlier !== null;
  const lowest = model.levels[0]!;
  const highest = model.levels[model.levels.length - 1]!;
  // Rings are circles so that each level name sits on its ring, between the first two axes where no axis line crosses it.
  const ringAngle = 90 - 180 / Math.max(model.domains.length, 1);

  return (
    <figure className={`app-radar app-radar--${size}`} aria-labelledby={`${id}-caption`}>
      <div className="app-radar__chart">
        <RadarChart
          data={data}
          outerRadius="100%"
          responsive
          accessibilityLayer={false}
          role="group"
          aria-label="Radar chart"
          style={{ width: '100%', height: '100%' }}
          margin={margin}
        >
          <PolarGrid gridType="circle" stroke="#6f777b" strokeWidth={sizes.grid} />
          <PolarAngleAxis dataKey="axis" tickLine={false} tickSize={sizes.gap} tick={(props: object) => <AngleTick {...props} labels={labels} sizes={sizes} />} />
          <PolarRadiusAxis
            domain={[0, model.maxLevel]}
            ticks={ticks}
            tickCount={ticks.length}
            angle={ringAngle}
            axisLine={false}
            // Under the series (recharts draws areas at 100, axes at 500), so a level name never hides a score.
            zIndex={50}
            tick={(props: object) => <RingTick {...props} levelNames={levelNames} size={sizes.ring} />}
          />
          <Radar
            dataKey="current"
            isAnimationActive={false}
            shape={(props: { points?: { x: number; y: number }[] }) => (
              <SeriesShape
                points={props.points}
                style={CURRENT_SERIES}
                label={describeSeries(`This self-evaluation, ${names.current}`, CURRENT_SERIES, model.domains, (domain) => domain.scoreText)}
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
        </RadarChart>
      </div>
      <RadarLegend names={names} showEarlier={showEarlier} />
      <figcaption id={`${id}-caption`} className="app-radar__caption">
        Radar chart of domain scores. Each ring is a level of the toolkit’s scale, from {lowest.value} {lowest.label} (innermost) to{' '}
        {highest.value} {highest.label} (outermost). A domain with no ratings is marked “Not rated” and has no point. The table gives the
        same scores.
      </figcaption>
    </figure>
  );
}

function LegendSample({ style }: { style: SeriesStyle }) {
  return (
    <svg className="app-radar__sample" viewBox="0 0 48 16" width="48" height="16" aria-hidden="true" focusable="false">
      <line x1="2" y1="8" x2="46" y2="8" stroke={style.stroke} strokeWidth="3" strokeDasharray={style.dash} />
      {style.marker === 'circle' ? (
        <circle cx="24" cy="8" r="5" fill={style.stroke} />
      ) : (
        <rect x="19" y="3" width="10" height="10" fill="#ffffff" stroke={style.stroke} strokeWidth="2.5" />
      )}
    </svg>
  );
}

function RadarLegend({ names, showEarlier }: { names: SeriesNames; showEarlier: boolean }) {
  return (
    <ul className="app-radar__legend" aria-label="Key">
      <li>
        <LegendSample style={CURRENT_SERIES} />
        <span>
          This self-evaluation: {names.current} <span className="app-radar__style">({CURRENT_SERIES.description})</span>
        </span>
      </li>
      {showEarlier && (
        <li>
          <LegendSample style={EARLIER_SERIES} />
          <span>
            Earlier: {names.earlier} <span className="app-radar__style">({EARLIER_SERIES.description})</span>
          </span>
        </li>
      )}
    </ul>
  );
}

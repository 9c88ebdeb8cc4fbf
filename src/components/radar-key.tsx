/** The radar's key: which line is which self-evaluation, the team's spread when there is one, and which ring is which level. */
import { PEOPLE, type BandUnit } from '../core/team-spread';
import type { ScaleLevel } from '../core/toolkit-schema';
import { BAND_DESCRIPTION, BandSample } from './radar-band';
import { CURRENT_SERIES, EARLIER_SERIES, type SeriesStyle } from './radar-series';

export interface SeriesNames {
  current: string;
  earlier: string | null;
}

/** The words the radar uses for its line and band: a self-evaluation's and its team's, or a borough's median school and spread of schools. */
export interface RadarWording {
  /** The score line, in the key. */
  series: (names: SeriesNames) => string;
  /** The score line, at the start of its text alternative. */
  seriesLabel: (names: SeriesNames) => string;
  /** The band, in the key. */
  band: string;
  /** The band, at the start of its text alternative. */
  bandIntro: string;
  /** The caption's sentence about the band. */
  bandCaption: string;
  bandUnit: BandUnit;
}

export const SELF_EVALUATION_WORDING: RadarWording = {
  series: (names) => `This self-evaluation: ${names.current}`,
  seriesLabel: (names) => `This self-evaluation, ${names.current}`,
  band: 'The team’s spread of people’s own scores',
  bandIntro: 'The team’s spread of people’s own section scores',
  bandCaption: 'The bars along each section’s line show how the team’s own scores for it spread.',
  bandUnit: PEOPLE,
};

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

interface RadarKeyProps {
  id: string;
  names: SeriesNames;
  showEarlier: boolean;
  hasBands: boolean;
  levels: readonly ScaleLevel[];
  wording: RadarWording;
}

export function RadarKey({ id, names, showEarlier, hasBands, levels, wording }: RadarKeyProps) {
  return (
    <>
      <ul className="app-radar__legend" aria-label="Key">
        <li>
          <LegendSample style={CURRENT_SERIES} />
          <span>
            {wording.series(names)} <span className="app-radar__style">({CURRENT_SERIES.description})</span>
          </span>
        </li>
        {hasBands && (
          <li>
            <BandSample />
            <span>
              {wording.band} <span className="app-radar__style">({BAND_DESCRIPTION})</span>
            </span>
          </li>
        )}
        {showEarlier && (
          <li>
            <LegendSample style={EARLIER_SERIES} />
            <span>
              Earlier: {names.earlier} <span className="app-radar__style">({EARLIER_SERIES.description})</span>
            </span>
          </li>
        )}
      </ul>
      <div className="app-radar__rings">
        <p className="app-radar__rings-title" id={`${id}-rings`}>
          Rings<span className="app-radar__rings-more">, from the centre out</span>:
        </p>
        <ol className="app-radar__ring-list" aria-labelledby={`${id}-rings`}>
          {levels.map((level) => (
            <li key={level.value}>
              <span className="app-radar__ring-number">{level.value}</span> {level.label}
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}

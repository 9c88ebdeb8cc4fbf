/** The radar's key: which line is which self-evaluation, the team's spread when there is one, and which ring is which level. */
import type { ScaleLevel } from '../core/toolkit-schema';
import { BAND_DESCRIPTION, BandSample } from './radar-band';
import { CURRENT_SERIES, EARLIER_SERIES, type SeriesStyle } from './radar-series';

export interface SeriesNames {
  current: string;
  earlier: string | null;
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

interface RadarKeyProps {
  id: string;
  names: SeriesNames;
  showEarlier: boolean;
  hasBands: boolean;
  levels: readonly ScaleLevel[];
}

export function RadarKey({ id, names, showEarlier, hasBands, levels }: RadarKeyProps) {
  return (
    <>
      <ul className="app-radar__legend" aria-label="Key">
        <li>
          <LegendSample style={CURRENT_SERIES} />
          <span>
            This self-evaluation: {names.current} <span className="app-radar__style">({CURRENT_SERIES.description})</span>
          </span>
        </li>
        {hasBands && (
          <li>
            <BandSample />
            <span>
              The team’s spread of people’s own scores <span className="app-radar__style">({BAND_DESCRIPTION})</span>
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

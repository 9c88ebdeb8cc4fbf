import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { AuditScore } from '../../core/score-audit';
import type { Toolkit } from '../../core/toolkit-schema';

/** The radar is a picture of the table that follows it; the table is its text alternative. */
export function ResultsRadar({ toolkit, score }: { toolkit: Toolkit; score: AuditScore }) {
  const values = toolkit.scale.levels.map((level) => level.value);
  const max = Math.max(...values);
  const data = score.domains.map((domain) => ({
    axis: domain.score === null ? `${domain.shortTitle} (not rated)` : domain.shortTitle,
    score: domain.score,
  }));
  return (
    <figure className="govuk-!-margin-0 app-chart" aria-labelledby="radar-caption">
      <RadarChart width={600} height={520} data={data} outerRadius="70%" responsive style={{ width: '100%', height: 'auto', aspectRatio: '600 / 520' }}>
        <PolarGrid />
        <PolarAngleAxis dataKey="axis" tick={{ fill: '#0b0c0c', fontSize: 14 }} />
        <PolarRadiusAxis domain={[0, max]} tickCount={max + 1} angle={90} tick={{ fill: '#505a5f', fontSize: 12 }} />
        <Radar name="Score" dataKey="score" stroke="#1d70b8" strokeWidth={3} fill="#1d70b8" fillOpacity={0.25} isAnimationActive={false} />
      </RadarChart>
      <figcaption id="radar-caption" className="govuk-body-s">
        Radar chart of domain scores from 0 to {max}. The table gives the same scores.
      </figcaption>
    </figure>
  );
}

/**
 * Across the borough, for one toolkit version: each section's median school
 * and spread on the radar and in a table, where training and support would
 * help most, the legal requirements most often not met, and the change since
 * the last round. Names no school; a figure resting on fewer than
 * MIN_SCHOOLS schools is not shown, and the page says why.
 */
import { Link, useParams } from 'react-router';
import { ScoreRadar, type RadarWording } from '../../components/score-radar';
import { usePageTitle } from '../../components/use-page-title';
import type { ToolkitRollup } from '../../core/borough-rollup';
import { buildRollupChart } from '../../core/rollup-chart';
import {
  BELOW_COLUMNS,
  CHANGE_COLUMNS,
  LEGAL_COLUMNS,
  ROLLUP_KEY,
  ROLLUP_TITLES,
  SECTION_COLUMNS,
  THRESHOLD_TEXT,
  TOP_STATEMENTS,
  belowIntro,
  changeCells,
  changeIntro,
  describeRollupScope,
  hiddenDutiesText,
  hiddenStatementsText,
  sectionCells,
  shareText,
  suppressionText,
} from '../../core/rollup-text';
import { useRollups } from '../../hooks/local-authority-hooks';
import { paths } from '../../lib/paths';
import { CouncilBanner } from './council-banner';
import { RollupDownloads } from './rollup-downloads';
import { TextTable } from './rollup-tables';
import './local-authority.css';

const BOROUGH_WORDING: RadarWording = {
  series: () => ROLLUP_KEY.score,
  seriesLabel: () => ROLLUP_KEY.score,
  band: 'The spread of schools’ scores',
  bandIntro: 'The spread of schools’ section scores',
  bandCaption: 'The line is the median school; the bars along each section’s line show how schools’ scores for it spread.',
  bandUnit: { one: 'school’s score', many: 'schools’ scores', none: 'not shown: fewer than 5 schools' },
};

export function RollupPage() {
  const { toolkitId = '', version = '' } = useParams();
  const rollups = useRollups();
  const rollup = rollups?.find((candidate) => candidate.toolkit.id === toolkitId && candidate.toolkit.version === version);
  usePageTitle(rollup ? `${rollup.toolkit.title}: across the borough` : 'Across the borough');
  if (!rollups) return <p className="govuk-body">Loading…</p>;
  if (!rollup) return <NoSummaries />;
  return <Rollup rollup={rollup} />;
}

function NoSummaries() {
  return (
    <>
      <CouncilBanner />
      <h1 className="govuk-heading-l">No summaries of this toolkit</h1>
      <p className="govuk-body">
        No school’s summary of this toolkit version has been imported on this device, or they have been removed.{' '}
        <Link className="govuk-link" to={paths.localAuthority()}>
          Back to the local authority view
        </Link>
      </p>
    </>
  );
}

function Rollup({ rollup }: { rollup: ToolkitRollup }) {
  const suppressed = suppressionText(rollup);
  return (
    <>
      <CouncilBanner />
      <span className="govuk-caption-l">Across the borough</span>
      <h1 className="govuk-heading-l">{rollup.toolkit.title}</h1>
      <div className="app-readable-width">
        <p className="govuk-body">{describeRollupScope(rollup)}</p>
        <p className="govuk-body">{THRESHOLD_TEXT}</p>
      </div>
      {suppressed ? (
        <div className="govuk-inset-text app-readable-width" role="status">
          {suppressed}
        </div>
      ) : (
        <Figures rollup={rollup} />
      )}
      <RollupDownloads rollup={rollup} />
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={paths.localAuthority()}>
          Back to the local authority view
        </Link>
      </p>
    </>
  );
}

function Figures({ rollup }: { rollup: ToolkitRollup }) {
  const chart = buildRollupChart(rollup);
  const below = rollup.belowMiddle.slice(0, TOP_STATEMENTS);
  const hiddenStatements = hiddenStatementsText(rollup);
  const hiddenDuties = hiddenDutiesText(rollup);
  return (
    <>
      <section aria-labelledby="sections-heading">
        <h2 className="govuk-heading-m" id="sections-heading">
          {ROLLUP_TITLES.sections}
        </h2>
        <ScoreRadar model={chart.model} names={{ current: ROLLUP_KEY.score, earlier: null }} size="page" id="rollup-radar" bands={chart.bands} wording={BOROUGH_WORDING} />
        <TextTable caption={ROLLUP_TITLES.sections} head={SECTION_COLUMNS} rows={rollup.sections.map((section) => sectionCells(rollup, section))} numeric={[1]} />
      </section>
      <section aria-labelledby="below-heading">
        <h2 className="govuk-heading-m" id="below-heading">
          {ROLLUP_TITLES.below}
        </h2>
        <p className="govuk-body app-readable-width">{belowIntro(rollup)}</p>
        {below.length > 0 ? (
          <TextTable caption="Statements most often rated below the middle" head={BELOW_COLUMNS} rows={below.map((row) => [row.statement, row.sectionTitle, shareText(row.below, row.schools)])} />
        ) : (
          <p className="govuk-body">No statement that at least 5 schools rated was rated below the middle by any of them.</p>
        )}
        {hiddenStatements && <p className="govuk-body">{hiddenStatements}</p>}
      </section>
      {(rollup.legal.length > 0 || rollup.dutiesHidden > 0) && (
        <section aria-labelledby="legal-heading">
          <h2 className="govuk-heading-m" id="legal-heading">
            {ROLLUP_TITLES.legal}
          </h2>
          {rollup.legal.length > 0 && (
            <TextTable caption={ROLLUP_TITLES.legal} head={LEGAL_COLUMNS} rows={rollup.legal.map((row) => [row.duty, row.sectionTitle, shareText(row.notMet, row.schools)])} />
          )}
          {hiddenDuties && <p className="govuk-body">{hiddenDuties}</p>}
        </section>
      )}
      <section aria-labelledby="change-heading">
        <h2 className="govuk-heading-m" id="change-heading">
          {ROLLUP_TITLES.change}
        </h2>
        <p className="govuk-body app-readable-width">{changeIntro(rollup)}</p>
        {rollup.change.isShown && <TextTable caption={ROLLUP_TITLES.change} head={CHANGE_COLUMNS} rows={rollup.change.sections.map(changeCells)} numeric={[1, 2, 3, 4]} />}
      </section>
    </>
  );
}

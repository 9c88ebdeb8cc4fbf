import { Link } from 'react-router';
import { formatDateTime } from '../../core/format-date';
import { describeReviewTime, estimateReviewTime } from '../../core/review-scope';
import type { CatalogueEntry } from '../../core/toolkit-catalogue';
import { paths } from '../../lib/paths';
import type { KeptToolkitRow } from '../../operations/toolkits';

function whereFrom(entry: CatalogueEntry, row: KeptToolkitRow | undefined): string {
  if (entry.isShipped) return 'Comes with Reflect';
  const origin = row?.origin;
  const when = row ? `, ${formatDateTime(row.storedAt)}` : '';
  if (origin?.kind === 'installed') return `Installed from “${origin.fileName}”${when}`;
  if (origin?.kind === 'backup') return `Came with a backup restored${when}`;
  if (origin?.kind === 'invitation') return `Came with a colleague’s invitation${when}`;
  return 'Kept on this device for the self-evaluations made with it';
}

function describeUse(row: KeptToolkitRow | undefined): string {
  const use = row?.use ?? { inUse: 0, deleted: 0 };
  const inUse = use.inUse === 0 ? 'None' : use.inUse === 1 ? '1 self-evaluation' : `${use.inUse} self-evaluations`;
  return use.deleted > 0 ? `${inUse}, and ${use.deleted} recently deleted` : inUse;
}

interface ToolkitCardProps {
  entry: CatalogueEntry;
  row: KeptToolkitRow | undefined;
  headingId: string;
  onDownload: (format: 'workbook' | 'json') => void;
  onRemove: (() => void) | null;
}

/** One toolkit on this device: what it is, where it came from, what uses it, and what can be done with it. */
export function ToolkitCard({ entry, row, headingId, onDownload, onRemove }: ToolkitCardProps) {
  const { toolkit } = entry;
  return (
    <section className="govuk-summary-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={headingId}>
          {toolkit.title}
        </h3>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={paths.toolkit(toolkit.id, toolkit.version)}>
              Read it<span className="govuk-visually-hidden"> ({toolkit.title}, version {toolkit.version})</span>
            </Link>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        {entry.hasConflict && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              This device has another version {toolkit.version} of this toolkit with different content. Each self-evaluation keeps the one it was made with.
            </strong>
          </div>
        )}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Version</dt>
            <dd className="govuk-summary-list__value">{toolkit.version}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Where it came from</dt>
            <dd className="govuk-summary-list__value">{whereFrom(entry, row)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Used by</dt>
            <dd className="govuk-summary-list__value">{describeUse(row)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Time for a full review</dt>
            <dd className="govuk-summary-list__value">{describeReviewTime(estimateReviewTime(toolkit, 'full'))}</dd>
          </div>
        </dl>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDownload('workbook')}>
            Download as a workbook<span className="govuk-visually-hidden"> for {toolkit.title}, version {toolkit.version}</span>
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDownload('json')}>
            Download as a toolkit file<span className="govuk-visually-hidden"> for {toolkit.title}, version {toolkit.version}</span>
          </button>
          {onRemove && (
            <button type="button" className="govuk-button govuk-button--warning" onClick={onRemove}>
              Remove<span className="govuk-visually-hidden"> {toolkit.title}, version {toolkit.version}</span>
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

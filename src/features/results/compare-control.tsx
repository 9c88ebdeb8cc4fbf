import type { Audit } from '../../core/audit';
import { formatDate } from '../../core/format-date';
import { NO_COMPARISON } from '../../operations/results';

interface CompareControlProps {
  earlierAudits: readonly Audit[];
  choice: string;
  basedOnAuditId: string | null;
  onChoose: (choice: string) => void;
}

/** Choosing redraws the chart and table on this page; nothing is saved. */
export function CompareControl({ earlierAudits, choice, basedOnAuditId, onChoose }: CompareControlProps) {
  if (earlierAudits.length === 0) {
    return <p className="govuk-body app-no-print">There is no earlier self-evaluation with this toolkit to compare with yet.</p>;
  }
  return (
    <div className="govuk-form-group app-no-print">
      <label className="govuk-label govuk-label--s" htmlFor="compare-with">
        Compare with an earlier self-evaluation
      </label>
      <div id="compare-with-hint" className="govuk-hint">
        The chart and table show both, and the change since then.
      </div>
      <select id="compare-with" className="govuk-select" aria-describedby="compare-with-hint" value={choice} onChange={(event) => onChoose(event.target.value)}>
        <option value={NO_COMPARISON}>No comparison</option>
        {earlierAudits.map((audit) => (
          <option key={audit.id} value={audit.id}>
            {audit.title}, {formatDate(audit.date)}
            {audit.id === basedOnAuditId ? ' (started from this one)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

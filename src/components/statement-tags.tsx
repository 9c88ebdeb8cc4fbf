import { describeMetFrom } from '../core/legal-requirements';
import type { LegalDuty, ScaleLevel, ToolkitIndicator } from '../core/toolkit-schema';

/**
 * The tags that follow a statement wherever it is read whole: "Core" (it is
 * in the quick review) and "Legal requirement" (it is a duty in law), the
 * latter as the rating pages show it.
 */
export function StatementTags({ indicator }: { indicator: ToolkitIndicator }) {
  return (
    <>
      {indicator.core && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--yellow app-legal-tag">Core</strong>
        </>
      )}
      {indicator.legalDuty && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--purple app-legal-tag">Legal requirement</strong>
        </>
      )}
    </>
  );
}

/** A legal duty said in full below its statement, with its source and the rating from which it is met. */
export function LegalDutyNote({ duty, levels, id }: { duty: LegalDuty; levels: readonly ScaleLevel[]; id?: string }) {
  return (
    <div className="govuk-hint app-legal-duty" id={id}>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>What the law requires:</strong> {duty.duty} {describeMetFrom(levels, duty.metFromLevel)}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">Source: {duty.source}</p>
    </div>
  );
}

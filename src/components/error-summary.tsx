import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field to jump to. */
  href: string;
  message: string;
}

/** GOV.UK error summary: takes focus when it appears and links to each field. */
export function ErrorSummary({ errors }: { errors: readonly ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors]);
  if (!hasErrors) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.href}>
                <a href={`#${error.href}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

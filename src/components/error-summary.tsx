import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field to jump to. */
  href: string;
  message: string;
}

interface ErrorSummaryProps {
  /** What went wrong, in a few words; "There is a problem" unless the page has a plainer one. */
  title?: string;
  /** One link per field to correct. */
  errors?: readonly ErrorSummaryItem[];
  /** A problem no field can fix (a save or an export that failed), said in a sentence. */
  description?: ReactNode;
}

/**
 * Takes the reader to a field the way GOV.UK Frontend's script does: the field
 * gets focus, and its question is scrolled into view rather than the bare
 * input (for radios and checkboxes the fieldset's legend, otherwise its label).
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const isChoice = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const question = isChoice ? (legend ?? label) : (label ?? legend);
  (question ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary, the one error panel every screen uses: it shows at
 * the top of what went wrong, takes focus when it appears so that it is read
 * first, and links to each field to correct. Renders nothing when there is no
 * problem.
 */
export function ErrorSummary({ title = 'There is a problem', errors = [], description }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasProblem = errors.length > 0 || !!description;
  useEffect(() => {
    if (hasProblem) ref.current?.focus();
  }, [hasProblem]);
  if (!hasProblem) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {/* A sentence is a paragraph; richer content (a list of details, a link) brings its own paragraphs. */}
          {description && (typeof description === 'string' ? <p className="govuk-body">{description}</p> : <div className="govuk-body">{description}</div>)}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error) => (
                <li key={error.href}>
                  <a href={`#${error.href}`} onClick={(event) => focusField(event, error.href)}>
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

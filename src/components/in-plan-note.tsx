import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../lib/paths';

export interface PlannedAction {
  id: string;
  /** Its number in the plan, as the plan page and the PDF show it. */
  number: number;
  action: string;
}

interface InPlanNoteProps {
  auditId: string;
  actions: readonly PlannedAction[];
  /** Set just after adding: the button pressed has gone, so focus comes here, where the reader learns what happened. */
  takeFocus?: boolean;
}

/**
 * "In the plan", beside a statement that has an action: so that nobody adds
 * it twice, with a way to the action in the plan (opened there for editing).
 */
export function InPlanNote({ auditId, actions, takeFocus = false }: InPlanNoteProps) {
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) note.current?.focus();
  }, [takeFocus]);
  return (
    <div className="app-in-plan" ref={note} tabIndex={-1}>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong className="govuk-tag govuk-tag--green">In the plan</strong>
      </p>
      <ul className="govuk-list govuk-!-margin-bottom-0">
        {actions.map((planned) => (
          <li key={planned.id}>
            Action {planned.number}: {planned.action || 'not written yet'}{' '}
            {/* The label tells the links apart in a list of links; it starts with the words shown. */}
            <Link
              className="govuk-link"
              to={paths.plan(auditId)}
              state={{ editActionId: planned.id }}
              aria-label={`Give it a lead and a date: ${planned.action || `action ${planned.number}`}`}
            >
              Give it a lead and a date
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

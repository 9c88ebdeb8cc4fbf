import { useId, useState } from 'react';
import type { OfferedAction } from '../core/plan-suggestions';

export interface WordedAction {
  action: string;
  successMeasure: string;
}

interface SuggestedActionFormProps {
  /** The toolkit's suggestion to start from; null for a blank one. */
  offered: OfferedAction | null;
  /** Hidden words that tell this button apart from the others on the page, as in ": Name a champion". */
  buttonContext: string;
  /** Adds the action as worded; rejects with the reason when it could not be saved. */
  onAdd: (worded: WordedAction) => Promise<void>;
}

/**
 * A suggested action, its wording and success measure ready to change, and
 * "Add to plan". Not a <form>: it sits inside the rating page's form, and
 * nothing here is saved until the button is pressed. While the action is
 * being added, a second press does nothing, so it is never added twice.
 */
export function SuggestedActionForm({ offered, buttonContext, onAdd }: SuggestedActionFormProps) {
  const id = useId();
  const [action, setAction] = useState(offered?.action ?? '');
  const [successMeasure, setSuccessMeasure] = useState(offered?.successMeasure ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const isEmpty = problem === EMPTY;

  const add = async () => {
    if (isAdding) return;
    if (!action.trim()) {
      setProblem(EMPTY);
      document.getElementById(`${id}-action`)?.focus();
      return;
    }
    setProblem(null);
    setIsAdding(true);
    try {
      await onAdd({ action, successMeasure });
    } catch (error) {
      setProblem(`The action was not added: ${error instanceof Error ? error.message : String(error)}`);
      setIsAdding(false);
    }
  };

  return (
    <div className="govuk-!-margin-bottom-6">
      {offered?.ratingNote && <p className="govuk-body-s govuk-!-margin-bottom-2">{offered.ratingNote}</p>}
      <div className={`govuk-form-group govuk-!-margin-bottom-3${isEmpty ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-action`}>
          Action
        </label>
        {isEmpty && (
          <p id={`${id}-action-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {EMPTY}
          </p>
        )}
        <textarea
          id={`${id}-action`}
          className={`govuk-textarea govuk-!-margin-bottom-0${isEmpty ? ' govuk-textarea--error' : ''}`}
          rows={3}
          value={action}
          aria-describedby={isEmpty ? `${id}-action-error` : undefined}
          aria-invalid={isEmpty || undefined}
          onChange={(event) => setAction(event.target.value)}
        />
      </div>
      <div className="govuk-form-group govuk-!-margin-bottom-3">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-measure`}>
          Success measure
        </label>
        <textarea
          id={`${id}-measure`}
          className="govuk-textarea govuk-!-margin-bottom-0"
          rows={3}
          value={successMeasure}
          onChange={(event) => setSuccessMeasure(event.target.value)}
        />
      </div>
      {problem && !isEmpty && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {/* The label tells the buttons apart on a page of them; it starts with the words shown. */}
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        aria-disabled={isAdding || undefined}
        aria-label={isAdding ? undefined : `Add to plan${buttonContext}`}
        onClick={() => void add()}
      >
        {isAdding ? 'Adding…' : 'Add to plan'}
      </button>
    </div>
  );
}

const EMPTY = 'Write what you will do before adding it to the plan';

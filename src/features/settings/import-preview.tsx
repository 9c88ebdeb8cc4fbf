import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { IMPORTED_COPY_SUFFIX, type BackupContents, type ConflictChoice } from '../../core/backup-import-plan';
import { formatDateTime } from '../../core/format-date';
import { ContentsTables } from './contents-tables';
import { describeCounts } from './describe-counts';
import { useFocusOnMount } from './use-focus-on-mount';

interface ImportPreviewProps {
  contents: BackupContents;
  onRestore: (choice: ConflictChoice | null) => Promise<void>;
  onCancel: () => void;
}

const CHOICE_NAME = 'conflict-choice';

/** What the file holds and what clashes; nothing is written until "Restore from this file". */
export function ImportPreview({ contents, onRestore, onCancel }: ImportPreviewProps) {
  const [choice, setChoice] = useState<ConflictChoice | null>(null);
  const [error, setError] = useState<{ href: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const conflicts = contents.conflictingAuditIds.length;
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (conflicts > 0 && !choice) {
      setError({ href: `${CHOICE_NAME}-keep-both`, message: 'Choose whether to keep both copies or replace the ones on this device' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onRestore(choice);
    } catch (failure) {
      setError({ href: 'restore-button', message: `Nothing was restored. ${failure instanceof Error ? failure.message : String(failure)}` });
      setBusy(false);
    }
  };

  const exportedAt = Date.parse(contents.exportedAt);
  const choiceError = error?.href.startsWith(CHOICE_NAME) ?? false;
  return (
    <>
      {error && <ErrorSummary errors={[error]} />}
      {/* Focus moves here so that keyboard and screen reader users land on the result of the check. */}
      <h3 className="govuk-heading-s" tabIndex={-1} ref={heading}>
        Check what the file holds
      </h3>
      <p className="govuk-body app-readable-width">
        This backup was made by Reflect {contents.appVersion}
        {Number.isNaN(exportedAt) ? '' : ` on ${formatDateTime(exportedAt)}`}. It holds {describeCounts(contents.counts)}.
      </p>
      <ContentsTables contents={contents} />
      <form className="app-readable-width" onSubmit={(event) => void submit(event)} noValidate>
        {conflicts > 0 && (
          <div className={`govuk-form-group${choiceError ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={`${CHOICE_NAME}-hint${choiceError ? ` ${CHOICE_NAME}-error` : ''}`}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {conflicts === 1
                  ? '1 of these self-evaluations is already on this device. What should happen to it?'
                  : `${conflicts} of these self-evaluations are already on this device. What should happen to them?`}
              </legend>
              <div className="govuk-hint" id={`${CHOICE_NAME}-hint`}>
                They are marked “Already here” in the table above, with the date each was last edited on this device.
              </div>
              {choiceError && (
                <p className="govuk-error-message" id={`${CHOICE_NAME}-error`}>
                  <span className="govuk-visually-hidden">Error:</span> {error?.message}
                </p>
              )}
              <div className="govuk-radios" data-module="govuk-radios">
                {(
                  [
                    ['keep-both', 'Keep both', `The copy from the file is added alongside, with “${IMPORTED_COPY_SUFFIX.trim()}” after its title.`],
                    ['replace', 'Replace the copy on this device', 'The answers, reflections and plan on this device for these self-evaluations are deleted and the file’s are used instead.'],
                  ] as const
                ).map(([value, label, hint]) => (
                  <div className="govuk-radios__item" key={value}>
                    <input
                      className="govuk-radios__input"
                      id={`${CHOICE_NAME}-${value}`}
                      name={CHOICE_NAME}
                      type="radio"
                      value={value}
                      checked={choice === value}
                      onChange={() => setChoice(value)}
                      aria-describedby={`${CHOICE_NAME}-${value}-hint`}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`${CHOICE_NAME}-${value}`}>
                      {label}
                    </label>
                    <div className="govuk-hint govuk-radios__hint" id={`${CHOICE_NAME}-${value}-hint`}>
                      {hint}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <div className="govuk-button-group">
          <button type="submit" id="restore-button" className="govuk-button" disabled={busy} aria-disabled={busy}>
            Restore from this file
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}


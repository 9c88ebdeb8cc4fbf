import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { type BackupContents, type ConflictChoice } from '../../core/backup-import-plan';
import type { BackupError } from '../../core/backup-parse';
import type { Backup } from '../../core/backup-schema';
import { settingsAnchors } from '../../lib/paths';
import { checkBackupFile, previewRestore, restoreBackup, type ImportCounts } from '../../operations/backup';
import { ImportPreview } from './import-preview';
import { describeRestoreFailure } from './restore-failure';
import { RestoredBanner } from './restored-banner';

type Step =
  | { name: 'choose'; error: string | null; details: string[] }
  | { name: 'preview'; backup: Backup; contents: BackupContents }
  | { name: 'done'; counts: ImportCounts };

const FILE_INPUT = 'backup-file';

/** Choose a file → check it completely → show what it holds → import it all, or nothing. */
export function RestoreSection() {
  const [step, setStep] = useState<Step>({ name: 'choose', error: null, details: [] });
  const [checking, setChecking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const refuse = (error: BackupError) =>
    setStep({ name: 'choose', error: error.message, details: error.problems.slice(1, 10).map((problem) => `${problem.path}: ${problem.message}`) });

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setStep({ name: 'choose', error: 'Choose a backup file', details: [] });
      return;
    }
    setChecking(true);
    try {
      const result = await checkBackupFile(file);
      if (!result.ok) return refuse(result.error);
      const preview = await previewRestore(result.backup);
      if (!preview.ok) return refuse(preview.error);
      setStep({ name: 'preview', backup: result.backup, contents: preview.contents });
    } catch (failure) {
      setStep({ name: 'choose', error: failure instanceof Error ? failure.message : String(failure), details: [] });
    } finally {
      setChecking(false);
    }
  };

  const restore = async (backup: Backup, choice: ConflictChoice | null, contents: BackupContents) => {
    const choices = Object.fromEntries(contents.conflictingAuditIds.map((id) => [id, choice ?? undefined]));
    try {
      setStep({ name: 'done', counts: await restoreBackup(backup, choices) });
    } catch (failure) {
      throw new Error(describeRestoreFailure(failure), { cause: failure });
    }
  };

  const error = step.name === 'choose' ? step.error : null;
  return (
    <section aria-labelledby={settingsAnchors.restore}>
      <h2 className="govuk-heading-m" id={settingsAnchors.restore}>
        Restore from a backup
      </h2>
      {step.name === 'preview' ? (
        <ImportPreview
          contents={step.contents}
          onRestore={(choice) => restore(step.backup, choice, step.contents)}
          onCancel={() => setStep({ name: 'choose', error: null, details: [] })}
        />
      ) : (
        <div className="app-readable-width">
          {step.name === 'done' && <RestoredBanner counts={step.counts} />}
          {error && <ErrorSummary errors={[{ href: FILE_INPUT, message: error }]} />}
          <form onSubmit={(event) => void check(event)} noValidate>
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor={FILE_INPUT}>
                Backup file
              </label>
              <div className="govuk-hint" id={`${FILE_INPUT}-hint`}>
                The file Reflect downloaded, named reflect-backup- and a date. Nothing on this device changes until you have checked what the file
                holds and chosen to restore it.
              </div>
              {error && (
                <div id={`${FILE_INPUT}-error`}>
                  <p className="govuk-error-message">
                    <span className="govuk-visually-hidden">Error:</span> {error}
                  </p>
                  {step.name === 'choose' && step.details.length > 0 && (
                    <ul className="govuk-list govuk-list--bullet govuk-body-s" aria-label="More problems">
                      {step.details.map((detail) => (
                        <li key={detail}>{detail}</li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
              <input
                className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
                id={FILE_INPUT}
                type="file"
                accept=".json,application/json"
                ref={fileInput}
                aria-describedby={`${FILE_INPUT}-hint${error ? ` ${FILE_INPUT}-error` : ''}`}
              />
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" disabled={checking} aria-disabled={checking}>
              Check the file
            </button>
          </form>
        </div>
      )}
    </section>
  );
}

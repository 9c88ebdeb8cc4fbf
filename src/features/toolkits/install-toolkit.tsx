import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { formatProblem, type ValidationProblem } from '../../core/parse-toolkit';
import { checkInstall, type InstallCheck } from '../../core/toolkit-file';
import type { Toolkit } from '../../core/toolkit-schema';
import { paths } from '../../lib/paths';
import { installToolkit, readToolkitFile } from '../../operations/toolkits';
import { ToolkitPreview } from './toolkit-preview';

type Step =
  | { kind: 'choose'; error: string | null }
  | { kind: 'checking' }
  | { kind: 'problems'; fileName: string; problems: ValidationProblem[] }
  | { kind: 'preview'; fileName: string; toolkit: Toolkit; check: InstallCheck }
  | { kind: 'installed'; toolkit: Toolkit; wasHere: boolean };

const failureOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A toolkit file or workbook is checked first and shown, or every problem in
 * it is listed with where it is; only then can it be installed. Nothing is
 * installed while a problem remains.
 */
export function InstallToolkit({ here }: { here: readonly Toolkit[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null });
  const [installFailure, setInstallFailure] = useState<string | null>(null);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setStep({ kind: 'choose', error: 'Choose a toolkit file or workbook' });
      input.current?.focus();
      return;
    }
    setStep({ kind: 'checking' });
    setInstallFailure(null);
    try {
      const result = await readToolkitFile(file);
      setStep(result.ok ? { kind: 'preview', fileName: file.name, toolkit: result.value, check: checkInstall(result.value, here) } : { kind: 'problems', fileName: file.name, problems: result.problems });
    } catch (error) {
      setStep({ kind: 'problems', fileName: file.name, problems: [{ path: '', message: `The file could not be read: ${failureOf(error)}` }] });
    }
  };

  const install = async (toolkit: Toolkit, fileName: string) => {
    try {
      const outcome = await installToolkit(toolkit, fileName);
      setStep({ kind: 'installed', toolkit, wasHere: outcome === 'already-here' });
    } catch (error) {
      setInstallFailure(failureOf(error));
    }
  };

  const startAgain = () => {
    setStep({ kind: 'choose', error: null });
    setInstallFailure(null);
  };

  return (
    <section aria-labelledby="install-heading">
      {/* While a file is shown, the part of the page is about checking it; the region says so too. */}
      <h2 className="govuk-heading-m" id="install-heading">
        {step.kind === 'preview' ? 'Check the toolkit before you install it' : 'Install a toolkit'}
      </h2>
      {step.kind === 'installed' && (
        <NotificationBanner type="success" title="Success" heading={step.wasHere ? `“${step.toolkit.title}” version ${step.toolkit.version} was already on this device. Nothing changed.` : `“${step.toolkit.title}” version ${step.toolkit.version} is installed.`}>
          <p className="govuk-body">
            <Link className="govuk-link govuk-notification-banner__link" to={paths.toolkit(step.toolkit.id, step.toolkit.version)}>
              Read it
            </Link>{' '}
            or{' '}
            <Link className="govuk-link govuk-notification-banner__link" to={paths.newAudit()}>
              start a self-evaluation with it
            </Link>
            .
          </p>
        </NotificationBanner>
      )}
      {step.kind === 'problems' && (
        <ErrorSummary
          title={`“${step.fileName}” cannot be installed`}
          description={
            <>
              <p className="govuk-body">
                Nothing was installed. {step.problems.length === 1 ? 'Correct this' : `Correct these ${step.problems.length} problems`} in the file, then choose it again.
              </p>
              <ul className="govuk-list govuk-list--bullet app-toolkit-problems">
                {step.problems.map((problem, index) => (
                  <li key={index}>{formatProblem(problem)}</li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {step.kind === 'preview' ? (
        <div className="app-toolkit-preview">
          <ErrorSummary description={installFailure ?? undefined} />
          {step.check.kind === 'conflict' ? (
            <ErrorSummary
              title="This toolkit cannot be installed"
              description={`This device already has version ${step.toolkit.version} of “${step.toolkit.title}” with different content. A changed toolkit needs a new version number, so nothing was installed.`}
            />
          ) : (
            step.check.kind === 'already-here' && <p className="govuk-inset-text">This toolkit is already on this device, exactly as in the file. Installing it again changes nothing.</p>
          )}
          <ToolkitPreview toolkit={step.toolkit} check={step.check} />
          <div className="govuk-button-group">
            {step.check.kind !== 'conflict' && (
              <button type="button" className="govuk-button" onClick={() => void install(step.toolkit, step.fileName)}>
                Install this toolkit
              </button>
            )}
            <button type="button" className="govuk-button govuk-button--secondary" onClick={startAgain}>
              {step.check.kind === 'conflict' ? 'Choose another file' : 'Cancel'}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(event) => void check(event)} noValidate>
          <p className="govuk-body">Your council or trust may have its own toolkit. Install it from its toolkit file, or from a workbook written in Reflect’s template (below).</p>
          <div className={`govuk-form-group${step.kind === 'choose' && step.error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="toolkit-file">
              Toolkit file
            </label>
            <div id="toolkit-file-hint" className="govuk-hint">
              A toolkit file (.json) or an Excel workbook (.xlsx). It is checked and shown to you before anything is installed.
            </div>
            {step.kind === 'choose' && step.error && (
              <p id="toolkit-file-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {step.error}
              </p>
            )}
            <input
              ref={input}
              className={`govuk-file-upload${step.kind === 'choose' && step.error ? ' govuk-file-upload--error' : ''}`}
              id="toolkit-file"
              type="file"
              accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={step.kind === 'choose' && step.error ? 'toolkit-file-hint toolkit-file-error' : 'toolkit-file-hint'}
            />
          </div>
          <button type="submit" className="govuk-button" disabled={step.kind === 'checking'} aria-disabled={step.kind === 'checking'}>
            {step.kind === 'checking' ? 'Checking the file…' : 'Check the file'}
          </button>
          {step.kind === 'checking' && (
            <p className="govuk-body" role="status">
              Checking the file…
            </p>
          )}
        </form>
      )}
    </section>
  );
}

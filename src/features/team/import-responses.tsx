import { useRef, useState, type FormEvent } from 'react';
import { importResponseFiles, type ImportedFile } from '../../operations/team';

function describe({ result }: ImportedFile): string {
  if (!result.ok) return result.message;
  const name = result.respondent.name;
  if (result.change === 'new') return `${name}’s ratings were brought in.`;
  if (result.change === 'replaced') return `${name}’s ratings were updated: this file replaces their earlier one.`;
  return `${name}’s ratings were already here. Nothing changed.`;
}

/** Several response files at once; each is checked on its own, and one that is refused changes nothing. */
export function ImportResponses({ auditId }: { auditId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<ImportedFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const bringIn = async (event: FormEvent) => {
    event.preventDefault();
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) {
      setError('Choose one or more response files');
      return;
    }
    setBusy(true);
    try {
      setResults(await importResponseFiles(auditId, files));
      setError(null);
      if (input.current) input.current.value = '';
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const refused = results?.filter((file) => !file.result.ok).length ?? 0;
  return (
    <section aria-labelledby="import-heading">
      <h2 className="govuk-heading-m" id="import-heading">
        Bring in responses
      </h2>
      <p className="govuk-body">
        When colleagues send back their response files, choose them all here. A newer file from the same person replaces their earlier answers.
      </p>
      {results && (
        <div className="app-import-results" role="status" aria-labelledby="import-results-heading">
          <h3 className="govuk-heading-s" id="import-results-heading">
            {refused === 0 ? `${results.length === 1 ? 'The file was' : `All ${results.length} files were`} read` : `${refused} of ${results.length} files could not be used`}
          </h3>
          <ul className="govuk-list">
            {results.map((file, index) => (
              <li key={index} className={file.result.ok ? undefined : 'app-import-results__refused'}>
                <strong>{file.fileName}</strong>: {describe(file)}
                {!file.result.ok && file.result.problems.length > 0 && (
                  <ul className="govuk-list govuk-list--bullet">
                    {file.result.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(event) => void bringIn(event)} noValidate>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="response-files">
            Response files
          </label>
          {error && (
            <p id="response-files-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            ref={input}
            className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
            id="response-files"
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby={error ? 'response-files-error' : undefined}
          />
        </div>
        <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
          {busy ? 'Bringing in responses…' : 'Bring in responses'}
        </button>
      </form>
    </section>
  );
}

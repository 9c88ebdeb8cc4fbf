import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { FileOutcome } from '../../operations/local-authority';
import { importSummaryFiles } from '../../operations/local-authority';

function describe(outcome: FileOutcome): string {
  if (outcome.kind === 'refused' || outcome.kind === 'not-newer') return outcome.message;
  const { school, toolkit, selfEvaluation } = outcome.summary;
  const what = `${school.name}’s summary of ${toolkit.title} (${selfEvaluation.date})`;
  return outcome.kind === 'added' ? `${what} was imported.` : `${what} replaces the earlier file of the same self-evaluation.`;
}

/** Many summary files at once, picked or dropped; each is checked on its own, and one that is refused leaves the rest to go in. */
export function ImportSummaries() {
  const input = useRef<HTMLInputElement>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [dragging, setDragging] = useState(false);

  const importFiles = async (files: File[]) => {
    if (files.length === 0) {
      setError('Choose one or more summary files');
      return;
    }
    setBusy(true);
    try {
      setOutcomes(await importSummaryFiles(files));
      setError(null);
      if (input.current) input.current.value = '';
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const bringIn = (event: FormEvent) => {
    event.preventDefault();
    void importFiles([...(input.current?.files ?? [])]);
  };

  // Files dragged from a folder: the browser would otherwise open the first one in place of the page.
  const dragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(false);
    if (!busy) void importFiles([...event.dataTransfer.files]);
  };

  const refused = outcomes?.filter((outcome) => outcome.kind === 'refused').length ?? 0;
  const used = outcomes?.filter((outcome) => outcome.kind === 'added' || outcome.kind === 'replaced').length ?? 0;
  return (
    <section aria-labelledby="import-heading">
      <h2 className="govuk-heading-m" id="import-heading">
        Import summaries
      </h2>
      <p className="govuk-body">
        Choose the summary files schools sent you, as many as you like at once, or drop them from a folder into the dashed box to import them straight away. A newer summary of the same
        self-evaluation replaces the older one; a school’s next self-evaluation is kept as its next round.
      </p>
      {outcomes && (
        <div className="app-import-results" role="status" aria-labelledby="import-results-heading">
          <h3 className="govuk-heading-s" id="import-results-heading">
            {refused === 0
              ? `${used} of ${outcomes.length} ${outcomes.length === 1 ? 'file' : 'files'} imported`
              : `${used} of ${outcomes.length} files imported; ${refused} could not be used`}
          </h3>
          <ul className="govuk-list">
            {outcomes.map((outcome, index) => (
              <li key={index} className={outcome.kind === 'refused' ? 'app-import-results__refused' : undefined}>
                <strong className="app-cell-wrap">{outcome.fileName}</strong>: {describe(outcome)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={bringIn} noValidate>
        <div
          className={`govuk-form-group app-drop-zone${dragging ? ' app-drop-zone--dragging' : ''}${error ? ' govuk-form-group--error' : ''}`}
          data-testid="summary-drop-zone"
          onDragOver={dragOver}
          onDragLeave={(event) => {
            // Moving onto the label or the input inside the box is not leaving it.
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={drop}
        >
          <label className="govuk-label govuk-label--s" htmlFor="summary-files">
            Summary files
          </label>
          {error && (
            <p id="summary-files-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            ref={input}
            className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
            id="summary-files"
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby={error ? 'summary-files-error' : undefined}
          />
        </div>
        <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
          {busy ? 'Importing…' : 'Import summaries'}
        </button>
      </form>
    </section>
  );
}

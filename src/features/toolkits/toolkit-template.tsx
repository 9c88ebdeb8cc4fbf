import { useState } from 'react';
import { saveFile } from '../../lib/save-file';
import { makeToolkitWorkbook } from '../../operations/toolkits';

/** The workbook template: a sheet per part of a toolkit, headings that say what goes in them, and an example row. */
export function ToolkitTemplate({ onFailure }: { onFailure: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await makeToolkitWorkbook(null);
      saveFile(file.blob, file.fileName);
    } catch (error) {
      onFailure(`The template could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="template-heading">
      <h2 className="govuk-heading-m" id="template-heading">
        Write your own toolkit in a spreadsheet
      </h2>
      <p className="govuk-body">
        The template is an Excel workbook with a sheet for each part of a toolkit: the toolkit itself, its scale, sections, statements, suggested actions,
        glossary and questionnaires. Each column’s heading says what goes in it, and each sheet has a filled-in example row to replace.
      </p>
      <p className="govuk-body">To start from one of the toolkits above instead, download it as a workbook and change it. Give a changed toolkit a new version number.</p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void download()} disabled={busy} aria-disabled={busy}>
        {busy ? 'Making the template…' : 'Download the toolkit template'}
      </button>
    </section>
  );
}

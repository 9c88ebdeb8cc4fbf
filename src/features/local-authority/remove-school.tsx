import { useState } from 'react';
import { removeSchoolSummaries } from '../../operations/local-authority';

interface RemoveSchoolProps {
  schoolKey: string;
  schoolName: string;
  count: number;
  onRemoved: (message: string) => void;
}

/** Removes every summary of one school, of every toolkit and round, after asking once. */
export function RemoveSchool({ schoolKey, schoolName, count, onRemoved }: RemoveSchoolProps) {
  const [isAsking, setIsAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summaries = `${count} ${count === 1 ? 'summary' : 'summaries'}`;
  const remove = async () => {
    try {
      const removed = await removeSchoolSummaries(schoolKey);
      onRemoved(`${removed} ${removed === 1 ? 'summary' : 'summaries'} from ${schoolName} removed.`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  if (!isAsking) {
    return (
      <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={() => setIsAsking(true)}>
        Remove {schoolName}’s summaries
      </button>
    );
  }
  return (
    <div role="group" aria-label={`Remove ${schoolName}’s summaries`}>
      <p className="govuk-body">
        Remove all {summaries} from {schoolName}, of every toolkit and round? The roll-up and the showcase will no longer include them. You can
        import the files again.
      </p>
      {error && <p className="govuk-error-message">{error}</p>}
      <div className="app-button-row">
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()} autoFocus>
          Yes, remove {summaries}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setIsAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { formatBytes, readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../lib/storage-persistence';

// Written for a head teacher, not a developer: what it means for their data, and what to do about it.
function describeKept(persisted: boolean | null): string {
  if (persisted === true) return 'Yes. This browser has promised not to clear Reflect’s data to make space.';
  if (persisted === false) return 'No — make a backup regularly. If this computer runs short of space, the browser may clear Reflect’s data.';
  return 'This browser does not say. Make a backup regularly.';
}

function describeUsage(status: StorageStatus): string {
  if (status.usageBytes === null) return 'This browser does not say.';
  const quota = status.quotaBytes === null ? '' : ` (this browser lets Reflect use about ${formatBytes(status.quotaBytes)})`;
  return `${formatBytes(status.usageBytes)}${quota}`;
}

/** Whether the browser will keep our data, and how much space it takes. */
export function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [answer, setAnswer] = useState('');

  useEffect(() => {
    let live = true;
    void readStorageStatus().then((value) => live && setStatus(value));
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    const granted = await requestPersistentStorage();
    setStatus(await readStorageStatus());
    setAnswer(
      granted
        ? 'This browser has promised to keep Reflect’s data.'
        : 'This browser would not promise to keep your data. Browsers decide this for themselves (some only promise it for sites you use often or have installed). Make a backup regularly.',
    );
  };

  return (
    <section aria-labelledby="storage-heading">
      <h2 className="govuk-heading-m" id="storage-heading">
        Storage on this device
      </h2>
      {status === null ? (
        <p className="govuk-body">Checking storage…</p>
      ) : (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Protected from automatic clearing</dt>
            <dd className="govuk-summary-list__value">{describeKept(status.persisted)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Space used</dt>
            <dd className="govuk-summary-list__value">{describeUsage(status)}</dd>
          </div>
        </dl>
      )}
      {status?.persisted === false && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void ask()}>
          Ask this browser to protect Reflect’s data
        </button>
      )}
      <p className="govuk-body" role="status">
        {answer}
      </p>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { formatBytes, readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../lib/storage-persistence';

function describeKept(persisted: boolean | null): string {
  if (persisted === true) return 'Yes. The browser has agreed not to clear Reflect’s data to make space.';
  if (persisted === false) return 'Not guaranteed. If this device runs short of space, the browser may clear Reflect’s data.';
  return 'This browser does not say.';
}

function describeUsage(status: StorageStatus): string {
  if (status.usageBytes === null) return 'This browser does not say.';
  const quota = status.quotaBytes === null ? '' : ` of about ${formatBytes(status.quotaBytes)} the browser allows`;
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
        ? 'The browser agreed to keep Reflect’s data.'
        : 'The browser did not agree. Browsers decide this for themselves (some only agree for sites you use often or have installed). Download backups regularly.',
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
            <dt className="govuk-summary-list__key">Kept by the browser</dt>
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
          Ask the browser to keep Reflect’s data
        </button>
      )}
      <p className="govuk-body" role="status">
        {answer}
      </p>
    </section>
  );
}

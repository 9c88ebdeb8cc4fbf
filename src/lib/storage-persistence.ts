/**
 * Persistent storage: a browser may clear an origin's data when space runs
 * low unless the origin is marked persistent. Browsers decide for themselves
 * (Chromium by engagement, Firefox by asking), so we ask after a user action
 * and show the answer. Backups remain the real safety net.
 */

export interface StorageStatus {
  /** null when the browser does not say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/** Asks the browser to keep our data; resolves to whether it agreed (null if it cannot be asked). */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage?.persist) return null;
  try {
    return await storage.persist();
  } catch {
    return null;
  }
}

/** 1234567 → "1.2 MB"; in the units people see in their file manager. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Storage failures the UI can explain to a person, instead of a silent loss. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'not-found' | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'Your device is out of storage space, so the latest change was not saved. Free some space, then try again. What you typed is still on screen.',
  unavailable:
    'This browser is not letting Reflect save anything (private browsing can do this). What you typed is still on screen, but it will be lost when you close the page.',
  'not-found': 'That audit could not be found. It may have been deleted.',
  unknown: 'Something went wrong while saving. What you typed is still on screen. Try again in a moment.',
};

export class StorageError extends Error {
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, options?: { cause?: unknown }) {
    super(MESSAGES[kind], options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String(error.name);
  return '';
}

/** Maps what IndexedDB and Dexie throw onto the kinds a person can act on. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const inner = error && typeof error === 'object' && 'inner' in error ? errorName(error.inner) : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new StorageError('quota', { cause: error });
  if (['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError'].includes(name)) {
    return new StorageError('unavailable', { cause: error });
  }
  return new StorageError('unknown', { cause: error });
}

/**
 * Storage turned a request down for a reason its message explains to a person
 * (the data would be inconsistent); nothing was changed. Passes through guard as it is.
 */
export class RefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** Runs a storage operation and rethrows any failure as a StorageError, or as the RefusedError it is. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw error instanceof RefusedError ? error : toStorageError(error);
  }
}

import type { StorageErrorKind } from '../../operations/backup';

/**
 * What a failed restore says. Storage's own messages are written for typing
 * ("What you typed is still on screen"); nothing was typed here, and the
 * import is one transaction, so nothing on the device changed.
 */
const MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'There is not enough storage space on this device for this backup. Free some space, then restore it again.',
  unavailable: 'This browser is not letting Reflect save anything (private browsing can do this), so the backup cannot be restored here.',
  'not-found': 'Something on this device changed while you were checking the file. Check the file again.',
  unknown: 'Something went wrong while restoring. Try again in a moment.',
};

export function describeRestoreFailure(failure: unknown): string {
  if (failure && typeof failure === 'object' && 'kind' in failure && typeof failure.kind === 'string' && failure.kind in MESSAGES) {
    return MESSAGES[failure.kind as StorageErrorKind];
  }
  return failure instanceof Error ? failure.message : String(failure);
}

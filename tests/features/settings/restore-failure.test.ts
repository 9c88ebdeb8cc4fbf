import { describe, expect, it } from 'vitest';
import { describeRestoreFailure } from '../../../src/features/settings/restore-failure';
import { ImportConflictError } from '../../../src/storage/backup-store';
import { StorageError } from '../../../src/storage/storage-error';

describe('describeRestoreFailure', () => {
  it('says what happened to a restore, never that typed text is still on screen', () => {
    for (const kind of ['quota', 'unavailable', 'unknown'] as const) {
      const message = describeRestoreFailure(new StorageError(kind));
      expect(message).not.toMatch(/typed/);
      expect(message).not.toBe(new StorageError(kind).message);
    }
    expect(describeRestoreFailure(new StorageError('quota'))).toBe('There is not enough storage space on this device for this backup. Free some space, then restore it again.');
  });

  it('passes on a message already written for the restore', () => {
    expect(describeRestoreFailure(new ImportConflictError(['a']))).toMatch(/changed while you were checking the file/);
  });
});

/**
 * Deleting an audit leaves a tombstone: the audit is marked deleted and keeps
 * everything it owns, so "Recently deleted" can restore it exactly. After this
 * many days it is purged for good.
 */
export const DELETED_AUDITS_KEPT_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;

/** Audits deleted before this time are purged. */
export function purgeDeletedBefore(now: number): number {
  return now - DELETED_AUDITS_KEPT_DAYS * DAY;
}

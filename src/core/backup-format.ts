/**
 * The backup format's identity, kept apart from its zod schema so that code
 * which only writes or recognises backups does not load the validator.
 */
export const BACKUP_FORMAT = 'reflect-backup';

/**
 * Bump on any change to what a backup holds, with an upgrade step in backup-parse.ts.
 * 2: audits carry `deletedAt` (null unless the audit is in "Recently deleted").
 * 3: team self-evaluation: respondents, their responses, agreed ratings and kiosk answer sets
 *    (optional `team` and `invitation` on audits).
 */
export const BACKUP_SCHEMA_VERSION = 3;

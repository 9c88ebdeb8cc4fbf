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
 * 4: the plan through the year: each action's dated reviews, and an optional `carriedFrom` on an
 *    action carried forward from an earlier self-evaluation's plan.
 */
export const BACKUP_SCHEMA_VERSION = 4;

/**
 * The backup file format. A backup is a school's whole record (or one audit
 * with its plan) plus the toolkit definitions those audits were made with, so
 * that an audit opens even where its toolkit is not installed.
 *
 * Contract: any change to what a backup holds (a new field, a new table, a
 * renamed key) bumps BACKUP_SCHEMA_VERSION and adds a step to
 * BACKUP_UPGRADES in backup-parse.ts, so files written by older versions still
 * import. Like the database's version 1, format version 1 has not shipped:
 * until it does, a table may still be added to it without a bump. The record
 * schemas are strict: a field we do not know is an error, never silently
 * dropped. tests/core/backup-schema.test.ts checks at compile time that each
 * schema matches its stored record type exactly.
 */
import { z } from 'zod';
import { NOT_APPLICABLE } from './audit';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './backup-format';
import { toolkitSchema } from './toolkit-schema';

export { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION };

const id = z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const time = z.number().int('must be a whole number').min(0, 'must not be negative');

export const auditRecordSchema = z.strictObject({
  id,
  toolkitId: id,
  toolkitVersion: id,
  school: z.string(),
  title: z.string(),
  date: z.string(),
  participants: z.string(),
  status: z.enum(['in-progress', 'complete']),
  basedOnAuditId: id.nullable(),
  priorityDomainIds: z.array(id),
  createdAt: time,
  updatedAt: time,
});

export const answerRecordSchema = z.strictObject({
  auditId: id,
  indicatorId: id,
  rating: z.union([z.number().int(), z.literal(NOT_APPLICABLE), z.null()], { error: 'must be a level number, "n/a" or null' }),
  note: z.string(),
  updatedAt: time,
});

export const reflectionRecordSchema = z.strictObject({
  auditId: id,
  domainId: id,
  workingWell: z.string(),
  evenBetterIf: z.string(),
  updatedAt: time,
});

export const actionRecordSchema = z.strictObject({
  id,
  auditId: id,
  domainId: id.nullable(),
  indicatorId: id.nullable(),
  action: z.string(),
  successMeasure: z.string(),
  lead: z.string(),
  targetDate: z.string(),
  status: z.enum(['not-started', 'on-track', 'at-risk', 'done']),
  progressNote: z.string(),
  order: z.number(),
  createdAt: time,
  updatedAt: time,
});

export const planReviewRecordSchema = z.strictObject({
  id,
  auditId: id,
  when: z.string(),
  who: z.string(),
  note: z.string(),
  createdAt: time,
  updatedAt: time,
});

export const storedToolkitRecordSchema = z
  .strictObject({ id, version: id, definition: toolkitSchema, storedAt: time })
  .refine((row) => row.definition.id === row.id && row.definition.version === row.version, {
    message: 'the definition inside does not match its id and version',
    path: ['definition'],
  });

const recordsShape = {
  audits: z.array(auditRecordSchema),
  answers: z.array(answerRecordSchema),
  reflections: z.array(reflectionRecordSchema),
  actions: z.array(actionRecordSchema),
  planReviews: z.array(planReviewRecordSchema),
  toolkits: z.array(storedToolkitRecordSchema),
};

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
    appVersion: z.string().regex(/^\d+\.\d+\.\d+/, 'must be a version like 1.0.0'),
    exportedAt: z.iso.datetime({ message: 'must be a date and time like 2026-11-25T10:00:00.000Z' }),
    ...recordsShape,
  })
  .superRefine((backup, ctx) => {
    // Everything must hang together, or an import could leave orphans behind.
    const auditIds = new Set<string>();
    backup.audits.forEach((audit, index) => {
      if (auditIds.has(audit.id)) ctx.addIssue({ code: 'custom', path: ['audits', index, 'id'], message: `duplicate audit id "${audit.id}"` });
      auditIds.add(audit.id);
    });
    const toolkitKeys = new Set<string>();
    backup.toolkits.forEach((toolkit, index) => {
      const key = `${toolkit.id}@${toolkit.version}`;
      if (toolkitKeys.has(key)) ctx.addIssue({ code: 'custom', path: ['toolkits', index], message: `duplicate toolkit ${key}` });
      toolkitKeys.add(key);
    });
    backup.audits.forEach((audit, index) => {
      if (!toolkitKeys.has(`${audit.toolkitId}@${audit.toolkitVersion}`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['audits', index, 'toolkitVersion'],
          message: `the toolkit ${audit.toolkitId} ${audit.toolkitVersion} it was made with is not in the file`,
        });
      }
    });
    const checkChildren = <T extends { auditId: string }>(table: string, rows: readonly T[], keyOf: (row: T) => string) => {
      const keys = new Set<string>();
      rows.forEach((row, index) => {
        if (!auditIds.has(row.auditId)) {
          ctx.addIssue({ code: 'custom', path: [table, index, 'auditId'], message: `belongs to audit "${row.auditId}", which is not in the file` });
        }
        const key = keyOf(row);
        if (keys.has(key)) ctx.addIssue({ code: 'custom', path: [table, index], message: 'appears twice in the file' });
        keys.add(key);
      });
    };
    checkChildren('answers', backup.answers, (row) => JSON.stringify([row.auditId, row.indicatorId]));
    checkChildren('reflections', backup.reflections, (row) => JSON.stringify([row.auditId, row.domainId]));
    checkChildren('actions', backup.actions, (row) => row.id);
    checkChildren('planReviews', backup.planReviews, (row) => row.id);
  });

export type Backup = z.infer<typeof backupSchema>;
export type BackupRecords = Pick<Backup, keyof typeof recordsShape>;
export type StoredToolkitRecord = z.infer<typeof storedToolkitRecordSchema>;

/** The tables a backup carries, in the order they are written. */
export const BACKUP_TABLES = ['audits', 'answers', 'reflections', 'actions', 'planReviews', 'toolkits'] as const satisfies ReadonlyArray<keyof BackupRecords>;

/**
 * The backup file format. A backup is a school's whole record (or one audit
 * with its plan) plus the toolkit definitions those audits were made with, so
 * that an audit opens even where its toolkit is not installed.
 *
 * Contract: any change to what a backup holds (a new field, a new table, a
 * renamed key) bumps BACKUP_SCHEMA_VERSION and adds a step to
 * BACKUP_UPGRADES in backup-parse.ts, so files written by older versions still
 * import. The record schemas are strict: a field we do not know is an error,
 * never silently dropped. tests/core/backup-schema.test.ts checks at compile
 * time that each schema matches its stored record type exactly.
 *
 * Records are also checked against the toolkit the file carries for their
 * audit: a rating off its scale, or an answer or reflection for an indicator
 * or domain it lacks, is refused with its path rather than restored.
 */
import { z } from 'zod';
import { NOT_APPLICABLE } from './audit';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './backup-format';
import { OWNED_TABLE_NAMES, ownedTableRules, type AuditOwnedRows, type AuditOwnedTable } from './backup-tables';
import { REVIEW_SCOPES } from './review-scope';
import { toolkitSchema, type Toolkit } from './toolkit-schema';

export { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION };

const id = z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const time = z.number().int('must be a whole number').min(0, 'must not be negative');
const teamMode = z.enum(['anonymous', 'open']);
const rating = z.union([z.number().int(), z.literal(NOT_APPLICABLE), z.null()], { error: 'must be a level number, "n/a" or null' });

export const auditRecordSchema = z.strictObject({
  id,
  toolkitId: id,
  toolkitVersion: id,
  school: z.string(),
  title: z.string(),
  date: z.string(),
  participants: z.string(),
  status: z.enum(['in-progress', 'complete']),
  scope: z.enum(REVIEW_SCOPES).optional(),
  basedOnAuditId: id.nullable(),
  priorityDomainIds: z.array(id),
  team: z.strictObject({ mode: teamMode, leadGroupId: id }).optional(),
  invitation: z.strictObject({ respondentId: id, respondentName: z.string(), groupId: id, groupTitle: z.string(), mode: teamMode }).optional(),
  createdAt: time,
  updatedAt: time,
  deletedAt: time.nullable(),
});

export const answerRecordSchema = z.strictObject({
  auditId: id,
  indicatorId: id,
  rating,
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
  carriedFrom: z.strictObject({ auditId: id, actionId: id }).optional(),
  createdAt: time,
  updatedAt: time,
});

const isoDate = z.iso.date({ message: 'must be a date like 2027-02-03' });

export const actionReviewRecordSchema = z.strictObject({
  id,
  auditId: id,
  actionId: id,
  reviewedOn: isoDate,
  status: z.enum(['not-started', 'on-track', 'at-risk', 'done']),
  measureMet: z.enum(['met', 'partly', 'not-met']).nullable(),
  note: z.string(),
  evidence: z.string(),
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

export const respondentRecordSchema = z.strictObject({
  auditId: id,
  id,
  name: z.string(),
  groupId: id,
  takesPart: z.enum(['own-device', 'this-device']),
  createdAt: time,
  updatedAt: time,
  removedAt: time.nullable(),
  revealed: z.boolean(),
  finishedAt: time.nullable(),
});

export const responseRecordSchema = z.strictObject({
  auditId: id,
  respondentId: id,
  indicatorId: id,
  rating,
  note: z.string(),
  updatedAt: time,
});

export const agreedRatingRecordSchema = z.strictObject({
  auditId: id,
  indicatorId: id,
  rating,
  reason: z.string(),
  updatedAt: time,
});

export const voiceAnswerRecordSchema = z.strictObject({
  auditId: id,
  id,
  questionnaireId: id,
  answers: z.record(id, z.number().int().min(0)),
  createdAt: time,
  updatedAt: time,
});

export const storedToolkitRecordSchema = z
  .strictObject({ id, version: id, definition: toolkitSchema, storedAt: time })
  .refine((row) => row.definition.id === row.id && row.definition.version === row.version, {
    message: 'the definition inside does not match its id and version',
    path: ['definition'],
  });

/** The schema of each table an audit owns; a table missing here (see backup-tables.ts) fails to compile. */
const ownedRecordSchemas = {
  answers: answerRecordSchema,
  reflections: reflectionRecordSchema,
  actions: actionRecordSchema,
  actionReviews: actionReviewRecordSchema,
  planReviews: planReviewRecordSchema,
  respondents: respondentRecordSchema,
  responses: responseRecordSchema,
  agreedRatings: agreedRatingRecordSchema,
  voiceAnswers: voiceAnswerRecordSchema,
} satisfies { [K in AuditOwnedTable]: z.ZodType<AuditOwnedRows[K]> };

type ArraysOf<T extends Record<string, z.ZodType>> = { [K in keyof T]: z.ZodArray<T[K]> };
const ownedArrays = Object.fromEntries(OWNED_TABLE_NAMES.map((table) => [table, z.array(ownedRecordSchemas[table])])) as ArraysOf<typeof ownedRecordSchemas>;

const recordsShape = {
  audits: z.array(auditRecordSchema),
  ...ownedArrays,
  toolkits: z.array(storedToolkitRecordSchema),
};

type Issue = { path: Array<string | number>; message: string };
type CheckedRecords = z.infer<z.ZodObject<typeof recordsShape>>;

/** Ids are unique, every toolkit an audit was made with is in the file, and every row belongs to an audit in the file. */
function checkLinks(backup: CheckedRecords, report: (issue: Issue) => void): void {
  const auditIds = new Set<string>();
  backup.audits.forEach((audit, index) => {
    if (auditIds.has(audit.id)) report({ path: ['audits', index, 'id'], message: `duplicate audit id "${audit.id}"` });
    auditIds.add(audit.id);
  });
  const toolkitKeys = new Set<string>();
  backup.toolkits.forEach((toolkit, index) => {
    const key = `${toolkit.id}@${toolkit.version}`;
    if (toolkitKeys.has(key)) report({ path: ['toolkits', index], message: `duplicate toolkit ${key}` });
    toolkitKeys.add(key);
  });
  backup.audits.forEach((audit, index) => {
    if (!toolkitKeys.has(`${audit.toolkitId}@${audit.toolkitVersion}`)) {
      report({ path: ['audits', index, 'toolkitVersion'], message: `the toolkit ${audit.toolkitId} ${audit.toolkitVersion} it was made with is not in the file` });
    }
  });
  for (const table of OWNED_TABLE_NAMES) {
    const { keyOf } = ownedTableRules(table);
    const keys = new Set<string>();
    backup[table].forEach((row, index) => {
      if (!auditIds.has(row.auditId)) report({ path: [table, index, 'auditId'], message: `belongs to audit "${row.auditId}", which is not in the file` });
      const key = keyOf(row);
      if (keys.has(key)) report({ path: [table, index], message: 'appears twice in the file' });
      keys.add(key);
    });
  }
  const respondents = new Set(backup.respondents.map((row) => JSON.stringify([row.auditId, row.id])));
  backup.responses.forEach((row, index) => {
    if (!respondents.has(JSON.stringify([row.auditId, row.respondentId]))) {
      report({ path: ['responses', index, 'respondentId'], message: `is from respondent "${row.respondentId}", who is not in the file` });
    }
  });
  const actions = new Set(backup.actions.map((row) => JSON.stringify([row.auditId, row.id])));
  backup.actionReviews.forEach((row, index) => {
    if (!actions.has(JSON.stringify([row.auditId, row.actionId]))) {
      report({ path: ['actionReviews', index, 'actionId'], message: `reviews action "${row.actionId}", which is not in the file's plan for its audit` });
    }
  });
}

const describeScale = (toolkit: Toolkit) => {
  const values = toolkit.scale.levels.map((level) => level.value);
  return `${Math.min(...values)} to ${Math.max(...values)}`;
};

/** Answers and reflections fit the toolkit their audit was made with, as the file carries it. */
function checkAgainstToolkits(backup: CheckedRecords, report: (issue: Issue) => void): void {
  const definitions = new Map(backup.toolkits.map((row) => [`${row.id}@${row.version}`, row.definition]));
  const toolkitOfAudit = new Map(backup.audits.map((audit) => [audit.id, definitions.get(`${audit.toolkitId}@${audit.toolkitVersion}`)]));
  const named = (toolkit: Toolkit) => `the toolkit ${toolkit.id} ${toolkit.version}`;
  const checkRating = (table: 'answers' | 'responses' | 'agreedRatings') => (row: { auditId: string; indicatorId: string; rating: unknown }, index: number) => {
    const toolkit = toolkitOfAudit.get(row.auditId);
    if (!toolkit) return; // Reported by checkLinks.
    if (!toolkit.domains.some((domain) => domain.indicators.some((indicator) => indicator.id === row.indicatorId))) {
      report({ path: [table, index, 'indicatorId'], message: `${named(toolkit)} has no indicator "${row.indicatorId}"` });
    } else if (row.rating === NOT_APPLICABLE && !toolkit.scale.allowNotApplicable) {
      report({ path: [table, index, 'rating'], message: `"${NOT_APPLICABLE}" is not allowed: ${named(toolkit)} has no "not applicable" option` });
    } else if (typeof row.rating === 'number' && !toolkit.scale.levels.some((level) => level.value === row.rating)) {
      report({ path: [table, index, 'rating'], message: `${row.rating} is not a level of ${named(toolkit)}, which rates from ${describeScale(toolkit)}` });
    }
  };
  backup.answers.forEach(checkRating('answers'));
  backup.responses.forEach(checkRating('responses'));
  backup.agreedRatings.forEach(checkRating('agreedRatings'));
  backup.reflections.forEach((reflection, index) => {
    const toolkit = toolkitOfAudit.get(reflection.auditId);
    if (toolkit && !toolkit.domains.some((domain) => domain.id === reflection.domainId)) {
      report({ path: ['reflections', index, 'domainId'], message: `${named(toolkit)} has no domain "${reflection.domainId}"` });
    }
  });
}

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
    appVersion: z.string().regex(/^\d+\.\d+\.\d+/, 'must be a version like 1.0.0'),
    exportedAt: z.iso.datetime({ message: 'must be a date and time like 2026-11-25T10:00:00.000Z' }),
    ...recordsShape,
  })
  .superRefine((backup, ctx) => {
    // Everything must hang together, or an import could leave orphans or scores off the scale behind.
    const report = ({ path, message }: Issue) => ctx.addIssue({ code: 'custom', path, message });
    checkLinks(backup, report);
    checkAgainstToolkits(backup, report);
  });

export type Backup = z.infer<typeof backupSchema>;
export type BackupRecords = Pick<Backup, keyof typeof recordsShape>;
export type StoredToolkitRecord = z.infer<typeof storedToolkitRecordSchema>;

export { BACKUP_TABLES } from './backup-tables';

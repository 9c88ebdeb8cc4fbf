/**
 * The tables a backup carries and, for each table an audit owns, the rules a
 * backup follows for its rows. This is core's side of the registry of record
 * kinds (src/storage/record-kinds.ts), which does not compile unless both
 * list the same tables with the same import rule. Kept free of zod so that
 * writing a backup does not load the validator.
 */
import type { ActionReview } from './action-reviews';
import type { Answer, PlanAction, Reflection } from './audit';
import type { PlanReview } from './plan-reviews';
import type { AgreedRating, Respondent, TeamAnswer, VoiceAnswerSet } from './team';

/** The row type of each table an audit owns. */
export interface AuditOwnedRows {
  answers: Answer;
  reflections: Reflection;
  actions: PlanAction;
  actionReviews: ActionReview;
  planReviews: PlanReview;
  respondents: Respondent;
  responses: TeamAnswer;
  agreedRatings: AgreedRating;
  voiceAnswers: VoiceAnswerSet;
}
export type AuditOwnedTable = keyof AuditOwnedRows;
export type AuditOwnedRow = AuditOwnedRows[AuditOwnedTable];
export type AuditOwnedRecords = { [K in AuditOwnedTable]: Array<AuditOwnedRows[K]> };

/**
 * How an imported row gets a key that is free on this device:
 * - 'follows-audit': the key is the audit's id plus something within the audit
 *   (an indicator, a domain), so it changes exactly when the audit's id does;
 * - 'own-id': the row has a random id of its own, replaced when that id is
 *   already taken here (and for every row of a copy kept beside the original).
 */
export type ImportKey = 'follows-audit' | 'own-id';

export interface OwnedTableRules<Row> {
  importKey: ImportKey;
  /** Tells rows apart within one file: two rows with the same key are refused. Method syntax, so that rules of every table fit one loop. */
  keyOf(row: Row): string;
  /** The order rows are written in, so that two backups of the same data are identical. */
  order(a: Row, b: Row): number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const OWNED_TABLE_RULES = {
  answers: {
    importKey: 'follows-audit',
    keyOf: (row: Answer) => JSON.stringify([row.auditId, row.indicatorId]),
    order: (a: Answer, b: Answer) => byText(a.auditId, b.auditId) || byText(a.indicatorId, b.indicatorId),
  },
  reflections: {
    importKey: 'follows-audit',
    keyOf: (row: Reflection) => JSON.stringify([row.auditId, row.domainId]),
    order: (a: Reflection, b: Reflection) => byText(a.auditId, b.auditId) || byText(a.domainId, b.domainId),
  },
  actions: {
    importKey: 'own-id',
    keyOf: (row: PlanAction) => row.id,
    order: (a: PlanAction, b: PlanAction) => byText(a.auditId, b.auditId) || a.order - b.order || byText(a.id, b.id),
  },
  // A review names its action: an import that gives the action a new id gives the review the same one (see planImport).
  actionReviews: {
    importKey: 'own-id',
    keyOf: (row: ActionReview) => row.id,
    order: (a: ActionReview, b: ActionReview) => byText(a.auditId, b.auditId) || byText(a.actionId, b.actionId) || byText(a.reviewedOn, b.reviewedOn) || a.createdAt - b.createdAt || byText(a.id, b.id),
  },
  planReviews: {
    importKey: 'own-id',
    keyOf: (row: PlanReview) => row.id,
    order: (a: PlanReview, b: PlanReview) => byText(a.auditId, b.auditId) || a.createdAt - b.createdAt || byText(a.id, b.id),
  },
  // A respondent's id is the same on every device that knows them (it is in their invitation and response
  // files), so it is unique only within its audit: the key follows the audit, and their answers follow too.
  respondents: {
    importKey: 'follows-audit',
    keyOf: (row: Respondent) => JSON.stringify([row.auditId, row.id]),
    order: (a: Respondent, b: Respondent) => byText(a.auditId, b.auditId) || a.createdAt - b.createdAt || byText(a.id, b.id),
  },
  responses: {
    importKey: 'follows-audit',
    keyOf: (row: TeamAnswer) => JSON.stringify([row.auditId, row.respondentId, row.indicatorId]),
    order: (a: TeamAnswer, b: TeamAnswer) => byText(a.auditId, b.auditId) || byText(a.respondentId, b.respondentId) || byText(a.indicatorId, b.indicatorId),
  },
  agreedRatings: {
    importKey: 'follows-audit',
    keyOf: (row: AgreedRating) => JSON.stringify([row.auditId, row.indicatorId]),
    order: (a: AgreedRating, b: AgreedRating) => byText(a.auditId, b.auditId) || byText(a.indicatorId, b.indicatorId),
  },
  voiceAnswers: {
    importKey: 'own-id',
    keyOf: (row: VoiceAnswerSet) => row.id,
    order: (a: VoiceAnswerSet, b: VoiceAnswerSet) => byText(a.auditId, b.auditId) || a.createdAt - b.createdAt || byText(a.id, b.id),
  },
} as const satisfies { [K in AuditOwnedTable]: OwnedTableRules<AuditOwnedRows[K]> };

/** The tables whose rows carry an id of their own. */
export type OwnIdTable = { [K in AuditOwnedTable]: (typeof OWNED_TABLE_RULES)[K]['importKey'] extends 'own-id' ? K : never }[AuditOwnedTable];

export const OWNED_TABLE_NAMES = Object.keys(OWNED_TABLE_RULES) as AuditOwnedTable[];

/** The rules for one table, typed so that a loop over every table can use them. */
export function ownedTableRules(table: AuditOwnedTable): OwnedTableRules<AuditOwnedRow> {
  return OWNED_TABLE_RULES[table];
}

/** Every table a backup carries, in the order they are written. */
export const BACKUP_TABLES = ['audits', ...OWNED_TABLE_NAMES, 'toolkits'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

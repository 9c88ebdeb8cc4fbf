import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Answer, Audit, PlanAction, Reflection } from '../../src/core/audit';
import type { PlanReview } from '../../src/core/plan-reviews';
import type { AgreedRating, Respondent, TeamAnswer, VoiceAnswerSet } from '../../src/core/team';
import {
  actionRecordSchema,
  answerRecordSchema,
  auditRecordSchema,
  backupSchema,
  agreedRatingRecordSchema,
  planReviewRecordSchema,
  reflectionRecordSchema,
  respondentRecordSchema,
  responseRecordSchema,
  voiceAnswerRecordSchema,
  storedToolkitRecordSchema,
} from '../../src/core/backup-schema';
import type { StoredToolkit } from '../../src/storage/db';
import { makeBackup, makeRecords } from '../fixtures/backups';

describe('backup record schemas', () => {
  it('match the stored record types exactly, so a new field cannot be left out of backups', () => {
    // Checked by the type checker (npm run typecheck): adding a field to a record
    // type without adding it here fails to compile.
    expectTypeOf<z.infer<typeof auditRecordSchema>>().toEqualTypeOf<Audit>();
    expectTypeOf<z.infer<typeof answerRecordSchema>>().toEqualTypeOf<Answer>();
    expectTypeOf<z.infer<typeof reflectionRecordSchema>>().toEqualTypeOf<Reflection>();
    expectTypeOf<z.infer<typeof actionRecordSchema>>().toEqualTypeOf<PlanAction>();
    expectTypeOf<z.infer<typeof planReviewRecordSchema>>().toEqualTypeOf<PlanReview>();
    // How a toolkit came to a device stays on that device.
    expectTypeOf<z.infer<typeof storedToolkitRecordSchema>>().toEqualTypeOf<Omit<StoredToolkit, 'origin'>>();
    expectTypeOf<z.infer<typeof respondentRecordSchema>>().toEqualTypeOf<Respondent>();
    expectTypeOf<z.infer<typeof responseRecordSchema>>().toEqualTypeOf<TeamAnswer>();
    expectTypeOf<z.infer<typeof agreedRatingRecordSchema>>().toEqualTypeOf<AgreedRating>();
    expectTypeOf<z.infer<typeof voiceAnswerRecordSchema>>().toEqualTypeOf<VoiceAnswerSet>();
  });

  it('accept every kind of record the app writes', () => {
    const records = makeRecords();
    for (const audit of records.audits) expect(auditRecordSchema.parse(audit)).toEqual(audit);
    for (const answer of records.answers) expect(answerRecordSchema.parse(answer)).toEqual(answer);
    for (const action of records.actions) expect(actionRecordSchema.parse(action)).toEqual(action);
    for (const review of records.planReviews) expect(planReviewRecordSchema.parse(review)).toEqual(review);
    expect(backupSchema.parse(makeBackup())).toEqual(makeBackup());
  });

  it('refuse a stored toolkit whose definition has another id or version', () => {
    const [row] = makeRecords().toolkits;
    const result = storedToolkitRecordSchema.safeParse({ ...row, version: '9.9.9' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/does not match its id and version/);
  });
});

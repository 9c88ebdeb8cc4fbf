/**
 * The school summaries a council imports, in their own table: never mixed
 * with this device's own self-evaluations, never in the registry of kinds an
 * audit owns, and not in backups (see DEVICE_ONLY_TABLES). An import is one
 * transaction: the files that are summaries go in together, or none do.
 */
import { planSummaryImport, type FileOutcome, type ImportedSummary } from '../core/imported-summary';
import type { SummaryParseResult } from '../core/school-summary-parse';
import { BaseStore } from './base-store';
import { guard } from './storage-error';

export class SummaryStore extends BaseStore {
  /** Adds the new summaries, replaces any with a newer file of the same self-evaluation, and says what became of each file. */
  importSummaries(files: readonly { fileName: string; result: SummaryParseResult }[]): Promise<FileOutcome[]> {
    const { db } = this;
    const time = this.now();
    return guard(() =>
      db.transaction('rw', db.schoolSummaries, async () => {
        const ids = [...new Set(files.flatMap((file) => (file.result.ok ? [file.result.value.selfEvaluation.id] : [])))];
        const kept = new Map((await db.schoolSummaries.bulkGet(ids)).flatMap((row) => (row ? [[row.selfEvaluationId, row.summary] as const] : [])));
        const plan = planSummaryImport(kept, files, time);
        await db.schoolSummaries.bulkPut(plan.toPut);
        return plan.outcomes;
      }),
    );
  }

  listSummaries(): Promise<ImportedSummary[]> {
    return guard(() => this.db.schoolSummaries.toArray());
  }

  /** One summary, or undefined when it is not (or no longer) here. */
  getSummary(selfEvaluationId: string): Promise<ImportedSummary | undefined> {
    return guard(() => this.db.schoolSummaries.get(selfEvaluationId));
  }

  /** Every summary of one school, whatever toolkit or round. */
  listSchool(schoolKey: string): Promise<ImportedSummary[]> {
    return guard(() => this.db.schoolSummaries.where('schoolKey').equals(schoolKey).toArray());
  }

  /** Removes every summary of one school, all toolkits and rounds; resolves to how many. */
  removeSchool(schoolKey: string): Promise<number> {
    return guard(() => this.db.schoolSummaries.where('schoolKey').equals(schoolKey).delete());
  }
}

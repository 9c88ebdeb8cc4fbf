import type { AnswersByIndicator, Audit } from '../core/audit';
import { auditProgress, type Progress } from '../core/progress';
import type { ReviewScope } from '../core/review-scope';
import type { Toolkit } from '../core/toolkit-schema';
import { getAuditInUse, isInUse } from './audits-in-use';
import { ReflectDatabase } from './db';
import { guard } from './storage-error';
import { keepToolkit, readAuditToolkit } from './toolkit-rows';
import { BaseStore, type StoreOptions } from './base-store';

export interface NewAudit {
  school: string;
  title: string;
  date: string;
  participants: string;
  /** Full unless the team chooses a quick review of core statements. */
  scope?: ReviewScope;
}

export interface AuditSummary {
  audit: Audit;
  toolkitTitle: string;
  progress: Progress;
}

/** All reads and writes of audits go through here, so every failure becomes a StorageError. */
export class AuditStore extends BaseStore {

  constructor(db: ReflectDatabase, options: StoreOptions = {}) {
    super(db, options);
  }

  /** Creates an audit and keeps the toolkit definition it was made with. */
  createAudit(toolkit: Toolkit, details: NewAudit): Promise<Audit> {
    const time = this.now();
    const audit: Audit = {
      id: this.newId(),
      toolkitId: toolkit.id,
      toolkitVersion: toolkit.version,
      school: details.school.trim(),
      title: details.title.trim(),
      date: details.date,
      participants: details.participants.trim(),
      status: 'in-progress',
      scope: details.scope ?? 'full',
      basedOnAuditId: null,
      priorityDomainIds: [],
      createdAt: time,
      updatedAt: time,
      deletedAt: null,
    };
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.toolkits, async () => {
        await keepToolkit(this.db, toolkit, time, { kind: 'audit' });
        await this.db.audits.add(audit);
        return audit;
      }),
    );
  }

  /** The school of the audit in use edited last, or '' when there is none: a new self-evaluation starts with it. */
  lastSchool(): Promise<string> {
    return guard(async () => (await this.db.audits.orderBy('updatedAt').reverse().filter(isInUse).first())?.school ?? '');
  }

  /** Every audit in use with what the audits list shows beside it, most recently edited first. */
  listAuditSummaries(): Promise<AuditSummary[]> {
    return guard(() =>
      this.db.transaction('r', this.db.audits, this.db.answers, this.db.toolkits, async () => {
        const audits = (await this.db.audits.orderBy('updatedAt').reverse().toArray()).filter(isInUse);
        return Promise.all(
          audits.map(async (audit): Promise<AuditSummary> => {
            const toolkit = await readAuditToolkit(this.db, audit);
            const answers = await this.getAnswers(audit.id);
            return {
              audit,
              toolkitTitle: toolkit?.title ?? audit.toolkitId,
              progress: toolkit ? auditProgress(toolkit, answers) : { answered: 0, total: 0 },
            };
          }),
        );
      }),
    );
  }

  /** Undefined when there is no such audit, or it has been deleted (see audits-in-use.ts). */
  getAudit(auditId: string): Promise<Audit | undefined> {
    return guard(() => getAuditInUse(this.db, auditId));
  }

  /** The definition an audit uses, narrowed to core statements for a quick review. */
  getToolkit(toolkitId: string, version: string, scope?: ReviewScope): Promise<Toolkit | undefined> {
    return guard(() => readAuditToolkit(this.db, { toolkitId, toolkitVersion: version, scope }));
  }

  getAnswers(auditId: string): Promise<AnswersByIndicator> {
    return guard(async () => {
      const rows = await this.db.answers.where('auditId').equals(auditId).toArray();
      return Object.fromEntries(rows.map((row) => [row.indicatorId, { rating: row.rating, note: row.note }]));
    });
  }
}

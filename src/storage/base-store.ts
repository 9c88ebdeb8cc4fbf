import type { ReflectDatabase } from './db';

export interface StoreOptions {
  /** The clock, replaced in tests. */
  now?: () => number;
  /** New record ids, replaced in tests; random UUIDs otherwise, so records from two devices never clash. */
  newId?: () => string;
}

/** What every store shares: the app's one database, a clock and an id maker. */
export abstract class BaseStore {
  readonly db: ReflectDatabase;
  protected readonly now: () => number;
  protected readonly newId: () => string;

  constructor(db: ReflectDatabase, options: StoreOptions = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }
}

/** The app's single store, opened lazily so that a page which never touches storage never opens IndexedDB. */
import { AuditLifecycleStore } from './audit-lifecycle-store';
import { AuditStore } from './audit-store';
import { ReflectDatabase } from './db';

let store: AuditStore | undefined;

export function getStore(): AuditStore {
  if (!store) {
    store = new AuditStore(new ReflectDatabase());
    // Opening storage is when audits deleted too long ago are purged; a failure only means they wait for the next time.
    void new AuditLifecycleStore(store.db).purgeExpired().catch(() => undefined);
  }
  return store;
}

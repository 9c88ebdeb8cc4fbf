/** The app's single store, opened lazily so that a page which never touches storage never opens IndexedDB. */
import { AuditStore } from './audit-store';
import { ReflectDatabase } from './db';

let store: AuditStore | undefined;

export function getStore(): AuditStore {
  store ??= new AuditStore(new ReflectDatabase());
  return store;
}

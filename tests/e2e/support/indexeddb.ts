import type { Page } from '@playwright/test';

export type Tables = Record<string, unknown[]>;

/** Every record in the app's IndexedDB, read straight from the browser (not through the app). */
export function readAllTables(page: Page, except: readonly string[] = ['settings']): Promise<Tables> {
  return page.evaluate(async (skip) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('reflect');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((name) => !skip.includes(name));
    const tables: Record<string, unknown[]> = {};
    for (const name of names) {
      tables[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return tables;
  }, except);
}

/** Makes this page's IndexedDB writes fail, as they do on a full disk, until freeDisk. */
export async function fillDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

export async function freeDisk(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
}

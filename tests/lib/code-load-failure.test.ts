import { describe, expect, it } from 'vitest';
import { claimReload, isCodeLoadFailure } from '../../src/lib/code-load-failure';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('isCodeLoadFailure', () => {
  it.each([
    'Failed to fetch dynamically imported module: http://localhost/assets/meeting-page-Bp.js',
    'error loading dynamically imported module: http://localhost/assets/a.js',
    'Importing a module script failed.',
    'Unable to preload CSS for /assets/plan.css',
  ])('knows the browsers’ words: %s', (message) => {
    expect(isCodeLoadFailure(new TypeError(message))).toBe(true);
  });

  it('leaves other errors, and things that are not errors, alone', () => {
    expect(isCodeLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isCodeLoadFailure('Failed to fetch dynamically imported module')).toBe(false);
    expect(isCodeLoadFailure(undefined)).toBe(false);
  });
});

describe('claimReload', () => {
  const page = 'http://localhost/audits/a/meeting';

  it('allows one reload per address, then not again within the window', () => {
    const storage = new MemoryStorage();
    expect(claimReload(storage, page, 1_000)).toBe(true);
    expect(claimReload(storage, page, 5_000)).toBe(false);
    expect(claimReload(storage, page, 30_999)).toBe(false);
  });

  it('allows another once the window has passed, or for another address', () => {
    const storage = new MemoryStorage();
    expect(claimReload(storage, page, 1_000)).toBe(true);
    expect(claimReload(storage, 'http://localhost/settings', 2_000)).toBe(true);
    expect(claimReload(storage, page, 3_000)).toBe(true);
    expect(claimReload(storage, page, 20_000)).toBe(false);
    expect(claimReload(storage, page, 33_000)).toBe(true);
  });

  it('allows a reload when the note is from a clock that went back, or is not ours', () => {
    const storage = new MemoryStorage();
    expect(claimReload(storage, page, 50_000)).toBe(true);
    expect(claimReload(storage, page, 10_000)).toBe(true);
    storage.setItem('reflect:reloaded-for-code', 'something else');
    expect(claimReload(storage, page, 10_500)).toBe(true);
    expect(claimReload(storage, page, 11_000)).toBe(false);
  });

  it('never reloads without somewhere to note it, so that it cannot loop', () => {
    expect(claimReload(undefined, page, 1_000)).toBe(false);
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(claimReload(full, page, 1_000)).toBe(false);
  });
});

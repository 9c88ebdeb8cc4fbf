import { describe, expect, it, vi } from 'vitest';
import { createUpdateTracker } from '../../src/app/update-tracker';

function makeTracker() {
  const actions = { activateWaiting: vi.fn(), reload: vi.fn() };
  const tracker = createUpdateTracker(actions);
  const seen: string[] = [];
  tracker.subscribe(() => seen.push(tracker.getState()));
  return { tracker, actions, seen };
}

describe('createUpdateTracker', () => {
  it('offers a waiting version and reloads only after the person accepts and the new version is in control', () => {
    const { tracker, actions, seen } = makeTracker();
    tracker.noteWaiting();
    expect(tracker.getState()).toBe('available');
    tracker.accept();
    expect(actions.activateWaiting).toHaveBeenCalledOnce();
    expect(actions.reload).not.toHaveBeenCalled();
    tracker.noteControllerChange(true);
    expect(actions.reload).toHaveBeenCalledOnce();
    expect(seen).toEqual(['available']);
  });

  it('never reloads when another tab accepted the update: it says so instead', () => {
    const { tracker, actions } = makeTracker();
    tracker.noteWaiting();
    tracker.noteControllerChange(true);
    expect(tracker.getState()).toBe('updated-elsewhere');
    expect(actions.reload).not.toHaveBeenCalled();
    // Reloading is then the person's choice, and needs no waiting worker.
    tracker.accept();
    expect(actions.activateWaiting).not.toHaveBeenCalled();
    expect(actions.reload).toHaveBeenCalledOnce();
  });

  it('treats the first install taking control of an uncontrolled page as no update at all', () => {
    const { tracker, actions, seen } = makeTracker();
    tracker.noteControllerChange(false);
    expect(tracker.getState()).toBe('current');
    expect(actions.reload).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
  });

  it('notices a new version taking over a page that was already controlled, even if its waiting went unseen', () => {
    const { tracker } = makeTracker();
    tracker.noteControllerChange(true);
    expect(tracker.getState()).toBe('updated-elsewhere');
  });

  it('stays quiet after "Not now" until the new version takes over elsewhere', () => {
    const { tracker } = makeTracker();
    tracker.noteWaiting();
    tracker.dismiss();
    expect(tracker.getState()).toBe('dismissed');
    tracker.noteWaiting();
    expect(tracker.getState()).toBe('dismissed');
    tracker.noteControllerChange(true);
    expect(tracker.getState()).toBe('updated-elsewhere');
  });
});

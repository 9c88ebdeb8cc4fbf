/**
 * What the page knows about a new version of Reflect, kept outside React so
 * that there is one answer per page however often the layout re-renders.
 *
 * The rule: the page reloads only because the person in it asked to. When a
 * new version takes over because someone accepted it in another tab, this
 * tab keeps running (and keeps what is being typed) and says so instead.
 */
export type UpdateState =
  /** Running the newest version we know of. */
  | 'current'
  /** A new version is installed and waiting; this page can switch when its user is ready. */
  | 'available'
  /** The person dismissed the offer for now. */
  | 'dismissed'
  /** Another tab switched to the new version; this page still runs the old code until it reloads. */
  | 'updated-elsewhere';

export interface UpdateTracker {
  getState(): UpdateState;
  subscribe(listener: () => void): () => void;
  /** The new version is waiting. */
  noteWaiting(): void;
  /**
   * A service worker has taken control of this page. `wasControlled` says
   * whether another one controlled it before: if not, and no new version was
   * waiting, this is just the first install taking charge, not an update.
   */
  noteControllerChange(wasControlled: boolean): void;
  /** The person chose to reload now. */
  accept(): void;
  dismiss(): void;
}

export interface UpdateActions {
  /** Tells the waiting version to take over (it then takes control, and noteControllerChange follows). */
  activateWaiting: () => void;
  reload: () => void;
}

export function createUpdateTracker(actions: UpdateActions): UpdateTracker {
  let state: UpdateState = 'current';
  let acceptedHere = false;
  const listeners = new Set<() => void>();
  const setState = (next: UpdateState) => {
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener());
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    noteWaiting() {
      if (state === 'current') setState('available');
    },
    noteControllerChange(wasControlled) {
      if (acceptedHere) actions.reload();
      else if (wasControlled || state !== 'current') setState('updated-elsewhere');
    },
    accept() {
      if (state === 'updated-elsewhere') {
        actions.reload();
        return;
      }
      acceptedHere = true;
      actions.activateWaiting();
    },
    dismiss() {
      if (state === 'available') setState('dismissed');
    },
  };
}

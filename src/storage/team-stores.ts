/** The page's team store, opened lazily on the app's one database. */
import { getStore } from './store';
import { TeamStore } from './team-store';

let teamStore: TeamStore | undefined;

export function getTeamStore(): TeamStore {
  teamStore ??= new TeamStore(getStore().db);
  return teamStore;
}

/** The plan's stores share the app's one database connection, so live queries see every write. */
import { ActionStore } from './action-store';
import { PlanReviewStore } from './plan-review-store';
import { getStore } from './store';

let actions: ActionStore | undefined;
let reviews: PlanReviewStore | undefined;

export function getActionStore(): ActionStore {
  actions ??= new ActionStore(getStore().db);
  return actions;
}

export function getPlanReviewStore(): PlanReviewStore {
  reviews ??= new PlanReviewStore(getStore().db);
  return reviews;
}

/** The plan's stores share the app's one database connection, so live queries see every write. */
import { ActionReviewStore } from './action-review-store';
import { ActionStore } from './action-store';
import { PlanReviewStore } from './plan-review-store';
import { getStore } from './store';

let actions: ActionStore | undefined;
let reviews: PlanReviewStore | undefined;
let actionReviews: ActionReviewStore | undefined;

export function getActionStore(): ActionStore {
  actions ??= new ActionStore(getStore().db);
  return actions;
}

export function getPlanReviewStore(): PlanReviewStore {
  reviews ??= new PlanReviewStore(getStore().db);
  return reviews;
}

export function getActionReviewStore(): ActionReviewStore {
  actionReviews ??= new ActionReviewStore(getStore().db);
  return actionReviews;
}

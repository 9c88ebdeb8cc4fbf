/** What a development plan action can say, and the words people see for it. */
import type { ActionStatus, PlanAction } from './audit';

export const ACTION_STATUSES: readonly ActionStatus[] = ['not-started', 'on-track', 'at-risk', 'done'];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  done: 'Done',
};

/** The fields a person writes; the rest (id, audit, order, times) the store manages. */
export type ActionFields = Pick<PlanAction, 'domainId' | 'indicatorId' | 'action' | 'successMeasure' | 'lead' | 'targetDate' | 'status' | 'progressNote'> & Pick<Partial<PlanAction>, 'carriedFrom'>;

export const EDITABLE_ACTION_FIELDS = ['domainId', 'action', 'successMeasure', 'lead', 'targetDate', 'status', 'progressNote'] as const;

export type EditableActionField = (typeof EDITABLE_ACTION_FIELDS)[number];

export function blankAction(domainId: string | null = null): ActionFields {
  return { domainId, indicatorId: null, action: '', successMeasure: '', lead: '', targetDate: '', status: 'not-started', progressNote: '' };
}

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}

/** Lower order first; equal orders (two tabs adding at once) fall back to creation time, then id. */
export function compareActions(a: Pick<PlanAction, 'order' | 'createdAt' | 'id'>, b: Pick<PlanAction, 'order' | 'createdAt' | 'id'>): number {
  return a.order - b.order || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

/** The order for an action added at the end of the plan. */
export function nextActionOrder(actions: readonly Pick<PlanAction, 'order'>[]): number {
  return actions.reduce((max, action) => Math.max(max, action.order + 1), 0);
}

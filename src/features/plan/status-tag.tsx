import type { ActionStatus } from '../../core/audit';
import { ACTION_STATUS_LABELS } from '../../core/plan-actions';

const COLOUR: Record<ActionStatus, string> = {
  'not-started': 'govuk-tag--grey',
  'on-track': 'govuk-tag--green',
  'at-risk': 'govuk-tag--red',
  done: 'govuk-tag--blue',
};

export function StatusTag({ status }: { status: ActionStatus }) {
  return <strong className={`govuk-tag ${COLOUR[status]}`}>{ACTION_STATUS_LABELS[status]}</strong>;
}

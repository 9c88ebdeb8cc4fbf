import { useEffect, useRef, type ReactNode } from 'react';
import type { ActionReview } from '../../core/action-reviews';
import type { PlanAction } from '../../core/audit';
import { formatDate } from '../../core/format-date';
import type { MoveDirection } from '../../core/plan-order';
import { ActionEditor, type DomainOption } from './action-editor';
import { ActionHistory } from './action-history';
import { StatusTag } from './status-tag';

export type FocusField = 'title' | 'action' | 'domainId';

export interface ActionCardProps {
  action: PlanAction;
  /** Its reviews, oldest first: the latest says its status. */
  history: readonly ActionReview[];
  number: number;
  domainId: string | null;
  indicator: string;
  isFirst: boolean;
  isLast: boolean;
  isEditing: boolean;
  focusField: FocusField | null;
  domains: readonly DomainOption[];
  /** Where an action carried forward from an earlier plan came from; null for one written in this plan. */
  carriedFrom: ReactNode;
  onEdit: () => void;
  onClose: () => void;
  onDomainChange: () => void;
  onMove: (direction: MoveDirection) => void;
  onDelete: () => void;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-plan-text">{children}</dd>
    </div>
  );
}

const notYet = <span className="app-plan-empty">Not written yet</span>;

/** One action: read it, or edit it in place. Moving keeps focus on the button pressed (aria-disabled, never disabled). */
export function ActionCard(props: ActionCardProps) {
  const { action, history, number, isFirst, isLast, isEditing } = props;
  const latest = history.at(-1) ?? null;
  const move = (direction: MoveDirection, blocked: boolean) => () => !blocked && props.onMove(direction);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusField === 'title') title.current?.focus();
  }, [props.focusField]);
  return (
    <li className="govuk-summary-card app-plan-card" id={`action-${action.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title" ref={title} tabIndex={-1}>
          Action {number}
        </h4>
        <ul className="govuk-summary-card__actions">
          {!isEditing && (
            <li className="govuk-summary-card__action">
              <button type="button" className="app-link-button" onClick={props.onEdit}>
                Edit<span className="govuk-visually-hidden"> action {number}</span>
              </button>
            </li>
          )}
          <li className="govuk-summary-card__action">
            <button type="button" className="app-link-button" aria-disabled={isFirst} onClick={move('up', isFirst)}>
              Move up<span className="govuk-visually-hidden"> action {number}</span>
            </button>
          </li>
          <li className="govuk-summary-card__action">
            <button type="button" className="app-link-button" aria-disabled={isLast} onClick={move('down', isLast)}>
              Move down<span className="govuk-visually-hidden"> action {number}</span>
            </button>
          </li>
          <li className="govuk-summary-card__action">
            <button type="button" className="app-link-button" onClick={props.onDelete}>
              Delete<span className="govuk-visually-hidden"> action {number}</span>
            </button>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        {props.carriedFrom}
        {isEditing ? (
          <ActionEditor
            action={action}
            latestReview={latest}
            number={number}
            domainId={props.domainId}
            domains={props.domains}
            focusField={props.focusField === 'title' ? null : props.focusField}
            onDomainChange={props.onDomainChange}
            onClose={props.onClose}
          />
        ) : (
          <dl className="govuk-summary-list govuk-!-margin-bottom-0">
            <Row label="Action">{action.action || notYet}</Row>
            <Row label="Success measure">{action.successMeasure || notYet}</Row>
            <Row label="Lead">{action.lead || notYet}</Row>
            <Row label="Target date">{formatDate(action.targetDate) || notYet}</Row>
            <Row label="Status">
              <StatusTag status={latest?.status ?? action.status} />
              {action.progressNote && <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{action.progressNote}</p>}
            </Row>
            {props.indicator && <Row label="Addresses">{props.indicator}</Row>}
            {latest && (
              <Row label="Reviews, latest first">
                <ActionHistory history={history} number={number} />
              </Row>
            )}
          </dl>
        )}
      </div>
    </li>
  );
}


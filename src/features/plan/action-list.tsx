import type { PlanAction } from '../../core/audit';
import type { PlanGroup } from '../../core/plan-groups';
import type { MoveDirection } from '../../core/plan-order';
import type { Toolkit } from '../../core/toolkit-schema';
import { ActionCard, type FocusField } from './action-card';
import type { DomainOption } from './action-editor';

interface ActionListProps {
  toolkit: Toolkit;
  groups: readonly PlanGroup[];
  domains: readonly DomainOption[];
  editing: ReadonlySet<string>;
  focus: { id: string; field: FocusField } | null;
  onEdit: (actionId: string) => void;
  onClose: (actionId: string) => void;
  onDomainChange: (actionId: string) => void;
  onMove: (actionId: string, direction: MoveDirection) => void;
  onDelete: (action: PlanAction, number: number) => void;
}

/** The plan's actions by domain, priority domains first, numbered through the plan as in the PDF. */
export function ActionList({ toolkit, groups, domains, editing, focus, ...handlers }: ActionListProps) {
  const statements = new Map(toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => [indicator.id, indicator.statement])));
  let number = 0;
  return groups.map((group) => (
    <section key={group.domainId ?? 'whole-school'} aria-labelledby={`group-${group.domainId ?? 'whole-school'}`}>
      <h3 className="govuk-heading-m govuk-!-margin-top-6" id={`group-${group.domainId ?? 'whole-school'}`}>
        {group.title}
        {group.isPriority && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-2 app-plan-priority">Priority</strong>}
      </h3>
      <ol className="govuk-list app-plan-list">
        {group.actions.map((action, index) => {
          number += 1;
          const actionNumber = number;
          return (
            <ActionCard
              key={action.id}
              action={action}
              number={actionNumber}
              domainId={group.domainId}
              indicator={(action.indicatorId && statements.get(action.indicatorId)) || ''}
              isFirst={index === 0}
              isLast={index === group.actions.length - 1}
              isEditing={editing.has(action.id)}
              focusField={focus?.id === action.id ? focus.field : null}
              domains={domains}
              onEdit={() => handlers.onEdit(action.id)}
              onClose={() => handlers.onClose(action.id)}
              onDomainChange={() => handlers.onDomainChange(action.id)}
              onMove={(direction) => handlers.onMove(action.id, direction)}
              onDelete={() => handlers.onDelete(action, actionNumber)}
            />
          );
        })}
      </ol>
    </section>
  ));
}

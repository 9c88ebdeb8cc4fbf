import { historyOf, type ActionReview } from '../../core/action-reviews';
import type { PlanAction } from '../../core/audit';
import { describeCarriedFrom } from '../../core/carry-forward';
import type { PlanGroup } from '../../core/plan-groups';
import type { MoveDirection } from '../../core/plan-order';
import type { Toolkit } from '../../core/toolkit-schema';
import { ActionCard, type FocusField } from './action-card';
import type { DomainOption } from './action-editor';
import { CarriedFromNote } from './carried-from-note';

interface ActionListProps {
  toolkit: Toolkit;
  groups: readonly PlanGroup[];
  actionReviews: readonly ActionReview[];
  domains: readonly DomainOption[];
  /** Titles of the earlier self-evaluations actions were carried forward from (see PlanSources). */
  earlierTitles: Readonly<Record<string, string>>;
  editing: ReadonlySet<string>;
  focus: { id: string; field: FocusField } | null;
  onEdit: (actionId: string) => void;
  onClose: (actionId: string) => void;
  onDomainChange: (actionId: string) => void;
  onMove: (actionId: string, direction: MoveDirection) => void;
  onDelete: (action: PlanAction, number: number) => void;
}

/**
 * The plan's actions in the order the team chose, under their section's title
 * (a section appears again where an action was moved between two of another),
 * numbered through the plan as in the PDF. Any action moves up or down the
 * whole plan: only the first cannot move up, only the last down.
 */
export function ActionList({ toolkit, groups, actionReviews, domains, earlierTitles, editing, focus, ...handlers }: ActionListProps) {
  const statements = new Map(toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => [indicator.id, indicator.statement])));
  const total = groups.reduce((count, group) => count + group.actions.length, 0);
  let number = 0;
  return groups.map((group, groupIndex) => (
    <section key={`${groupIndex}-${group.domainId ?? 'whole-school'}`} aria-labelledby={`group-${groupIndex}`}>
      <h3 className="govuk-heading-m govuk-!-margin-top-6" id={`group-${groupIndex}`}>
        {group.title}
        {group.isPriority && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-2 app-plan-priority">Priority</strong>}
      </h3>
      <ol className="govuk-list app-plan-list">
        {group.actions.map((action) => {
          number += 1;
          const actionNumber = number;
          const carriedFrom = describeCarriedFrom(action, earlierTitles);
          return (
            <ActionCard
              key={action.id}
              action={action}
              history={historyOf(actionReviews, action.id)}
              number={actionNumber}
              domainId={group.domainId}
              indicator={(action.indicatorId && statements.get(action.indicatorId)) || ''}
              isFirst={actionNumber === 1}
              isLast={actionNumber === total}
              isEditing={editing.has(action.id)}
              focusField={focus?.id === action.id ? focus.field : null}
              domains={domains}
              carriedFrom={carriedFrom && <CarriedFromNote line={carriedFrom} />}
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

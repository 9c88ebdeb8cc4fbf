import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { QuestionnaireLinks } from '../../components/questionnaire-links';
import { ErrorSummary } from '../../components/error-summary';
import type { PlanAction } from '../../core/audit';
import { blankAction } from '../../core/plan-actions';
import { groupPlanActions, planDomainOrder } from '../../core/plan-groups';
import { moveAction, sortPlan, type MoveDirection } from '../../core/plan-order';
import type { PlanSources } from '../../core/plan-report';
import { useSaveStatus } from '../../hooks/save-status';
import { paths } from '../../lib/paths';
import { saveEditsNow } from '../../operations/answers';
import { addAction, deleteAction, reorderActions, undoDeleteAction } from '../../operations/plan';
import type { FocusField } from './action-card';
import { ActionList } from './action-list';
import { AddAction } from './add-action';
import { DueActionsPanel } from './due-actions-panel';
import { ExportPlan } from './export-plan';
import { ReviewList } from './review-list';
import { UndoBanner, type Undoable } from './undo-banner';

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function PlanEditor({ sources }: { sources: PlanSources }) {
  const { audit, toolkit, actions } = sources;
  // Arriving from "Add to plan" opens that action for editing.
  const opened = (useLocation().state as { editActionId?: string } | null)?.editActionId;
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set(opened ? [opened] : []));
  const [focus, setFocus] = useState<{ id: string; field: FocusField } | null>(opened ? { id: opened, field: 'title' } : null);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  // Typing into an action that another tab deleted: its editor has gone with it, so the page says what was lost.
  const saving = useSaveStatus({ auditId: audit.id });
  const lost = saving.state === 'failed' && !saving.canRetry ? saving.message : null;

  const groups = groupPlanActions(toolkit, audit.priorityDomainIds, actions);
  const domains = planDomainOrder(toolkit, audit.priorityDomainIds).map((id) => {
    const domain = toolkit.domains.find((candidate) => candidate.id === id)!;
    return { id, title: domain.title, isPriority: audit.priorityDomainIds.includes(id) };
  });
  const setOpen = (actionId: string, open: boolean) =>
    setEditing((current) => {
      const next = new Set(current);
      if (open) next.add(actionId);
      else next.delete(actionId);
      return next;
    });
  const run = (work: () => Promise<void>) => {
    setFailure(null);
    work().catch((error: unknown) => setFailure(errorMessage(error)));
  };

  const add = (domainId: string | null) =>
    run(async () => {
      const action = await addAction(audit.id, blankAction(domainId));
      setOpen(action.id, true);
      setFocus({ id: action.id, field: 'action' });
    });
  const move = (actionId: string, direction: MoveDirection) =>
    run(async () => {
      await reorderActions(audit.id, moveAction(actions, actionId, direction));
      const position = sortPlan(actions).findIndex((action) => action.id === actionId) + (direction === 'up' ? 0 : 2);
      setAnnouncement(`Moved ${direction}. It is now action ${position}.`);
    });
  const remove = (action: PlanAction, number: number) =>
    run(async () => {
      // What was typed into the action is saved first, so that undo brings it back too.
      await saveEditsNow();
      const deleted = await deleteAction(action.id);
      setOpen(action.id, false);
      setUndoable({
        message: `Action ${number} deleted${action.action ? `: “${action.action.slice(0, 80)}${action.action.length > 80 ? '…' : ''}”` : ''}.`,
        undo: async () => {
          await undoDeleteAction(deleted);
          setFocus({ id: deleted.action.id, field: 'title' });
        },
      });
    });

  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Development plan</h1>
      <p className="govuk-body-l">Agree what you will do about the areas to develop, who leads each action and by when. Everything is saved as you type.</p>
      {actions.length > 0 && (
        <Link className="govuk-button govuk-button--secondary" to={paths.planReview(audit.id)}>
          Review the plan
        </Link>
      )}
      <ExportPlan sources={sources} />
      <DueActionsPanel actions={actions} actionReviews={sources.actionReviews} />
      <p className="govuk-visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorSummary title="That change was not saved" description={failure ?? lost} />
      <UndoBanner
        item={undoable}
        onUndo={() => undoable && run(async () => (await undoable.undo(), setUndoable(null)))}
        onDismiss={() => setUndoable(null)}
      />
      <h2 className="govuk-heading-l govuk-!-margin-top-6">Actions</h2>
      {actions.length === 0 ? (
        <p className="govuk-inset-text">There are no actions in the plan yet. Start from the actions suggested by your ratings, or add your own.</p>
      ) : (
        <p className="govuk-body">Actions for your priority sections come first; you can move any action.</p>
      )}
      <ActionList
        toolkit={toolkit}
        groups={groups}
        actionReviews={sources.actionReviews}
        domains={domains}
        earlierTitles={sources.earlierTitles ?? {}}
        editing={editing}
        focus={focus}
        onEdit={(id) => (setOpen(id, true), setFocus({ id, field: 'action' }))}
        onClose={(id) => (setOpen(id, false), setFocus({ id, field: 'title' }))}
        onDomainChange={(id) => setFocus({ id, field: 'domainId' })}
        onMove={move}
        onDelete={remove}
      />
      <div className="app-plan-adding govuk-!-margin-top-6">
        <p className="govuk-body">
          <Link className="govuk-button govuk-!-margin-bottom-0" to={paths.planSuggestions(audit.id)}>
            Add actions suggested by your ratings
          </Link>
        </p>
        <AddAction domains={domains} onAdd={add} />
      </div>
      <ReviewList auditId={audit.id} reviews={sources.reviews} onDeleted={setUndoable} onFailure={setFailure} />
      <QuestionnaireLinks auditId={audit.id} toolkit={toolkit} />
    </>
  );
}

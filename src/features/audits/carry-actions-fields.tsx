import { useState } from 'react';
import type { CarryOffer } from '../../core/carry-forward';

interface CarryActionsFieldsProps {
  sourceTitle: string;
  offers: readonly CarryOffer[];
  /** The offered actions the person has unticked: every other one is carried, so one added meanwhile starts ticked. */
  unticked: ReadonlySet<string>;
  onChange: (unticked: ReadonlySet<string>) => void;
}

/**
 * The earlier plan's unfinished actions, each ticked to be carried into the
 * new plan (all are to begin with), with buttons to tick all or none. Each
 * says what it is, its section, where it stands and what its latest review
 * said, so the choice can be made without opening the earlier plan.
 */
export function CarryActionsFields({ sourceTitle, offers, unticked, onChange }: CarryActionsFieldsProps) {
  // Said when all or none are ticked at once, as the boxes change out of sight of a screen reader.
  const [announcement, setAnnouncement] = useState('');
  if (offers.length === 0) return null;
  const toggle = (actionId: string, carried: boolean) => {
    const next = new Set(unticked);
    if (carried) next.delete(actionId);
    else next.add(actionId);
    onChange(next);
  };
  const tickAll = (carried: boolean) => {
    onChange(new Set(carried ? [] : offers.map((offer) => offer.actionId)));
    setAnnouncement(carried ? `All ${offers.length} actions ticked.` : 'No actions ticked.');
  };
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="carry-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Carry these unfinished actions into the new plan</h2>
        </legend>
        <div id="carry-hint" className="govuk-hint">
          These actions in ‘{sourceTitle}’ are not done yet. Each one ticked goes into the new plan at the status it has now, linked back to where it came
          from; agree its target date and record its progress afresh.
        </div>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => tickAll(true)}>
            Select all
          </button>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => tickAll(false)}>
            Select none
          </button>
        </div>
        <p className="govuk-visually-hidden" role="status">
          {announcement}
        </p>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {offers.map((offer) => {
            const id = `carry-${offer.actionId}`;
            return (
              <div className="govuk-checkboxes__item" key={offer.actionId}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  type="checkbox"
                  checked={!unticked.has(offer.actionId)}
                  onChange={(event) => toggle(offer.actionId, event.target.checked)}
                  aria-describedby={`${id}-hint`}
                />
                <label className="govuk-label govuk-checkboxes__label app-pre-wrap" htmlFor={id}>
                  {offer.action || 'Action not written yet'}
                </label>
                <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                  {offer.section}. Status: {offer.statusLabel}.
                  {offer.latestNote && <span className="app-pre-wrap"> Latest review: {offer.latestNote}</span>}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

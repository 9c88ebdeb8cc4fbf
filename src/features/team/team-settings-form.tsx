import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import type { Audit } from '../../core/audit';
import type { RespondentGroup, TeamMode } from '../../core/team';
import { groupTitle } from '../../core/team-ratings';
import { saveTeamSettings } from '../../operations/team';

const MODES: { value: TeamMode; label: string; hint: string }[] = [
  {
    value: 'anonymous',
    label: 'Anonymously',
    hint: 'Results show how many people chose each level, never who chose it. People tend to rate more honestly this way.',
  },
  { value: 'open', label: 'By name', hint: 'Results show who gave which rating. Only choose this if everyone taking part has agreed to it.' },
];

/** How the team's results are shown and which group the lead's own ratings count in: asked once, changeable later. */
export function TeamSettingsForm({ audit, groups, leadRated }: { audit: Audit; groups: readonly RespondentGroup[]; leadRated: number }) {
  const [isOpen, setIsOpen] = useState(!audit.team);
  const [mode, setMode] = useState<TeamMode>(audit.team?.mode ?? 'anonymous');
  const [groupId, setGroupId] = useState(audit.team?.leadGroupId ?? groups[0]!.id);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveTeamSettings(audit.id, { mode, leadGroupId: groupId });
      setFailure(null);
      setIsOpen(false);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  if (audit.team && !isOpen) {
    return (
      <>
        <dl className="govuk-summary-list govuk-!-margin-bottom-4">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Ratings are shown</dt>
            <dd className="govuk-summary-list__value">{MODES.find((option) => option.value === audit.team!.mode)?.label}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Your own ratings count in</dt>
            <dd className="govuk-summary-list__value">{groupTitle(groups, audit.team.leadGroupId)}</dd>
          </div>
        </dl>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setIsOpen(true)}>
          Change how ratings are shown<span className="govuk-visually-hidden"> and your group</span>
        </button>
      </>
    );
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-label="How the team rates">
      <ErrorSummary description={failure} />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="team-mode-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">How should the team’s ratings be shown?</legend>
          <div id="team-mode-hint" className="govuk-hint">
            You cannot change this once people have rated without telling them.
          </div>
          <div className="govuk-radios" data-module="govuk-radios">
            {MODES.map((option) => (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={`team-mode-${option.value}`}
                  name="team-mode"
                  type="radio"
                  value={option.value}
                  checked={mode === option.value}
                  onChange={() => setMode(option.value)}
                  aria-describedby={`team-mode-${option.value}-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`team-mode-${option.value}`}>
                  {option.label}
                </label>
                <div id={`team-mode-${option.value}-hint`} className="govuk-hint govuk-radios__hint">
                  {option.hint}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="lead-group">
          Which group are you in?
        </label>
        <div id="lead-group-hint" className="govuk-hint">
          {leadRated > 0
            ? `Your ${leadRated} ratings so far count as one person’s, in this group.`
            : 'Your own ratings, if you give any, count as one person’s, in this group.'}
        </div>
        <select className="govuk-select" id="lead-group" value={groupId} onChange={(event) => setGroupId(event.target.value)} aria-describedby="lead-group-hint">
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button">
        {audit.team ? 'Save' : 'Continue'}
      </button>
    </form>
  );
}

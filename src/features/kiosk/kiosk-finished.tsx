import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { MIN_GROUP_SIZE } from '../../core/combine-responses';
import { todayIsoDate } from '../../core/format-date';
import type { Questionnaire } from '../../core/toolkit-schema';
import { countCollectedOn } from '../../core/voice-answers';
import { useVoiceAnswers } from '../../hooks/voice-hooks';
import { paths } from '../../lib/paths';

/**
 * For staff, once collecting is finished: how many people answered today.
 * The count is read only here, never while people are answering, so that
 * nobody at the kiosk can tell from it whether the last person answered.
 */
export function KioskFinished({ auditId, questionnaire, onRestart }: { auditId: string; questionnaire: Questionnaire; onRestart: () => void }) {
  const answerSets = useVoiceAnswers(auditId);
  const today = answerSets && countCollectedOn(answerSets, questionnaire.id, todayIsoDate());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 className="govuk-heading-l app-kiosk__title" ref={heading} tabIndex={-1}>
        Collecting finished
      </h1>
      <p className="govuk-body-l" role="status">
        {today === undefined
          ? 'Counting the answers…'
          : `${today} ${today === 1 ? 'person' : 'people'} answered “${questionnaire.title}” today.`}
      </p>
      <p className="govuk-body">
        Their answers are on the results page, beside the self-evaluation, once at least {MIN_GROUP_SIZE} people have answered.
      </p>
      <div className="govuk-button-group">
        <Link className="govuk-button" to={paths.results(auditId)}>
          See the results
        </Link>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRestart}>
          Collect more answers
        </button>
      </div>
    </>
  );
}

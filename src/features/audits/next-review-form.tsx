import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AnswersByIndicator, Audit } from '../../core/audit';
import type { CarryOffer } from '../../core/carry-forward';
import { copyForward } from '../../core/copy-forward';
import type { Toolkit } from '../../core/toolkit-schema';
import { ErrorSummary } from '../../components/error-summary';
import { todayIsoDate } from '../../core/format-date';
import { paths } from '../../lib/paths';
import type { ReflectionsByDomain } from '../../operations/audits';
import { startNextReview } from '../../operations/audits';
import { AuditDetailsFields, detailsErrorItems } from './audit-details-fields';
import { CarryActionsFields } from './carry-actions-fields';
import { ReviewScopeFields } from './review-scope-fields';
import { useAuditDetailsForm } from './use-audit-details-form';

interface NextReviewFormProps {
  source: Audit;
  keptToolkit: Toolkit;
  toolkit: Toolkit;
  answers: AnswersByIndicator;
  reflections: ReflectionsByDomain;
  /** The earlier plan's unfinished actions, to choose which go into the new plan. */
  offers: readonly CarryOffer[];
}

export function NextReviewForm({ source, keptToolkit, toolkit, answers, reflections, offers }: NextReviewFormProps) {
  const navigate = useNavigate();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const { register, errors, isSubmitting, isSubmitted, onSubmit, saveError } = useAuditDetailsForm(
    { toolkitId: toolkit.id, school: source.school, title: '', date: todayIsoDate(), participants: source.participants, scope: 'full' },
    async (values) => {
      const carried = offers.filter((offer) => !unticked.has(offer.actionId)).map((offer) => offer.actionId);
      const { audit } = await startNextReview(source.id, toolkit, values, carried);
      await navigate(paths.audit(audit.id));
    },
  );

  // A dry run of the copy, to say before starting what a newer toolkit version leaves behind.
  const { leftBehind, carriedOver } = copyForward({
    source,
    answers,
    reflections: Object.entries(reflections).flatMap(([domainId, text]) => (text ? [{ auditId: source.id, domainId, ...text, updatedAt: 0 }] : [])),
    toolkit,
    details: { title: '', date: '', participants: '' },
    id: 'preview',
    time: 0,
  });
  const leftBehindCount = leftBehind.indicatorIds.length + leftBehind.ratingIndicatorIds.length + leftBehind.domainIds.length;
  const statementIn = (definition: Toolkit, indicatorId: string) =>
    definition.domains.flatMap((domain) => domain.indicators).find((indicator) => indicator.id === indicatorId)?.statement ?? indicatorId;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {isSubmitted && <ErrorSummary errors={detailsErrorItems(errors)} />}
        <ErrorSummary title="The next self-evaluation could not be started" description={saveError} />
        <span className="govuk-caption-l">{source.school}</span>
        <h1 className="govuk-heading-l">Start the next self-evaluation from ‘{source.title}’</h1>
        <p className="govuk-body">
          The new self-evaluation starts with this one’s ratings, evidence notes and reflections, for the same school and toolkit. Change
          whatever has moved on. ‘{source.title}’ stays as it is, linked to the new one, so you can compare the two.
        </p>
        {source.scope === 'quick' && (
          <p className="govuk-body">‘{source.title}’ was a quick review of core statements only. A full review rates every statement.</p>
        )}
        {toolkit.version !== keptToolkit.version && (
          <div className="govuk-inset-text">
            The toolkit “{toolkit.title}” has been updated since ‘{source.title}’ was started, and the new self-evaluation uses the updated one.
            {leftBehindCount > 0 &&
              ` ${leftBehindCount} ${leftBehindCount === 1 ? 'answer or reflection does' : 'answers or reflections do'} not fit the updated toolkit, so ${leftBehindCount === 1 ? 'it stays' : 'they stay'} only in ‘${source.title}’.`}
          </div>
        )}
        {carriedOver.length > 0 && (
          <>
            <h2 className="govuk-heading-m">Statements that have been combined</h2>
            <p className="govuk-body">
              This version combines some statements that ‘{source.title}’ rated separately. Each combined statement starts with their answers: the
              lowest of their ratings, and all of their evidence notes. Check these ratings together first.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {carriedOver.map(({ indicatorId, fromIndicatorIds }) => (
                <li key={indicatorId}>
                  ‘{statementIn(toolkit, indicatorId)}’ takes the answers to{' '}
                  {fromIndicatorIds.map((fromId, index) => (
                    <span key={fromId}>
                      {index > 0 && (index === fromIndicatorIds.length - 1 ? ' and ' : ', ')}‘{statementIn(keptToolkit, fromId)}’
                    </span>
                  ))}
                  .
                </li>
              ))}
            </ul>
          </>
        )}
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <ReviewScopeFields toolkit={toolkit} register={register} />
          <AuditDetailsFields register={register} errors={errors} showSchool={false} titleHint="For example, Spring 2027" />
          <CarryActionsFields sourceTitle={source.title} offers={offers} unticked={unticked} onChange={setUnticked} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={isSubmitting}>
              Start the next self-evaluation
            </button>
            <Link className="govuk-link" to={paths.home()}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

import { Link } from 'react-router';
import type { AnswersByIndicator, Reflection } from '../../core/audit';
import type { Toolkit, ToolkitDomain } from '../../core/toolkit-schema';
import { ratingLabel } from '../../core/rating-label';
import { paths } from '../../lib/paths';
import { indicatorAnchor } from '../../components/indicator-anchor';

interface DomainAnswersProps {
  auditId: string;
  toolkit: Toolkit;
  domain: ToolkitDomain;
  answers: AnswersByIndicator;
  reflection: Pick<Reflection, 'workingWell' | 'evenBetterIf'> | undefined;
}

/** One domain's answers as a GOV.UK summary list, each with a "Change" link back to the question. */
export function DomainAnswers({ auditId, toolkit, domain, answers, reflection }: DomainAnswersProps) {
  const linkTo = (hash: string) => paths.domain(auditId, domain.id, { hash });
  return (
    <section aria-labelledby={`answers-${domain.id}`}>
      <h2 className="govuk-heading-m" id={`answers-${domain.id}`}>
        {domain.title}
      </h2>
      <dl className="govuk-summary-list app-summary-list--wide-key govuk-!-margin-bottom-9">
        {domain.indicators.map((indicator, index) => {
          const answer = answers[indicator.id];
          return (
            <div className="govuk-summary-list__row" key={indicator.id}>
              <dt className="govuk-summary-list__key">
                <span className="govuk-caption-m">Statement {index + 1}</span>
                {indicator.statement}
              </dt>
              <dd className="govuk-summary-list__value">
                <p className="govuk-body govuk-!-margin-bottom-1">{ratingLabel(toolkit.scale.levels, answer?.rating ?? null)}</p>
                {answer?.note && <p className="govuk-body-s govuk-!-margin-bottom-0 app-pre-wrap">Evidence: {answer.note}</p>}
              </dd>
              <dd className="govuk-summary-list__actions">
                <Link className="govuk-link" to={linkTo(indicatorAnchor(toolkit, indicator.id))}>
                  Change<span className="govuk-visually-hidden"> {domain.shortTitle}, statement {index + 1}</span>
                </Link>
              </dd>
            </div>
          );
        })}
        <ReflectionRow label="What is working well?" text={reflection?.workingWell} href={linkTo('reflection-workingWell')} domainName={domain.shortTitle} />
        <ReflectionRow label="What would make it even better?" text={reflection?.evenBetterIf} href={linkTo('reflection-evenBetterIf')} domainName={domain.shortTitle} />
      </dl>
    </section>
  );
}

function ReflectionRow({ label, text, href, domainName }: { label: string; text: string | undefined; href: string; domainName: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-pre-wrap">{text || 'Not written yet'}</dd>
      <dd className="govuk-summary-list__actions">
        <Link className="govuk-link" to={href}>
          Change<span className="govuk-visually-hidden"> {domainName}: {label}</span>
        </Link>
      </dd>
    </div>
  );
}

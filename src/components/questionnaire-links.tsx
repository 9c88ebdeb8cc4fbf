import { Link } from 'react-router';
import { askHeading } from '../core/questionnaires';
import type { Toolkit } from '../core/toolkit-schema';
import { paths } from '../lib/paths';

/**
 * Links to the toolkit's voice questionnaires, each a page to print and hand
 * out, or to answer at a kiosk on this device; nothing when the toolkit has none.
 */
export function QuestionnaireLinks({ auditId, toolkit }: { auditId: string; toolkit: Toolkit }) {
  const heading = askHeading(toolkit);
  if (!heading) return null;
  return (
    <section className="app-no-print" aria-labelledby="questionnaires-heading">
      <h2 className="govuk-heading-m" id="questionnaires-heading">
        {heading}
      </h2>
      <p className="govuk-body">
        Short questionnaires to print and hand out, or to answer one person after another on this device (for example on a laptop at
        reception on parents’ evening), so that what families and pupils say can sit beside the team’s ratings.
      </p>
      <ul className="govuk-list">
        {toolkit.questionnaires!.map((questionnaire) => (
          <li key={questionnaire.id}>
            <Link className="govuk-link" to={paths.questionnaire(auditId, questionnaire.id)}>
              {questionnaire.title}
            </Link>{' '}
            ({questionnaire.statements.length} statements, to print) ·{' '}
            <Link className="govuk-link" to={paths.kiosk(auditId, questionnaire.id)}>
              Collect answers at a kiosk<span className="govuk-visually-hidden"> for the {questionnaire.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { usePageTitle } from '../../components/use-page-title';
import { AGREE_SCALE } from '../../core/questionnaires';
import { usePlanSources } from '../../hooks/plan-hooks';
import { paths } from '../../lib/paths';
import './questionnaire.scss';

/**
 * One of the toolkit's voice questionnaires on A4, to print and hand out:
 * large plain type, each statement with a box to tick for each answer, and a
 * statement never split across two pages.
 */
export function QuestionnairePage() {
  const { auditId = '', questionnaireId = '' } = useParams();
  const sources = usePlanSources(auditId);
  const questionnaire = sources?.toolkit.questionnaires?.find((candidate) => candidate.id === questionnaireId);
  usePageTitle(questionnaire ? `${questionnaire.title} (printable)` : 'Questionnaire');
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  const back = (
    <p className="govuk-body app-no-print">
      <Link className="govuk-link" to={paths.results(auditId)}>
        Back to the results
      </Link>
    </p>
  );
  if (!questionnaire) {
    return (
      <>
        <h1 className="govuk-heading-l">Questionnaire not found</h1>
        <p className="govuk-body">The toolkit “{sources.toolkit.title}” has no such questionnaire.</p>
        {back}
      </>
    );
  }
  return (
    <article className="app-questionnaire" lang="en-GB">
      <div className="app-no-print app-button-row">
        <button type="button" className="govuk-button" onClick={() => window.print()}>
          Print this page
        </button>
        {back}
      </div>
      <p className="app-questionnaire__school">{sources.audit.school}</p>
      <h1 className="govuk-heading-l">{questionnaire.title}</h1>
      <p className="govuk-body-l">{questionnaire.introduction}</p>
      <p className="govuk-body-l">Tick one box for each statement.</p>
      <ol className="app-questionnaire__statements">
        {questionnaire.statements.map((statement) => (
          <li className="app-questionnaire__statement" key={statement.id}>
            <p className="app-questionnaire__text" id={`statement-${statement.id}`}>
              {statement.text}
            </p>
            <ul className="app-questionnaire__answers" aria-labelledby={`statement-${statement.id}`}>
              {AGREE_SCALE.map((answer) => (
                <li key={answer}>
                  <span className="app-questionnaire__box" aria-hidden="true" />
                  {answer}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="govuk-body-l">Thank you.</p>
    </article>
  );
}

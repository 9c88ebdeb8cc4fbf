import { GlossaryTerms } from '../../components/glossary-text';
import { askHeading } from '../../core/questionnaires';
import type { Toolkit } from '../../core/toolkit-schema';
import { GLOSSARY_ANCHOR, QUESTIONNAIRES_ANCHOR } from './toolkit-contents';

const AUDIENCE_NAMES = { families: 'for families', pupils: 'for pupils', staff: 'for staff' } as const;

/** The toolkit's glossary, open: a reader preparing for the meeting reads it through rather than looking words up. */
export function GlossarySection({ toolkit }: { toolkit: Toolkit }) {
  if (!toolkit.glossary?.length) return null;
  return (
    <section className="app-toolkit-part" aria-labelledby={GLOSSARY_ANCHOR}>
      <h2 className="govuk-heading-l" id={GLOSSARY_ANCHOR}>
        Words used in this toolkit
      </h2>
      <GlossaryTerms glossary={toolkit.glossary} className="govuk-body" />
    </section>
  );
}

/** The short questionnaires that come with the toolkit; a self-evaluation made with it prints them and runs them at a kiosk. */
export function QuestionnairesSection({ toolkit }: { toolkit: Toolkit }) {
  if (!toolkit.questionnaires?.length) return null;
  return (
    <section className="app-toolkit-part" aria-labelledby={QUESTIONNAIRES_ANCHOR}>
      <h2 className="govuk-heading-l" id={QUESTIONNAIRES_ANCHOR}>
        {askHeading(toolkit)}
      </h2>
      <p className="govuk-body">
        This toolkit comes with short questionnaires. Once you have started a self-evaluation with it, you can print them to hand
        out or have them answered on this device, and see the answers beside your own ratings.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {toolkit.questionnaires.map((questionnaire) => (
          <li key={questionnaire.id}>
            {questionnaire.title} ({AUDIENCE_NAMES[questionnaire.audience]}, {questionnaire.statements.length}{' '}
            {questionnaire.statements.length === 1 ? 'statement' : 'statements'})
          </li>
        ))}
      </ul>
    </section>
  );
}

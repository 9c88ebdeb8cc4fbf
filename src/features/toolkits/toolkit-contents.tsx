import { askHeading } from '../../core/questionnaires';
import type { Toolkit } from '../../core/toolkit-schema';

export const sectionAnchor = (domainId: string) => `section-${domainId}`;
export const SCALE_ANCHOR = 'how-statements-are-rated';
export const GLOSSARY_ANCHOR = 'words-used';
export const QUESTIONNAIRES_ANCHOR = 'questionnaires';

/** A long toolkit is read in parts: a link to each section, and to the scale, words and questionnaires around them. */
export function ToolkitContents({ toolkit }: { toolkit: Toolkit }) {
  const after = [
    ...(toolkit.glossary?.length ? [{ href: GLOSSARY_ANCHOR, text: 'Words used in this toolkit' }] : []),
    ...(toolkit.questionnaires?.length ? [{ href: QUESTIONNAIRES_ANCHOR, text: askHeading(toolkit) }] : []),
  ];
  const link = (href: string, text: string) => (
    <a className="govuk-link" href={`#${href}`}>
      {text}
    </a>
  );
  return (
    <nav className="app-toolkit-contents" aria-labelledby="toolkit-contents-heading">
      <h2 className="govuk-heading-m" id="toolkit-contents-heading">
        Contents
      </h2>
      <ul className="govuk-list govuk-!-margin-bottom-2">
        <li>{link(SCALE_ANCHOR, 'How statements are rated')}</li>
      </ul>
      <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-2">
        {toolkit.domains.map((domain) => (
          <li key={domain.id}>{link(sectionAnchor(domain.id), domain.title)}</li>
        ))}
      </ol>
      {after.length > 0 && (
        <ul className="govuk-list">
          {after.map((item) => (
            <li key={item.href}>{link(item.href, item.text)}</li>
          ))}
        </ul>
      )}
    </nav>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import { findGlossaryTerms } from '../core/glossary-terms';
import type { GlossaryEntry } from '../core/toolkit-schema';
import './glossary.css';

/**
 * A piece of toolkit text with its glossary terms explained in place: each
 * term is a button that opens its definition just after it. Not a tooltip,
 * so it works by keyboard, touch and screen reader alike; the definition is
 * announced as it opens, and Escape closes it again.
 */
export function GlossaryText({ text, glossary }: { text: string; glossary: readonly GlossaryEntry[] | undefined }) {
  if (!glossary?.length) return text;
  return findGlossaryTerms(text, glossary).map((segment, index) =>
    segment.entry ? <GlossaryTerm key={index} text={segment.text} entry={segment.entry} /> : segment.text,
  );
}

function GlossaryTerm({ text, entry }: { text: string; entry: GlossaryEntry }) {
  const [isOpen, setOpen] = useState(false);
  const id = useId();
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="app-term"
        aria-expanded={isOpen}
        aria-controls={id}
        aria-describedby={isOpen ? id : undefined}
        onClick={() => setOpen(!isOpen)}
        onKeyDown={closeOnEscape}
      >
        {text}
      </button>
      {/* Always present, so that screen readers announce the definition when it is filled in. */}
      <span id={id} className="app-term__definition" aria-live="polite">
        {isOpen && (
          <>
            <span className="govuk-visually-hidden">Meaning: </span>
            {entry.definition}
          </>
        )}
      </span>
    </>
  );
}

/** The whole glossary, for reading before a meeting or looking a word up. */
export function GlossaryList({ glossary }: { glossary: readonly GlossaryEntry[] | undefined }) {
  if (!glossary?.length) return null;
  const sorted = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <details className="govuk-details app-glossary" id="words-used">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Words used in this toolkit</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="app-glossary__list">
          {sorted.map((entry) => (
            <div key={entry.term}>
              <dt className="govuk-!-font-weight-bold">{entry.term}</dt>
              <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-3">{entry.definition}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { findGlossaryTerms } from '../core/glossary-terms';
import type { GlossaryEntry } from '../core/toolkit-schema';
import './glossary.css';

/**
 * A piece of toolkit text with its glossary terms explained in place: each
 * term is a button that opens its meaning just below the text. Not a tooltip,
 * so it works by keyboard, touch and screen reader alike; the meaning is
 * announced as it opens, and Escape closes it again.
 *
 * The term is an inline span with the button role, not a <button>: a button
 * is laid out as a box of its own, and browsers then put a space between it
 * and the next full stop in the accessible name ("plan to return ."). The
 * meanings are kept apart from the text, so that a statement's name stays
 * the statement while a meaning is open.
 */
export function useGlossaryTerms(text: string, glossary: readonly GlossaryEntry[] | undefined): { text: ReactNode; meanings: ReactNode } {
  const [open, setOpen] = useState<ReadonlySet<GlossaryEntry>>(new Set());
  const baseId = useId();
  if (!glossary?.length) return { text, meanings: null };
  const segments = findGlossaryTerms(text, glossary);
  const terms = segments.flatMap((segment) => (segment.entry ? [segment.entry] : []));
  if (terms.length === 0) return { text, meanings: null };

  const idOf = (entry: GlossaryEntry) => `${baseId}-${terms.indexOf(entry)}`;
  const toggle = (entry: GlossaryEntry, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(entry);
      else next.delete(entry);
      return next;
    });
  const onKeyDown = (entry: GlossaryEntry) => (event: KeyboardEvent) => {
    const isOpen = open.has(entry);
    if (event.key === 'Enter') toggle(entry, !isOpen);
    else if (event.key === ' ') event.preventDefault(); // no scrolling; a button acts when Space is let go
    else if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      toggle(entry, false);
    }
  };
  const onKeyUp = (entry: GlossaryEntry) => (event: KeyboardEvent) => {
    if (event.key === ' ') toggle(entry, !open.has(entry));
  };

  return {
    text: segments.map((segment, index) => {
      const { entry } = segment;
      if (!entry) return segment.text;
      const isOpen = open.has(entry);
      return (
        <span
          key={index}
          role="button"
          tabIndex={0}
          className="app-term"
          aria-expanded={isOpen}
          aria-controls={idOf(entry)}
          aria-describedby={isOpen ? idOf(entry) : undefined}
          onClick={() => toggle(entry, !isOpen)}
          onKeyDown={onKeyDown(entry)}
          onKeyUp={onKeyUp(entry)}
        >
          {segment.text}
        </span>
      );
    }),
    // Always present, so that screen readers announce a meaning when it is filled in.
    meanings: terms.map((entry) => (
      <span key={idOf(entry)} id={idOf(entry)} className="govuk-body-s app-term__meaning" aria-live="polite">
        {open.has(entry) && (
          <>
            <strong>{entry.term}</strong>: {entry.definition}
          </>
        )}
      </span>
    )),
  };
}

/** Toolkit text with its terms, and their meanings below it, as one block. */
export function GlossaryText({ text, glossary }: { text: string; glossary: readonly GlossaryEntry[] | undefined }) {
  const terms = useGlossaryTerms(text, glossary);
  return (
    <>
      {terms.text}
      {terms.meanings}
    </>
  );
}

/** Every term and its meaning, A to Z: folded away on the rating pages, open on a toolkit's overview. */
export function GlossaryTerms({ glossary, className }: { glossary: readonly GlossaryEntry[]; className?: string }) {
  const sorted = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <dl className={className ? `${className} app-glossary__list` : 'app-glossary__list'}>
      {sorted.map((entry) => (
        <div key={entry.term}>
          <dt className="govuk-!-font-weight-bold">{entry.term}</dt>
          <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-3">{entry.definition}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The whole glossary, for reading before a meeting or looking a word up. */
export function GlossaryList({ glossary }: { glossary: readonly GlossaryEntry[] | undefined }) {
  if (!glossary?.length) return null;
  return (
    <details className="govuk-details app-glossary" id="words-used">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Words used in this toolkit</span>
      </summary>
      <div className="govuk-details__text">
        <GlossaryTerms glossary={glossary} />
      </div>
    </details>
  );
}

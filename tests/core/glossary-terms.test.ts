import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, mentionsTerm } from '../../src/core/glossary-terms';
import type { GlossaryEntry } from '../../src/core/toolkit-schema';

const notice: GlossaryEntry = { term: 'Notice to improve', definition: 'A last chance before a penalty notice.', also: ['notices to improve'] };
const tas: GlossaryEntry = { term: 'Team Around the School', definition: 'A local authority team.' };
const school: GlossaryEntry = { term: 'school', definition: 'Where pupils learn.' };
const ebsa: GlossaryEntry = { term: 'Emotionally based school avoidance', definition: 'Difficulty attending from anxiety.', also: ['EBSA'] };
const returns: GlossaryEntry = { term: 'Return', definition: 'Information sent to the local authority.', also: ['returns'] };

/** The text with each explained term in brackets, as a reader would see which words are buttons. */
const marked = (text: string, glossary: GlossaryEntry[]) =>
  findGlossaryTerms(text, glossary)
    .map((segment) => (segment.entry ? `[${segment.text}]` : segment.text))
    .join('');

describe('findGlossaryTerms', () => {
  it('finds a term in any case and keeps the text as written', () => {
    const segments = findGlossaryTerms('We use a notice to Improve rarely.', [notice]);
    expect(segments).toEqual([{ text: 'We use a ' }, { text: 'notice to Improve', entry: notice }, { text: ' rarely.' }]);
  });

  it('finds a term by its other forms', () => {
    expect(marked('Staff know the signs of EBSA.', [ebsa])).toBe('Staff know the signs of [EBSA].');
    expect(marked('Notices to improve follow the local code.', [notice])).toBe('[Notices to improve] follow the local code.');
  });

  it('finds whole words only', () => {
    expect(marked('Pupils returned after the break; returns are made on time.', [returns])).toBe('Pupils returned after the break; [returns] are made on time.');
    expect(marked('Preschool visits.', [school])).toBe('Preschool visits.');
  });

  it('explains only the first mention of each term in a text', () => {
    expect(marked('A return is due; the return is checked.', [returns])).toBe('A [return] is due; the return is checked.');
  });

  it('prefers the longer of two terms that start at the same place, and finds the shorter one later', () => {
    expect(marked('The Team Around the School visits the school.', [school, tas])).toBe('The [Team Around the School] visits the [school].');
  });

  it('matches a term across a line break or double space', () => {
    expect(marked('Ask the Team  Around\nthe School.', [tas])).toBe('Ask the [Team  Around\nthe School].');
  });

  it('leaves a text without terms whole, and an empty glossary changes nothing', () => {
    expect(findGlossaryTerms('Registers are accurate.', [notice])).toEqual([{ text: 'Registers are accurate.' }]);
    expect(findGlossaryTerms('A notice to improve.', [])).toEqual([{ text: 'A notice to improve.' }]);
  });

  it('treats characters that mean something in a pattern as plain text', () => {
    const plus: GlossaryEntry = { term: 'Year 7+', definition: 'Secondary pupils.' };
    expect(marked('Pupils in Year 7+ and Year 70.', [plus])).toBe('Pupils in [Year 7+] and Year 70.');
  });
});

describe('mentionsTerm', () => {
  it('says whether any form of a term appears as whole words', () => {
    expect(mentionsTerm('Signs of EBSA.', ['Emotionally based school avoidance', 'EBSA'])).toBe(true);
    expect(mentionsTerm('Pupils returned.', ['return'])).toBe(false);
  });
});

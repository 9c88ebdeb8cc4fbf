/**
 * Where a toolkit's glossary terms appear in its text, so that a term a
 * school leader may stumble on can be explained where it is read. A term is
 * found as whole words, in any case, by its own form or one of its `also`
 * forms; the first mention in a block of text is enough to explain it.
 */
import type { GlossaryEntry } from './toolkit-schema';

/** A form of a term as whole words: "return" is not found in "returned", and any run of spaces matches a space. */
function termPattern(form: string, flags: string): RegExp {
  const escaped = form.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

/** Whether a glossary term, or one of its other forms, appears in a text. */
export function mentionsTerm(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => termPattern(form, 'iu').test(text));
}

export const termForms = (entry: GlossaryEntry): string[] => [entry.term, ...(entry.also ?? [])];

/** A piece of a text: plain, or the mention of a glossary term (as written in the text) with its entry. */
export type TermSegment = { text: string; entry?: undefined } | { text: string; entry: GlossaryEntry };

/**
 * Splits a text into plain runs and the first mention of each glossary term.
 * Where mentions overlap, the earlier one wins, and at the same place the
 * longer one ("Team Around the School" over "school"); a term whose first
 * mention is inside another's is found at its next mention, if any.
 */
export function findGlossaryTerms(text: string, glossary: readonly GlossaryEntry[]): TermSegment[] {
  const mentions = glossary.flatMap((entry) =>
    termForms(entry).flatMap((form) => [...text.matchAll(termPattern(form, 'giu'))].map((match) => ({ start: match.index, end: match.index + match[0].length, entry }))),
  );
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TermSegment[] = [];
  const explained = new Set<GlossaryEntry>();
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at || explained.has(mention.entry)) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start) });
    segments.push({ text: text.slice(mention.start, mention.end), entry: mention.entry });
    explained.add(mention.entry);
    at = mention.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

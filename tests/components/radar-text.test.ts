import { describe, expect, it } from 'vitest';
import { wrapToWidth } from '../../src/components/radar-text';

/** One pixel per character, so that widths are easy to reason about. */
const perCharacter = (text: string) => text.length;

describe('wrapToWidth', () => {
  it.each([
    ['Leadership', 14, ['Leadership']],
    ['Parents in school life', 14, ['Parents in', 'school life']],
    ['Reception and first impressions', 16, ['Reception and', 'first', 'impressions']],
    ['Extraordinarilylongword here', 10, ['Extraordinarilylongword', 'here']],
    ['  spaced   out  ', 14, ['spaced out']],
  ])('%j in lines of %i', (text, width, lines) => {
    expect(wrapToWidth(text, width, perCharacter)).toEqual(lines);
  });
});

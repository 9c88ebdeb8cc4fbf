import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/components/radar-ticks';

describe('wrapWords', () => {
  it.each([
    ['Leadership', 14, ['Leadership']],
    ['Parents in school life', 14, ['Parents in', 'school life']],
    ['Reception and first impressions', 16, ['Reception and', 'first', 'impressions']],
    ['Extraordinarilylongword here', 10, ['Extraordinarilylongword', 'here']],
    ['  spaced   out  ', 14, ['spaced out']],
  ])('%j in lines of %i', (text, length, lines) => {
    expect(wrapWords(text, length)).toEqual(lines);
  });
});

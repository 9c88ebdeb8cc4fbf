/** Names characters that could not be shown, by script, since the PDF cannot draw them: "Bengali: U+0995, U+09BE". */
const SCRIPTS = [
  'Bengali', 'Devanagari', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Malayalam', 'Sinhala', 'Hebrew', 'Thai', 'Hangul',
  'Ethiopic', 'Armenian', 'Georgian', 'Khmer', 'Myanmar', 'Tibetan', 'Syriac', 'Thaana',
].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));

export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function describeCharacters(chars: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const char of chars) {
    const script = SCRIPTS.find(({ pattern }) => pattern.test(char))?.name ?? 'other';
    groups.set(script, [...(groups.get(script) ?? []), codePointLabel(char)]);
  }
  return [...groups].map(([script, labels]) => `${script}: ${labels.join(', ')}`).join('; ');
}

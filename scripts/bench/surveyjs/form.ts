/**
 * The bench's toolkit as a SurveyJS form: 8 sections of 5 statements, each a
 * radio group of four levels and "Not applicable", and the two reflection
 * questions per section, every one answered as the plan bench answers them.
 */
const LEVELS = ['Not yet in place', 'Emerging', 'Developing', 'Embedded'];

export const SURVEY_JSON = {
  title: 'Benchmark self-evaluation',
  pages: Array.from({ length: 8 }, (_, d) => ({
    name: `domain-${d + 1}`,
    title: `Domain ${d + 1}: relationships between pupils, staff and families`,
    elements: [
      ...Array.from({ length: 5 }, (_, i) => ({
        type: 'radiogroup',
        name: `d${d + 1}-i${i + 1}`,
        title: `Indicator ${i + 1} of domain ${d + 1}: staff, pupils and families describe what good looks like here in a sentence of realistic length.`,
        choices: [...LEVELS.map((text, index) => ({ value: index + 1, text })), { value: 'n/a', text: 'Not applicable' }],
      })),
      { type: 'comment', name: `domain-${d + 1}-working-well`, title: 'What is working well?' },
      { type: 'comment', name: `domain-${d + 1}-even-better-if`, title: 'What would make it even better?' },
    ],
  })),
};

export const SURVEY_DATA: Record<string, string | number> = Object.fromEntries(
  Array.from({ length: 8 }, (_, d) => [
    ...Array.from({ length: 5 }, (_, i) => [`d${d + 1}-i${i + 1}`, ((d + i) % 4) + 1] as const),
    [`domain-${d + 1}-working-well`, 'Families say the office is welcoming – and it costs under £200.'] as const,
    [`domain-${d + 1}-even-better-if`, 'Letters were shorter and sent in home languages.'] as const,
  ]).flat(),
);

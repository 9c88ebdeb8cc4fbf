/**
 * A toolkit at the edges of what a toolkit file may hold for the charts: a
 * five-level scale from 0 to 4 and twelve sections, each short title close
 * to the 24 characters the radar allows, the longest at the top and bottom
 * of the radar, where labels meet their neighbours across the middle. Written for the tests in our own
 * words; checked with the same parser and editorial rules as a shipped one.
 */
import { lintToolkit } from '../../../src/core/lint-toolkit';
import { formatProblem, parseToolkit } from '../../../src/core/parse-toolkit';
import type { Toolkit, ToolkitIndicator } from '../../../src/core/toolkit-schema';

const SECTIONS = [
  ['partnerships', 'Partnerships in the local area', 'Partnerships in the area', 'local partnerships'],
  ['lunchtimes', 'Lunchtimes and playtimes', 'Lunch and playtimes', 'supervised play'],
  ['moving-on', 'Moving between key stages and schools', 'Moving between stages', 'transition visits'],
  ['clubs', 'Clubs and enrichment after school', 'Clubs and enrichment', 'after-school clubs'],
  ['arrival', 'Arrival and the first hour of the day', 'Arrival and first hour', 'the morning welcome'],
  ['safeguarding', 'A culture of safeguarding', 'Safeguarding culture', 'safeguarding training'],
  ['pupil-voice', 'Pupil voice and the school council', 'Pupil voice and council', 'the school council'],
  ['send-support', 'Support for pupils with special educational needs', 'SEND support in class', 'classroom support plans'],
  ['restorative', 'Behaviour and restorative conversations', 'Restorative behaviour', 'restorative conversations'],
  ['family-contact', 'Keeping in touch with families', 'Family communication', 'the weekly newsletter'],
  ['governance', 'Governors’ oversight of the work', 'Governors’ oversight', 'governor visits'],
  ['staff-wellbeing', 'Staff wellbeing and workload', 'Staff wellbeing', 'workload checks'],
] as const;

export const BIG_SCALE_LEVELS = [
  { value: 0, label: 'Not started' },
  { value: 1, label: 'Beginning' },
  { value: 2, label: 'Growing' },
  { value: 3, label: 'Secure' },
  { value: 4, label: 'Leading' },
];

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function statement(id: string, topic: string, aspect: 'planned' | 'reviewed', core: boolean): ToolkitIndicator {
  const what = aspect === 'planned' ? `${topic} is planned with a named lead` : `${topic} is reviewed with pupils and staff`;
  return {
    id,
    statement: `In our school, ${what}.`,
    descriptors: {
      '0': `Nothing is in place yet for ${topic}.`,
      '1': `Some staff have started on ${topic}, without a shared plan.`,
      '2': sentence(`${topic} happens in most classes on most days.`),
      '3': sentence(`${topic} happens reliably in every class and year group.`),
      '4': sentence(`${topic} is reliable, checked each term and getting better.`),
    },
    evidencePrompts: [`Who could describe how ${topic} went last week?`],
    suggestedActions: [{ action: `Agree who leads ${topic}, and when it is next looked at.`, successMeasure: `By the end of next term, ${topic} runs in every class for four weeks running.` }],
    reference: 'Written for the browser tests.',
    ...(core ? { core: true } : {}),
  };
}

function buildBigScaleToolkit(): Toolkit {
  const draft: Toolkit = {
    schemaVersion: 1,
    id: 'big-scale-check',
    version: '1.0.0',
    title: 'Whole-school wellbeing (twelve sections)',
    summary: 'A toolkit with a five-level scale and twelve sections, for checking that the charts stay readable.',
    audience: 'The browser tests.',
    scale: { levels: BIG_SCALE_LEVELS, allowNotApplicable: false },
    domains: SECTIONS.map(([id, title, shortTitle, topic]) => ({
      id,
      title,
      shortTitle,
      description: `How well ${topic} works across the school.`,
      indicators: [statement(`${id}-planned`, topic, 'planned', true), statement(`${id}-reviewed`, topic, 'reviewed', false)],
    })),
  };
  const parsed = parseToolkit(draft);
  if (!parsed.ok) throw new Error(`The big-scale toolkit is not valid: ${parsed.problems.map(formatProblem).join('; ')}`);
  const problems = lintToolkit(parsed.value);
  if (problems.length > 0) throw new Error(`The big-scale toolkit breaks the editorial rules: ${problems.map(formatProblem).join('; ')}`);
  return parsed.value;
}

export const bigScaleToolkit = buildBigScaleToolkit();

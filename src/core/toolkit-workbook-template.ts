/**
 * The blank workbook an author starts from: every sheet, with an example row
 * on each, so that what goes in each column is seen rather than explained.
 * The example is a whole small toolkit that installs and passes every
 * editorial rule, so a workbook that only changes its words does too. The
 * questionnaire has eight statements because the rules ask for at least eight.
 */
import type { Toolkit } from './toolkit-schema';
import { toolkitToWorkbook } from './toolkit-to-workbook';
import type { WorkbookSpec } from './workbook';

const section = 'registers';
const families = (id: string, text: string) => ({ id, text, domainIds: [section] });

export const EXAMPLE_TOOLKIT: Toolkit = {
  schemaVersion: 1,
  id: 'our-attendance',
  version: '1.0.0',
  title: 'Our attendance self-evaluation',
  summary: 'How well the school keeps its registers and follows up absence.',
  audience: 'Senior leaders and the attendance lead. A full self-evaluation takes about an hour together.',
  scale: {
    levels: [
      { value: 1, label: 'Not yet in place' },
      { value: 2, label: 'Emerging' },
      { value: 3, label: 'Developing' },
      { value: 4, label: 'Embedded' },
    ],
    allowNotApplicable: true,
  },
  domains: [
    {
      id: section,
      title: 'Registers and records',
      shortTitle: 'Registers',
      description: 'Whether registers are taken on time and every absence is recorded.',
      inspectionAreaIds: ['attendance'],
      indicators: [
        {
          id: 'registers-on-time',
          statement: 'Registers are taken at the start of every morning and afternoon session.',
          core: false,
          descriptors: {
            '1': 'Registers are often taken late or not at all.',
            '2': 'Most classes take registers on time, but some sessions are missed.',
            '3': 'Every class takes its register at the start of each session.',
            '4': 'Registers have stayed on time through changes of staff.',
          },
          evidencePrompts: ['How many registers were late or missing last week?', 'Who checks the registers each morning, and what happens when one is missing?'],
          suggestedActions: [
            {
              action: 'Name a member of the office team to check by 9:30am each day that every register has been taken.',
              successMeasure: 'No register is missing for six weeks running by the end of the spring term.',
              whenRated: 2,
            },
          ],
          reference: 'Working together to improve school attendance (DfE, 2024).',
          legalDuty: {
            duty: 'Schools must take the attendance register at the start of the morning session and once during the afternoon session.',
            source: 'The School Attendance (Pupil Registration) (England) Regulations 2024',
            metFromLevel: 3,
          },
        },
      ],
    },
  ],
  inspectionSource: 'The inspection framework the areas come from, with its date',
  inspectionAreas: [{ id: 'attendance', title: 'Attendance and behaviour' }],
  glossary: [{ term: 'Session', definition: 'A morning or an afternoon of the school day; a register is taken for each.', also: ['sessions'] }],
  questionnaires: [
    {
      id: 'families',
      title: 'What families think',
      audience: 'families',
      introduction: 'Please tell us how the school helps your child come to school every day.',
      statements: [
        families('told-same-day', 'The school lets me know the same day if my child is missing.'),
        families('who-to-contact', 'I know who to contact when my child is ill.'),
        families('why-it-matters', 'The school explains why every day in school matters.'),
        families('easy-to-report', 'I find it easy to tell the school about an absence.'),
        families('kind-mornings', 'Staff are kind when my child finds mornings hard.'),
        families('told-how-going', 'The school tells me how my child’s attendance is going.'),
        families('late-arrival', 'I know what happens when my child arrives late.'),
        families('help-at-home', 'The school helps when something at home makes coming in hard.'),
      ],
    },
  ],
  respondentGroups: [{ id: 'attendance-team', title: 'Attendance team' }],
};

export function templateWorkbook(): WorkbookSpec {
  return { ...toolkitToWorkbook(EXAMPLE_TOOLKIT), title: 'Reflect toolkit template' };
}

/**
 * The toolkit workbook's sheets and columns, said once: toolkitToWorkbook
 * writes these headings, help and rules, and workbookToToolkit finds columns
 * by the same headings and reads each cell by the same kind. A column added
 * here is written and read without another change to either side.
 */
import { QUESTIONNAIRE_AUDIENCES, SHORT_TITLE_MAX } from './toolkit-schema';
import type { ColumnRule, ColumnSpec } from './workbook';

/** How a cell's content becomes a value: text, a list with one item per line, yes/no, or a whole number. */
export type CellKind = 'text' | 'lines' | 'yes-no' | 'whole';

export interface LayoutColumn<F extends string = string> extends ColumnSpec {
  /** The name the code reads the column by; never taken from a cell. */
  field: F;
  kind: CellKind;
  /** The message for an empty cell where one is needed; a column without it may be left empty. */
  whenEmpty?: string;
}

export interface SheetLayout<F extends string = string> {
  name: string;
  columns: readonly LayoutColumn<F>[];
  /** Whether a toolkit can be installed from a workbook without this sheet. */
  isOptional: boolean;
}

/** A row of the Toolkit sheet: the label in its Field column, the value beside it. */
export interface ToolkitFieldRow {
  field: 'id' | 'version' | 'title' | 'summary' | 'audience' | 'inspectionSource' | 'allowNotApplicable';
  label: string;
  kind: CellKind;
  whenEmpty?: string;
}

export const SHEET_NAMES = {
  toolkit: 'Toolkit',
  scale: 'Scale',
  domains: 'Domains',
  indicators: 'Indicators',
  actions: 'Suggested actions',
  glossary: 'Glossary',
  questionnaires: 'Questionnaires',
  questionnaireStatements: 'Questionnaire statements',
  inspectionAreas: 'Inspection areas',
  respondentGroups: 'Respondent groups',
} as const;

/** Lines in a cell start with Alt+Enter in Excel (Option+Return on a Mac). */
const ONE_PER_LINE = 'one per line (Alt+Enter starts a new line in a cell)';
const ID_HELP = 'Lower-case letters, digits and single hyphens, e.g. first-day-calls. Never change it once schools have used the toolkit.';
const YES_NO: ColumnRule = { kind: 'list', values: ['yes', 'no'] };

export const TOOLKIT_FIELD_ROWS: readonly ToolkitFieldRow[] = [
  { field: 'id', label: 'Id', kind: 'text', whenEmpty: 'the toolkit id is empty' },
  { field: 'version', label: 'Version', kind: 'text', whenEmpty: 'the version is empty' },
  { field: 'title', label: 'Title', kind: 'text', whenEmpty: 'the title is empty' },
  { field: 'summary', label: 'Summary', kind: 'text', whenEmpty: 'the summary is empty' },
  { field: 'audience', label: 'Audience', kind: 'text', whenEmpty: 'the audience is empty' },
  { field: 'inspectionSource', label: 'Inspection source', kind: 'text' },
  { field: 'allowNotApplicable', label: 'Allow not applicable', kind: 'yes-no', whenEmpty: 'say yes or no: may a school mark a statement "not applicable"?' },
];

/** One help text per column, so the Value column's says what each row takes (in under 255 characters, Excel's limit for a cell's prompt). */
export const TOOLKIT_SHEET: SheetLayout<'label' | 'value'> = {
  name: SHEET_NAMES.toolkit,
  isOptional: false,
  columns: [
    { field: 'label', heading: 'Field', kind: 'text', width: 24, help: 'What the row describes. Keep these words as they are.', whenEmpty: 'name the field, as the template does' },
    {
      field: 'value',
      heading: 'Value',
      kind: 'text',
      width: 90,
      help: 'Id: lower-case letters, digits and single hyphens, never changed once used. Version: e.g. 1.0.0, raised on every change shared. Inspection source: optional. Allow not applicable: yes or no.',
    },
  ],
};

export const SCALE_SHEET: SheetLayout<'value' | 'label'> = {
  name: SHEET_NAMES.scale,
  isOptional: false,
  columns: [
    { field: 'value', heading: 'Level', kind: 'whole', width: 8, rule: { kind: 'whole', min: 0, max: 10 }, help: 'A whole number from 0 to 10, each used once, lowest first. 2 to 7 levels.', whenEmpty: 'the level number is empty' },
    { field: 'label', heading: 'Label', kind: 'text', width: 30, help: 'What the level is called, e.g. Embedded.', whenEmpty: 'the label is empty' },
  ],
};

export const DOMAIN_SHEET: SheetLayout<'id' | 'title' | 'shortTitle' | 'description' | 'inspectionAreaIds'> = {
  name: SHEET_NAMES.domains,
  isOptional: false,
  columns: [
    { field: 'id', heading: 'Section id', kind: 'text', width: 24, help: ID_HELP, whenEmpty: 'the section id is empty' },
    { field: 'title', heading: 'Title', kind: 'text', width: 40, help: 'The section’s full name, shown as a heading.', whenEmpty: 'the title is empty' },
    { field: 'shortTitle', heading: 'Short title', kind: 'text', width: 24, help: `For the chart: at most ${SHORT_TITLE_MAX} characters, e.g. Registers & data.`, whenEmpty: 'the short title is empty' },
    { field: 'description', heading: 'Description', kind: 'text', width: 60, help: 'One sentence on what the section is for, e.g. "Whether registers are accurate and on time."', whenEmpty: 'the description is empty' },
    { field: 'inspectionAreaIds', heading: 'Inspection areas', kind: 'lines', width: 24, help: `Optional: ids from the Inspection areas sheet that this section gives evidence for, ${ONE_PER_LINE}.` },
  ],
};

/** A level's descriptor column; `label` only adds to its help. A level not on the scale may have one, left empty. */
export function descriptorColumn(level: number, label?: string, isOnScale = true): LayoutColumn<DescriptorField> {
  return {
    field: `descriptor-${level}`,
    heading: `Descriptor for level ${level}`,
    kind: 'text',
    width: 50,
    help: `What the school looks like at level ${level}${label ? ` (${label})` : ''}: one thing a reader can observe.`,
    ...(isOnScale ? { whenEmpty: `the descriptor for level ${level} is empty` } : {}),
  };
}

/** The level a "Descriptor for level N" heading names, whether or not it is on the scale. */
export function descriptorHeadingLevel(heading: string): number | undefined {
  const match = /^descriptor for level (\d{1,2})$/i.exec(heading.trim());
  return match ? Number(match[1]) : undefined;
}

export type DescriptorField = `descriptor-${number}`;
export type IndicatorField =
  'domainId' | 'id' | 'statement' | 'core' | DescriptorField | 'evidencePrompts' | 'reference' | 'duty' | 'source' | 'metFromLevel' | 'replaces';

/** A level as the layout needs it; the label only adds to help. */
interface Level {
  value: number;
  label?: string;
}

const levelRule = (levels: readonly Level[]): ColumnRule | undefined =>
  levels.length > 0 ? { kind: 'list', values: levels.map((level) => String(level.value)) } : undefined;

/** The Indicators sheet has a descriptor column for each level on the scale. */
export function indicatorSheet(levels: readonly Level[]): SheetLayout<IndicatorField> {
  const rule = levelRule(levels);
  return {
    name: SHEET_NAMES.indicators,
    isOptional: false,
    columns: [
      { field: 'domainId', heading: 'Section id', kind: 'text', width: 24, help: 'The id of the statement’s section, from the Domains sheet.', whenEmpty: 'the section id is empty' },
      { field: 'id', heading: 'Statement id', kind: 'text', width: 28, help: `${ID_HELP} Used once in the whole toolkit.`, whenEmpty: 'the statement id is empty' },
      { field: 'statement', heading: 'Statement', kind: 'text', width: 60, help: 'What good looks like, in words someone could see or check.', whenEmpty: 'the statement is empty' },
      { field: 'core', heading: 'Core', kind: 'yes-no', width: 8, rule: YES_NO, help: 'Optional: yes for the 12 to 16 statements a quick review rates, no or empty for the rest.' },
      ...levels.map((level) => descriptorColumn(level.value, level.label)),
      {
        field: 'evidencePrompts',
        heading: 'Evidence prompts',
        kind: 'lines',
        width: 60,
        help: `"How do we know?" questions that point to evidence a school holds, ${ONE_PER_LINE}.`,
        whenEmpty: 'there are no evidence prompts; give at least one',
      },
      { field: 'reference', heading: 'Reference', kind: 'text', width: 40, help: 'The guidance, law or local recommendation behind the statement.', whenEmpty: 'the reference is empty' },
      { field: 'duty', heading: 'Legal duty', kind: 'text', width: 50, help: 'Only for a duty in law: what the law requires, in one plain sentence. Otherwise leave the three legal columns empty.' },
      { field: 'source', heading: 'Legal source', kind: 'text', width: 40, help: 'The Act, regulation or statutory guidance, and its section or paragraph.' },
      { field: 'metFromLevel', heading: 'Duty met from level', kind: 'whole', width: 10, ...(rule ? { rule } : {}), help: 'The level from which the duty counts as met, usually the level that says it is done reliably.' },
      { field: 'replaces', heading: 'Replaces', kind: 'lines', width: 28, help: `Optional: ids of an earlier edition’s statements whose answers this one takes, ${ONE_PER_LINE}.` },
    ],
  };
}

export function actionSheet(levels: readonly Level[]): SheetLayout<'indicatorId' | 'action' | 'successMeasure' | 'whenRated'> {
  const rule = levelRule(levels);
  return {
    name: SHEET_NAMES.actions,
    isOptional: false,
    columns: [
      { field: 'indicatorId', heading: 'Statement id', kind: 'text', width: 28, help: 'The id of the statement, from the Indicators sheet. Every statement needs at least one action.', whenEmpty: 'the statement id is empty' },
      { field: 'action', heading: 'Action', kind: 'text', width: 60, help: 'A step concrete enough to start next week.', whenEmpty: 'the action is empty' },
      {
        field: 'successMeasure',
        heading: 'Success measure',
        kind: 'text',
        width: 60,
        help: 'What would be seen, how much and by when, e.g. "Every unexplained absence followed up on the first day for four weeks running."',
        whenEmpty: 'the success measure is empty',
      },
      { field: 'whenRated', heading: 'When rated', kind: 'whole', width: 10, ...(rule ? { rule } : {}), help: 'Optional: the level this action is the next step from, e.g. 1. Leave empty if it suits any rating below the top.' },
    ],
  };
}

export const GLOSSARY_SHEET: SheetLayout<'term' | 'definition' | 'also'> = {
  name: SHEET_NAMES.glossary,
  isOptional: true,
  columns: [
    { field: 'term', heading: 'Term', kind: 'text', width: 30, help: 'A term a school leader may not know, as it appears in the text.', whenEmpty: 'the term is empty' },
    { field: 'definition', heading: 'Definition', kind: 'text', width: 70, help: 'What it means, in a sentence or two.', whenEmpty: 'the definition is empty' },
    { field: 'also', heading: 'Also known as', kind: 'lines', width: 30, help: `Optional: other forms of the term used in the text, such as an abbreviation or a plural, ${ONE_PER_LINE}.` },
  ],
};

export const QUESTIONNAIRE_SHEET: SheetLayout<'id' | 'title' | 'audience' | 'introduction'> = {
  name: SHEET_NAMES.questionnaires,
  isOptional: true,
  columns: [
    { field: 'id', heading: 'Questionnaire id', kind: 'text', width: 24, help: ID_HELP, whenEmpty: 'the questionnaire id is empty' },
    { field: 'title', heading: 'Title', kind: 'text', width: 40, help: 'The questionnaire’s name, e.g. What families think.', whenEmpty: 'the title is empty' },
    { field: 'audience', heading: 'Audience', kind: 'text', width: 12, rule: { kind: 'list', values: QUESTIONNAIRE_AUDIENCES }, help: `Who answers it: ${QUESTIONNAIRE_AUDIENCES.join(', ')}.`, whenEmpty: 'the audience is empty' },
    { field: 'introduction', heading: 'Introduction', kind: 'text', width: 60, help: 'What the person answering reads first.', whenEmpty: 'the introduction is empty' },
  ],
};

export const QUESTIONNAIRE_STATEMENT_SHEET: SheetLayout<'questionnaireId' | 'id' | 'text' | 'domainIds'> = {
  name: SHEET_NAMES.questionnaireStatements,
  isOptional: true,
  columns: [
    { field: 'questionnaireId', heading: 'Questionnaire id', kind: 'text', width: 24, help: 'The id of its questionnaire, from the Questionnaires sheet.', whenEmpty: 'the questionnaire id is empty' },
    { field: 'id', heading: 'Statement id', kind: 'text', width: 24, help: `${ID_HELP} Used once in its questionnaire.`, whenEmpty: 'the statement id is empty' },
    { field: 'text', heading: 'Text', kind: 'text', width: 60, help: 'A short sentence the person agrees or disagrees with: 20 words or fewer. 8 to 12 per questionnaire.', whenEmpty: 'the text is empty' },
    { field: 'domainIds', heading: 'Sections', kind: 'lines', width: 24, help: `Ids of the sections it informs, from the Domains sheet, ${ONE_PER_LINE}.`, whenEmpty: 'name at least one section it informs' },
  ],
};

const idTitleSheet = (name: string, titleHelp: string): SheetLayout<'id' | 'title'> => ({
  name,
  isOptional: true,
  columns: [
    { field: 'id', heading: 'Id', kind: 'text', width: 24, help: ID_HELP, whenEmpty: 'the id is empty' },
    { field: 'title', heading: 'Title', kind: 'text', width: 50, help: titleHelp, whenEmpty: 'the title is empty' },
  ],
});

export const INSPECTION_AREA_SHEET = idTitleSheet(SHEET_NAMES.inspectionAreas, 'The inspection area’s name, as the framework named in Inspection source gives it.');
export const RESPONDENT_GROUP_SHEET = idTitleSheet(
  SHEET_NAMES.respondentGroups,
  'A group a team self-evaluation offers, e.g. Pastoral staff. Leave the sheet empty to offer senior leaders, teaching staff, support and office staff, and governors.',
);

/** Every sheet in the order a workbook has them, for a scale with these levels. */
export function toolkitSheets(levels: readonly Level[]): readonly SheetLayout[] {
  return [
    TOOLKIT_SHEET,
    SCALE_SHEET,
    DOMAIN_SHEET,
    indicatorSheet(levels),
    actionSheet(levels),
    GLOSSARY_SHEET,
    QUESTIONNAIRE_SHEET,
    QUESTIONNAIRE_STATEMENT_SHEET,
    INSPECTION_AREA_SHEET,
    RESPONDENT_GROUP_SHEET,
  ];
}

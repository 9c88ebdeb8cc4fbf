/**
 * A toolkit written out as a workbook in the layout's sheets, with every field
 * in it, so that reading the workbook back gives the same toolkit. Lists go
 * one item per line in a cell; yes/no fields as "yes" or "no", an absent
 * optional one as an empty cell; numbers stay numbers.
 */
import type { Toolkit } from './toolkit-schema';
import {
  actionSheet,
  DOMAIN_SHEET,
  GLOSSARY_SHEET,
  indicatorSheet,
  INSPECTION_AREA_SHEET,
  QUESTIONNAIRE_SHEET,
  QUESTIONNAIRE_STATEMENT_SHEET,
  RESPONDENT_GROUP_SHEET,
  SCALE_SHEET,
  TOOLKIT_FIELD_ROWS,
  TOOLKIT_SHEET,
  type SheetLayout,
} from './toolkit-workbook-layout';
import type { SheetSpec, WorkbookSpec } from './workbook';

type Cell = string | number | null;
type FieldValue = string | readonly string[] | boolean | number | undefined;

function toCell(value: FieldValue): Cell {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return value;
  return value.join('\n');
}

/** The sheet with one row per entry, each cell from the entry's field of the column's name. */
function sheetOf<F extends string>(layout: SheetLayout<F>, entries: readonly Partial<Record<F, FieldValue>>[]): SheetSpec {
  return {
    name: layout.name,
    columns: layout.columns.map(({ heading, help, width, rule }) => ({ heading, help, width, ...(rule ? { rule } : {}) })),
    rows: entries.map((entry) => layout.columns.map((column) => toCell(entry[column.field]))),
  };
}

export function toolkitToWorkbook(toolkit: Toolkit): WorkbookSpec {
  const { levels } = toolkit.scale;
  const fields: Record<(typeof TOOLKIT_FIELD_ROWS)[number]['field'], FieldValue> = {
    id: toolkit.id,
    version: toolkit.version,
    title: toolkit.title,
    summary: toolkit.summary,
    audience: toolkit.audience,
    inspectionSource: toolkit.inspectionSource,
    allowNotApplicable: toolkit.scale.allowNotApplicable,
  };
  const indicators = toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => ({ domain, indicator })));
  return {
    title: toolkit.title,
    sheets: [
      sheetOf(
        TOOLKIT_SHEET,
        TOOLKIT_FIELD_ROWS.map((row) => ({ label: row.label, value: fields[row.field] })),
      ),
      sheetOf(SCALE_SHEET, levels),
      sheetOf(DOMAIN_SHEET, toolkit.domains),
      sheetOf(
        indicatorSheet(levels),
        indicators.map(({ domain, indicator }) => ({
          ...indicator,
          ...Object.fromEntries(levels.map((level) => [`descriptor-${level.value}`, indicator.descriptors[String(level.value)]])),
          domainId: domain.id,
          duty: indicator.legalDuty?.duty,
          source: indicator.legalDuty?.source,
          metFromLevel: indicator.legalDuty?.metFromLevel,
        })),
      ),
      sheetOf(
        actionSheet(levels),
        indicators.flatMap(({ indicator }) => indicator.suggestedActions.map((action) => ({ ...action, indicatorId: indicator.id }))),
      ),
      sheetOf(GLOSSARY_SHEET, toolkit.glossary ?? []),
      sheetOf(QUESTIONNAIRE_SHEET, toolkit.questionnaires ?? []),
      sheetOf(
        QUESTIONNAIRE_STATEMENT_SHEET,
        (toolkit.questionnaires ?? []).flatMap((questionnaire) => questionnaire.statements.map((statement) => ({ ...statement, questionnaireId: questionnaire.id }))),
      ),
      sheetOf(INSPECTION_AREA_SHEET, toolkit.inspectionAreas ?? []),
      sheetOf(RESPONDENT_GROUP_SHEET, toolkit.respondentGroups ?? []),
    ],
  };
}

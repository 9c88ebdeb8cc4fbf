/**
 * The optional sheets: glossary, questionnaires with their statements,
 * inspection areas and respondent groups. A sheet that is absent or has no
 * rows leaves its part out of the toolkit, as a JSON file without it would.
 */
import { readSheet, quote } from './toolkit-workbook-cells';
import { GLOSSARY_SHEET, QUESTIONNAIRE_SHEET, QUESTIONNAIRE_STATEMENT_SHEET, SHEET_NAMES, type SheetLayout } from './toolkit-workbook-layout';
import { takeLines, takeText, withoutUndefined, type Draft, type Placed, type Reading } from './toolkit-workbook-read';
import { QUESTIONNAIRE_AUDIENCES } from './toolkit-schema';
import type { SheetData } from './workbook';

const unlessEmpty = (list: Draft[]) => (list.length > 0 ? list : undefined);

export function readGlossary(sheet: SheetData | undefined, reading: Reading): Draft[] | undefined {
  if (!sheet) return undefined;
  reading.places.place('glossary', sheet.name);
  const entries = readSheet(sheet, GLOSSARY_SHEET, reading.report).rows.map((row, g) => {
    const path = `glossary[${g}]`;
    reading.places.place(path, row.at('term'));
    return withoutUndefined({
      term: takeText(reading, row, 'term', `${path}.term`),
      definition: takeText(reading, row, 'definition', `${path}.definition`),
      also: takeLines(reading, row, 'also', `${path}.also`),
    });
  });
  return unlessEmpty(entries);
}

/** Inspection areas and respondent groups: an id and a title a row. */
export function readIdTitles(sheet: SheetData | undefined, layout: SheetLayout<'id' | 'title'>, key: 'inspectionAreas' | 'respondentGroups', reading: Reading): Draft[] | undefined {
  if (!sheet) return undefined;
  reading.places.place(key, sheet.name);
  const entries = readSheet(sheet, layout, reading.report).rows.map((row, i) => {
    const path = `${key}[${i}]`;
    reading.places.place(path, row.at('id'));
    return withoutUndefined({ id: takeText(reading, row, 'id', `${path}.id`), title: takeText(reading, row, 'title', `${path}.title`) });
  });
  return unlessEmpty(entries);
}

/** The Questionnaires sheet, and each row of Questionnaire statements put in its questionnaire. */
export function readQuestionnaires(sheet: SheetData | undefined, statementSheet: SheetData | undefined, reading: Reading): Draft[] | undefined {
  const byId = new Map<string, Placed>();
  const questionnaires = sheet ? readQuestionnaireRows(sheet, byId, reading) : [];
  if (statementSheet) {
    const rows = readSheet(statementSheet, QUESTIONNAIRE_STATEMENT_SHEET, reading.report).rows;
    if (!sheet && rows.length > 0) reading.report(statementSheet.name, `these statements have no questionnaire: the workbook has no ${quote(SHEET_NAMES.questionnaires)} sheet`);
    for (const row of sheet ? rows : []) {
      const id = row.value('questionnaireId');
      if (typeof id !== 'string') continue;
      const questionnaire = byId.get(id);
      if (!questionnaire) {
        reading.report(row.at('questionnaireId'), `there is no questionnaire ${quote(id)} on the ${SHEET_NAMES.questionnaires} sheet`);
        continue;
      }
      const path = `${questionnaire.path}.statements[${questionnaire.list.length}]`;
      reading.places.place(path, row.at('id'));
      questionnaire.list.push(
        withoutUndefined({
          id: takeText(reading, row, 'id', `${path}.id`),
          text: takeText(reading, row, 'text', `${path}.text`),
          domainIds: takeLines(reading, row, 'domainIds', `${path}.domainIds`),
        }),
      );
    }
  }
  return unlessEmpty(questionnaires);
}

function readQuestionnaireRows(sheet: SheetData, byId: Map<string, Placed>, reading: Reading): Draft[] {
  reading.places.place('questionnaires', sheet.name);
  return readSheet(sheet, QUESTIONNAIRE_SHEET, reading.report).rows.map((row, q) => {
    const path = `questionnaires[${q}]`;
    reading.places.place(path, row.at('id'));
    const statements: Draft[] = [];
    const questionnaire = withoutUndefined({
      id: takeText(reading, row, 'id', `${path}.id`),
      title: takeText(reading, row, 'title', `${path}.title`),
      // Any audience stands in for one that could not be read: a value not on the list would stop the schema's cross-checks.
      audience: takeText(reading, row, 'audience', `${path}.audience`, QUESTIONNAIRE_AUDIENCES[0]),
      introduction: takeText(reading, row, 'introduction', `${path}.introduction`),
      statements,
    });
    if (typeof questionnaire.id === 'string' && !row.isFailed('id') && !byId.has(questionnaire.id)) byId.set(questionnaire.id, { path, list: statements });
    return questionnaire;
  });
}

/**
 * A toolkit from a workbook in our template, checked as strictly as a JSON
 * toolkit file: the cells are read first (formulas, errors, wrong kinds of
 * value, empty cells, unknown ids), then the toolkit they make goes through
 * parseToolkit and lintToolkit, the checks the shipped files pass. Every
 * problem is reported at once, each at its cell (`Indicators!C14`), its sheet
 * (`Indicators`) or the file (``), so an author can fix them all in one go.
 */
import { lintToolkit } from './lint-toolkit';
import { parseToolkit, type ParseResult, type ValidationProblem } from './parse-toolkit';
import { TOOLKIT_SCHEMA_VERSION, type Toolkit } from './toolkit-schema';
import { listInWords, quote, sameName } from './toolkit-workbook-cells';
import { INSPECTION_AREA_SHEET, RESPONDENT_GROUP_SHEET, SHEET_NAMES, toolkitSheets } from './toolkit-workbook-layout';
import { placeProblems, WorkbookPlaces } from './toolkit-workbook-places';
import { readDomains, readScale, readToolkitFields, withoutUndefined, type Reading } from './toolkit-workbook-read';
import { readActions, readIndicators } from './toolkit-workbook-read-statements';
import { readGlossary, readIdTitles, readQuestionnaires } from './toolkit-workbook-read-extras';
import type { WorkbookData } from './workbook';

const TEMPLATE_SHEETS = toolkitSheets([]);
const REQUIRED = TEMPLATE_SHEETS.filter((sheet) => !sheet.isOptional).map((sheet) => sheet.name);
const OPTIONAL = TEMPLATE_SHEETS.filter((sheet) => sheet.isOptional).map((sheet) => sheet.name);
const NOT_OURS = `this is not a Reflect toolkit workbook: one has the sheets ${listInWords(REQUIRED, 'and')}, and may have ${listInWords(OPTIONAL, 'and')}`;

export interface WorkbookReadOptions {
  /**
   * Whether the editorial rules (lintToolkit) must pass too; they do unless
   * this is false. Off only to read back a toolkit that was never held to
   * them, such as an edition written before they existed.
   */
  editorialRules?: boolean;
}

export function workbookToToolkit(data: WorkbookData, { editorialRules = true }: WorkbookReadOptions = {}): ParseResult<Toolkit> {
  const isTemplateSheet = (name: string) => TEMPLATE_SHEETS.some((sheet) => sameName(sheet.name, name));
  if (!data.sheets.some((sheet) => isTemplateSheet(sheet.name))) return { ok: false, problems: [{ path: '', message: NOT_OURS }] };

  const problems: ValidationProblem[] = [];
  const reading: Reading = { places: new WorkbookPlaces(), report: (path, message) => problems.push({ path, message }) };
  for (const sheet of data.sheets) {
    if (!isTemplateSheet(sheet.name)) reading.report(sheet.name, 'this sheet is not in the template, so nothing on it would be installed; rename it as a template sheet or remove it');
  }
  for (const name of REQUIRED) {
    if (!data.sheets.some((sheet) => sameName(sheet.name, name))) reading.report('', `the workbook has no ${quote(name)} sheet`);
  }
  const sheetNamed = (name: string) => data.sheets.find((sheet) => sameName(sheet.name, name));
  for (const sheet of data.sheets) {
    // "Scale" and "scale " are two sheets to a spreadsheet, and one to this reader, which takes the first.
    if (isTemplateSheet(sheet.name) && sheetNamed(sheet.name) !== sheet) reading.report(sheet.name, 'an earlier sheet has this name too; keep one');
  }

  const fields = readToolkitFields(sheetNamed(SHEET_NAMES.toolkit), reading);
  const scale = readScale(sheetNamed(SHEET_NAMES.scale), reading);
  const domainSheet = sheetNamed(SHEET_NAMES.domains);
  const { domains, byId: sections } = domainSheet ? readDomains(domainSheet, reading) : { domains: [], byId: undefined };
  if (!domainSheet) reading.places.markReported('domains');
  const indicatorSheet = sheetNamed(SHEET_NAMES.indicators);
  const statements = indicatorSheet ? readIndicators(indicatorSheet, scale, sections, reading) : undefined;
  const actionSheet = sheetNamed(SHEET_NAMES.actions);
  if (actionSheet) readActions(actionSheet, scale, statements, reading);
  // Without the sheet, each missing part was reported once, for the file; not again for every section or statement.
  for (const section of sections?.values() ?? []) if (!indicatorSheet) reading.places.markReported(`${section.path}.indicators`);
  for (const statement of statements?.byId.values() ?? []) if (!actionSheet) reading.places.markReported(`${statement.path}.suggestedActions`);

  const text = (field: keyof typeof fields) => (typeof fields[field] === 'string' ? fields[field] : undefined);
  // Each required field left out was reported; its stand-in keeps the schema's cross-checks running (see takeText).
  const built = withoutUndefined({
    schemaVersion: TOOLKIT_SCHEMA_VERSION,
    id: text('id') ?? '',
    version: text('version') ?? '',
    title: text('title') ?? '',
    summary: text('summary') ?? '',
    audience: text('audience') ?? '',
    scale: { levels: scale.levels, allowNotApplicable: fields.allowNotApplicable === true },
    domains,
    inspectionSource: text('inspectionSource'),
    inspectionAreas: readIdTitles(sheetNamed(SHEET_NAMES.inspectionAreas), INSPECTION_AREA_SHEET, 'inspectionAreas', reading),
    glossary: readGlossary(sheetNamed(SHEET_NAMES.glossary), reading),
    questionnaires: readQuestionnaires(sheetNamed(SHEET_NAMES.questionnaires), sheetNamed(SHEET_NAMES.questionnaireStatements), reading),
    respondentGroups: readIdTitles(sheetNamed(SHEET_NAMES.respondentGroups), RESPONDENT_GROUP_SHEET, 'respondentGroups', reading),
  });

  const parsed = parseToolkit(built);
  const checks = !parsed.ok ? parsed.problems : editorialRules ? lintToolkit(parsed.value) : [];
  problems.push(...placeProblems(checks, reading.places, built, indicatorSheet?.name ?? SHEET_NAMES.indicators));
  if (parsed.ok && problems.length === 0) return parsed;
  return { ok: false, problems: inWorkbookOrder(problems, data) };
}

/** The file's problems first, then sheet by sheet in the workbook's order, each sheet's own before its cells', then row by row. */
function inWorkbookOrder(problems: ValidationProblem[], data: WorkbookData): ValidationProblem[] {
  const key = (path: string): [number, number, number] => {
    const cell = /^(.*)!([A-Z]+)(\d+)$/.exec(path);
    const sheet = data.sheets.findIndex((candidate) => candidate.name === (cell ? cell[1] : path));
    if (!cell) return [path === '' ? -1 : sheet, 0, 0];
    const column = [...cell[2]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
    return [sheet, Number(cell[3]), column];
  };
  const keyed = problems.map((problem) => ({ problem, key: key(problem.path) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return keyed.map(({ problem }) => problem);
}

/**
 * The toolkit's parts read from their sheets: its fields, the scale and the
 * sections (their statements and actions are in the -statements module).
 * Every value is placed (its JSON path tied to its cell) so the schema's
 * problems can be reported at that cell; a value whose cell was reported
 * while reading is marked so the schema does not report it again. Objects
 * are built with the code's own keys only: the one exception is a
 * descriptor's level, and those come from headings matched as digits.
 */
import { decodeCell, listInWords, quote, readSheet, sameName, type ReadRow, type Report } from './toolkit-workbook-cells';
import { DOMAIN_SHEET, SCALE_SHEET, TOOLKIT_FIELD_ROWS, TOOLKIT_SHEET, type ToolkitFieldRow } from './toolkit-workbook-layout';
import type { WorkbookPlaces } from './toolkit-workbook-places';
import type { SheetData } from './workbook';

export interface Reading {
  places: WorkbookPlaces;
  report: Report;
}

export type Draft = Record<string, unknown>;

/** The object without its undefined fields, so that an optional field left empty is absent, not present and undefined. */
export function withoutUndefined<T extends Draft>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function take<F extends string>(reading: Reading, row: ReadRow<F>, field: F, path: string) {
  reading.places.place(path, row.at(field));
  if (row.isFailed(field)) reading.places.markReported(path);
  return row.value(field);
}

/*
 * A cell already reported gets a stand-in of the right type, not nothing:
 * the schema skips its cross-checks (repeated ids, unknown sections, levels
 * off the scale) when a value has the wrong type, but not when a value is
 * merely invalid. So an empty text stands in, which fails only its own
 * check, and that check's problem is left out as already reported.
 */

export function takeText<F extends string>(reading: Reading, row: ReadRow<F>, field: F, path: string, standIn = ''): string | undefined {
  const value = take(reading, row, field, path);
  return typeof value === 'string' ? value : row.isFailed(field) ? standIn : undefined;
}

export function takeLines<F extends string>(reading: Reading, row: ReadRow<F>, field: F, path: string): string[] | undefined {
  const value = take(reading, row, field, path);
  return Array.isArray(value) ? [...(value as readonly string[])] : row.isFailed(field) ? [] : undefined;
}

/** A level off every scale (levels are 0 to 10) stands in for a number that could not be read. */
export const NO_LEVEL = -1;

export function takeNumber<F extends string>(reading: Reading, row: ReadRow<F>, field: F, path: string): number | undefined {
  const value = take(reading, row, field, path);
  return typeof value === 'number' ? value : row.isFailed(field) ? NO_LEVEL : undefined;
}

export function takeFlag<F extends string>(reading: Reading, row: ReadRow<F>, field: F, path: string): boolean | undefined {
  const value = take(reading, row, field, path);
  return typeof value === 'boolean' ? value : row.isFailed(field) ? false : undefined;
}

type ToolkitFields = Partial<Record<ToolkitFieldRow['field'], string | boolean>>;
const fieldPath = (field: ToolkitFieldRow['field']) => (field === 'allowNotApplicable' ? 'scale.allowNotApplicable' : field);

/** The Toolkit sheet: a row per field, found by the label in its Field column. */
export function readToolkitFields(sheet: SheetData | undefined, reading: Reading): ToolkitFields {
  const fields: ToolkitFields = {};
  if (!sheet) {
    for (const row of TOOLKIT_FIELD_ROWS) reading.places.markReported(fieldPath(row.field));
    return fields;
  }
  const seen = new Set<ToolkitFieldRow['field']>();
  const read = readSheet(sheet, TOOLKIT_SHEET, reading.report);
  if (!read.found.has('label') || !read.found.has('value')) {
    // Reported as a missing column; without it no row can be read, and each field missing would say so again.
    if (!read.found.has('value')) reading.report(sheet.name, 'the column "Value" is missing');
    for (const row of TOOLKIT_FIELD_ROWS) reading.places.markReported(fieldPath(row.field));
    return fields;
  }
  for (const row of read.rows) {
    const label = row.value('label');
    if (typeof label !== 'string') continue;
    const field = TOOLKIT_FIELD_ROWS.find((candidate) => sameName(candidate.label, label));
    if (!field || seen.has(field.field)) {
      const known = listInWords(TOOLKIT_FIELD_ROWS.map((candidate) => candidate.label), 'and');
      reading.report(row.at('label'), field ? `${quote(label)} is on an earlier row already; keep one` : `${quote(label)} is not a field of the template, which has ${known}`);
      continue;
    }
    seen.add(field.field);
    const value = take(reading, row, 'value', fieldPath(field.field));
    if (row.isFailed('value')) continue;
    const decoded = decodeCell(typeof value === 'string' ? value : null, field.kind);
    const problem = 'problem' in decoded ? decoded.problem : 'isEmpty' in decoded ? field.whenEmpty : undefined;
    if ('value' in decoded && (typeof decoded.value === 'string' || typeof decoded.value === 'boolean')) fields[field.field] = decoded.value;
    if (problem !== undefined) {
      reading.report(row.at('value'), problem);
      reading.places.markReported(fieldPath(field.field));
    }
  }
  for (const row of TOOLKIT_FIELD_ROWS) {
    if (seen.has(row.field) || row.whenEmpty === undefined) continue;
    reading.report(sheet.name, `there is no ${quote(row.label)} row`);
    reading.places.markReported(fieldPath(row.field));
  }
  return fields;
}

export interface ScaleRead {
  levels: Draft[];
  /** Each level's number: the descriptor columns to expect. */
  values: number[];
  /** Every level's number could be read and is used once, so descriptors and levels named elsewhere can be checked against them. */
  isKnown: boolean;
}

export function readScale(sheet: SheetData | undefined, reading: Reading): ScaleRead {
  if (!sheet) {
    reading.places.markReported('scale.levels');
    return { levels: [], values: [], isKnown: false };
  }
  reading.places.place('scale', sheet.name);
  reading.places.place('scale.levels', sheet.name);
  const rows = readSheet(sheet, SCALE_SHEET, reading.report).rows;
  const levels = rows.map((row, i) => {
    reading.places.place(`scale.levels[${i}]`, row.at('value'));
    return withoutUndefined({ value: takeNumber(reading, row, 'value', `scale.levels[${i}].value`), label: takeText(reading, row, 'label', `scale.levels[${i}].label`) });
  });
  const values = levels.map((level) => level.value).filter((value) => typeof value === 'number');
  // A level that could not be read, or is repeated, is reported on the Scale sheet; the scale is then too unsure to check descriptors against.
  const isKnown = rows.every((row) => !row.isFailed('value')) && new Set(values).size === values.length;
  return { levels, values, isKnown };
}

/** Where a section or a statement is in the toolkit being built, by its id (the first row with it; never a stand-in). */
export interface Placed {
  path: string;
  /** Its statements, or its suggested actions: rows of the next sheet go here. */
  list: Draft[];
}

export function readDomains(sheet: SheetData, reading: Reading): { domains: Draft[]; byId: Map<string, Placed> } {
  reading.places.place('domains', sheet.name);
  const byId = new Map<string, Placed>();
  const domains = readSheet(sheet, DOMAIN_SHEET, reading.report).rows.map((row, d) => {
    const path = `domains[${d}]`;
    reading.places.place(path, row.at('id'));
    const field = (name: 'id' | 'title' | 'shortTitle' | 'description') => takeText(reading, row, name, `${path}.${name}`);
    const indicators: Draft[] = [];
    const domain = withoutUndefined({
      id: field('id'),
      title: field('title'),
      shortTitle: field('shortTitle'),
      description: field('description'),
      indicators,
      inspectionAreaIds: takeLines(reading, row, 'inspectionAreaIds', `${path}.inspectionAreaIds`),
    });
    if (typeof domain.id === 'string' && !row.isFailed('id') && !byId.has(domain.id)) byId.set(domain.id, { path, list: indicators });
    return domain;
  });
  return { domains, byId };
}

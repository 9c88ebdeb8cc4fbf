/**
 * The Indicators sheet's statements, each put in its section, and the
 * Suggested actions sheet's actions, each put with its statement. A row that
 * names a section or statement the workbook does not have is reported at
 * that cell and left out.
 */
import { quote, readSheet, type ReadRow } from './toolkit-workbook-cells';
import { actionSheet, descriptorColumn, descriptorHeadingLevel, indicatorSheet, SHEET_NAMES, type DescriptorField, type IndicatorField } from './toolkit-workbook-layout';
import { NO_LEVEL, takeFlag, takeLines, takeNumber, takeText, withoutUndefined, type Draft, type Placed, type Reading, type ScaleRead } from './toolkit-workbook-read';
import type { SheetData } from './workbook';

const LEGAL_EMPTY = {
  duty: 'the legal duty is empty; a statement with a legal source needs the duty it checks',
  source: 'the legal source is empty; a legal duty needs the law or guidance it comes from',
  metFromLevel: 'the level the duty is met from is empty; a legal duty needs it',
} as const;

/**
 * The Indicators sheet: each row a statement, put in its section. `ids` gets
 * every statement id typed, including rows left out, so that their
 * suggested actions are not reported a second time.
 */
export function readIndicators(sheet: SheetData, scale: ScaleRead, sections: Map<string, Placed> | undefined, reading: Reading) {
  const layout = indicatorSheet(scale.isKnown ? scale.values.map((value) => ({ value })) : []);
  const offScale = (heading: string) => {
    const level = descriptorHeadingLevel(heading);
    return level === undefined ? undefined : descriptorColumn(level, undefined, false);
  };
  const read = readSheet(sheet, layout, reading.report, offScale);
  const levels = read.columns.flatMap((column) => (column.field.startsWith('descriptor-') ? [Number(column.field.slice('descriptor-'.length))] : []));
  const byId = new Map<string, Placed>();
  const ids = new Set<string>();
  for (const row of read.rows) {
    const id = row.value('id');
    if (typeof id === 'string') ids.add(id);
    const domainId = row.value('domainId');
    if (typeof domainId !== 'string' || !sections) continue;
    const section = sections.get(domainId);
    if (!section) {
      reading.report(row.at('domainId'), `there is no section ${quote(domainId)} on the ${SHEET_NAMES.domains} sheet`);
      continue;
    }
    const path = `${section.path}.indicators[${section.list.length}]`;
    reading.places.place(path, row.at('id'));
    const descriptors: Record<string, string> = {};
    for (const level of levels) {
      const text = takeText(reading, row, `descriptor-${level}` as DescriptorField, `${path}.descriptors.${level}`);
      if (text !== undefined) descriptors[String(level)] = text;
    }
    if (!scale.isKnown) reading.places.markReported(`${path}.descriptors`);
    const suggestedActions: Draft[] = [];
    const indicator = withoutUndefined({
      id: takeText(reading, row, 'id', `${path}.id`),
      statement: takeText(reading, row, 'statement', `${path}.statement`),
      descriptors,
      evidencePrompts: takeLines(reading, row, 'evidencePrompts', `${path}.evidencePrompts`),
      suggestedActions,
      reference: takeText(reading, row, 'reference', `${path}.reference`),
      core: takeFlag(reading, row, 'core', `${path}.core`),
      legalDuty: readLegalDuty(row, `${path}.legalDuty`, scale, reading),
      replaces: takeLines(reading, row, 'replaces', `${path}.replaces`),
    });
    section.list.push(indicator);
    if (typeof indicator.id === 'string' && !row.isFailed('id') && !byId.has(indicator.id)) byId.set(indicator.id, { path, list: suggestedActions });
  }
  return { byId, ids };
}

/** A legal duty needs all three of its cells, or none. */
function readLegalDuty(row: ReadRow<IndicatorField>, path: string, scale: ScaleRead, reading: Reading): Draft | undefined {
  const fields = ['duty', 'source', 'metFromLevel'] as const;
  if (fields.every((field) => row.value(field) === undefined && !row.isFailed(field))) return undefined;
  reading.places.place(path, row.at('duty'));
  for (const field of fields) {
    if (row.value(field) !== undefined || row.isFailed(field)) continue;
    reading.report(row.at(field), LEGAL_EMPTY[field]);
    reading.places.markReported(`${path}.${field}`);
  }
  if (!scale.isKnown) reading.places.markReported(`${path}.metFromLevel`);
  // The stand-ins for cells just reported empty, as takeText and takeNumber give for cells that could not be read.
  return {
    duty: takeText(reading, row, 'duty', `${path}.duty`) ?? '',
    source: takeText(reading, row, 'source', `${path}.source`) ?? '',
    metFromLevel: takeNumber(reading, row, 'metFromLevel', `${path}.metFromLevel`) ?? NO_LEVEL,
  };
}

/** The Suggested actions sheet: each row an action, put with its statement. */
export function readActions(sheet: SheetData, scale: ScaleRead, statements: { byId: Map<string, Placed>; ids: Set<string> } | undefined, reading: Reading): void {
  const layout = actionSheet(scale.isKnown ? scale.values.map((value) => ({ value })) : []);
  for (const row of readSheet(sheet, layout, reading.report).rows) {
    const id = row.value('indicatorId');
    if (typeof id !== 'string' || !statements) continue;
    const statement = statements.byId.get(id);
    if (!statement) {
      // A statement whose row could not be placed was reported there; its actions need no report of their own.
      if (!statements.ids.has(id)) reading.report(row.at('indicatorId'), `there is no statement ${quote(id)} on the ${SHEET_NAMES.indicators} sheet`);
      continue;
    }
    const path = `${statement.path}.suggestedActions[${statement.list.length}]`;
    reading.places.place(path, row.at('action'));
    if (!scale.isKnown) reading.places.markReported(`${path}.whenRated`);
    statement.list.push(
      withoutUndefined({
        action: takeText(reading, row, 'action', `${path}.action`),
        successMeasure: takeText(reading, row, 'successMeasure', `${path}.successMeasure`),
        whenRated: takeNumber(reading, row, 'whenRated', `${path}.whenRated`),
      }),
    );
  }
}

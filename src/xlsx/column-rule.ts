/**
 * A column's rule as Excel data validation: a drop-down for a list, a check
 * for a whole number, each with the column's help shown when a cell in it is
 * chosen. Excel refuses (and "repairs" the file, dropping them) titles over
 * 32 characters, prompts over 255 and alerts over 225, and an inline list
 * over 255 characters, so each is kept inside those.
 */
import type { DataValidation } from 'exceljs';
import type { ColumnRule, ColumnSpec } from '../core/workbook';

const MAX_TITLE = 32;
const MAX_PROMPT = 255;
const MAX_ALERT = 225;
const MAX_INLINE_LIST = 255;

/** exceljs writes a validation of type 'any' (Excel's "any value") with no type, which Excel reads as a prompt alone; its types leave it out. */
type Validation = DataValidation | (Omit<DataValidation, 'type'> & { type: 'any' });

export function columnValidation(column: ColumnSpec & { rule: ColumnRule }): Validation {
  const prompt = { showInputMessage: true, promptTitle: clip(column.heading, MAX_TITLE), prompt: clip(column.help, MAX_PROMPT) };
  const { rule } = column;
  if (rule.kind === 'whole') {
    return {
      ...prompt,
      type: 'whole',
      operator: 'between',
      formulae: [rule.min, rule.max],
      allowBlank: true,
      ...alert(column.heading, `Type a whole number from ${rule.min} to ${rule.max}.`),
    };
  }
  const list = rule.values.join(',');
  // An inline list cannot hold a comma or a quote (the comma separates its values), nor pass 255 characters.
  if (list.length > MAX_INLINE_LIST || rule.values.some((value) => /[,"]/.test(value))) return { ...prompt, type: 'any', formulae: [] };
  return {
    ...prompt,
    type: 'list',
    formulae: [`"${list}"`],
    allowBlank: true,
    ...alert(column.heading, `Choose one of: ${rule.values.join(', ')}.`, 'Choose one of the values in the drop-down list.'),
  };
}

function alert(heading: string, message: string, shorter = message) {
  return {
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: clip(heading, MAX_TITLE),
    error: Array.from(message).length <= MAX_ALERT ? message : clip(shorter, MAX_ALERT),
  };
}

/** At most `max` characters (code points, so no emoji is cut in half), with an ellipsis where text was cut. */
export function clip(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

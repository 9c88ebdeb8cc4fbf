import { expect, type Page } from '@playwright/test';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { levelFor, rateWholeAudit, startAudit, type AuditDetails } from './audit-flow';

/** Starts an audit, rates every indicator (varied levels, see levelFor) and returns the audit's id. */
export async function startRatedAudit(page: Page, toolkit: Toolkit, details: Omit<AuditDetails, 'toolkitTitle'>): Promise<string> {
  await startAudit(page, { ...details, toolkitTitle: toolkit.title });
  await rateWholeAudit(page, toolkit);
  return new URL(page.url()).pathname.split('/')[2]!;
}

/**
 * The indicators of an audit rated by rateWholeAudit, in the order the
 * suggestions page should offer them when no domain is a priority: lowest
 * level first, toolkit order breaking ties.
 */
export function suggestionOrder(toolkit: Toolkit) {
  const rated = toolkit.domains.flatMap((domain, d) =>
    domain.indicators.map((indicator, i) => {
      const value = levelFor(toolkit, d, i).value;
      return { domain, indicator, value, isLegalDutyNotMet: indicator.legalDuty !== undefined && value < indicator.legalDuty.metFromLevel };
    }),
  );
  return rated.sort((a, b) => Number(b.isLegalDutyNotMet) - Number(a.isLegalDutyNotMet) || a.value - b.value);
}

/** The plan's action cards, in the order shown. */
export function actionCards(page: Page) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: /^Action \d+$/ }) });
}

/** Fills a field of an open action editor and waits until it is stored. */
export async function fillAction(page: Page, number: number, fields: Partial<Record<'Action' | 'Success measure' | 'Lead' | 'Target date' | 'Progress note', string>>) {
  const editor = page.getByRole('form', { name: `Edit action ${number}` });
  for (const [label, value] of Object.entries(fields)) await editor.getByLabel(label, { exact: true }).fill(value);
  await expect(editor.getByRole('status')).toHaveText('All changes saved.');
  return editor;
}

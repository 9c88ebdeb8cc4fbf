/**
 * Backup and restore at a size far beyond one school's use: 100 audits of a
 * 60-indicator toolkit, each with notes, reflections and a 15-action plan
 * with 3 review dates.
 * Driven through the settings page of the built app in Chromium.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Answer, Audit, PlanAction, Reflection } from '../../src/core/audit';
import { buildBackup, serializeBackup } from '../../src/core/backup-build';
import type { PlanReview } from '../../src/core/plan-reviews';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeBenchToolkit } from './bench-toolkit';
import { median, type Bench } from './types';

const AUDITS = 100;
const DOMAINS = 8;
const INDICATORS_PER_DOMAIN = 8;
const ACTIONS = 15;
const REVIEWS = 3;
const RUNS = 3;
const note = 'We checked registers against the MIS and spoke to three families; the pattern holds across year groups. '.repeat(2);

const makeToolkit = (): Toolkit => makeBenchToolkit({ id: 'bench-toolkit', title: 'Bench toolkit', domains: DOMAINS, indicatorsPerDomain: INDICATORS_PER_DOMAIN });

function makeBackupText(): string {
  const toolkit = makeToolkit();
  const audits: Audit[] = [];
  const answers: Answer[] = [];
  const reflections: Reflection[] = [];
  const actions: PlanAction[] = [];
  const planReviews: PlanReview[] = [];
  for (let a = 0; a < AUDITS; a += 1) {
    const id = `audit-${a}`;
    audits.push({ id, toolkitId: toolkit.id, toolkitVersion: toolkit.version, school: `School ${a % 7}`, title: `Review ${a}`, date: '2026-11-25', participants: 'Head, SENCo', status: 'complete', basedOnAuditId: null, priorityDomainIds: [], createdAt: a, updatedAt: a, deletedAt: null });
    for (const domain of toolkit.domains) {
      reflections.push({ auditId: id, domainId: domain.id, workingWell: note, evenBetterIf: note, updatedAt: a });
      for (const [i, indicator] of domain.indicators.entries()) answers.push({ auditId: id, indicatorId: indicator.id, rating: (i % 4) + 1, note, updatedAt: a });
    }
    for (let n = 0; n < ACTIONS; n += 1) {
      actions.push({ id: `${id}-action-${n}`, auditId: id, domainId: null, indicatorId: null, action: note, successMeasure: note, lead: 'Deputy head', targetDate: 'Spring 2027', status: 'on-track', progressNote: note, order: n, createdAt: a, updatedAt: a });
    }
    for (let n = 0; n < REVIEWS; n += 1) {
      planReviews.push({ id: `${id}-review-${n}`, auditId: id, when: `202${7 + n}-03-20`, who: 'Full governing body', note, createdAt: a, updatedAt: a });
    }
  }
  return serializeBackup(buildBackup({ audits, answers, reflections, actions, actionReviews: [], planReviews, respondents: [], responses: [], agreedRatings: [], voiceAnswers: [], toolkits: [{ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: 0 }] }, '0.0.0', new Date()));
}

const backup: Bench = async ({ baseUrl, browser }) => {
  const text = makeBackupText();
  const file = resolve(tmpdir(), 'reflect-bench-backup.json');
  writeFileSync(file, text);
  const check: number[] = [];
  const restore: number[] = [];
  const exportTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ baseURL: baseUrl, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/settings');
    await page.getByLabel('Backup file').setInputFiles(file);
    let start = performance.now();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Restore from this file' }).waitFor();
    check.push(performance.now() - start);
    start = performance.now();
    await page.getByRole('button', { name: 'Restore from this file' }).click();
    await page.getByText(/^Restored /).waitFor();
    restore.push(performance.now() - start);
    start = performance.now();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup of everything' }).click()]);
    exportTimes.push(performance.now() - start);
    await context.close();
  }
  return [
    { name: `backup file, ${AUDITS} audits × ${DOMAINS * INDICATORS_PER_DOMAIN} indicators`, value: Buffer.byteLength(text), unit: 'B' },
    { name: 'check the file (read, parse, validate, compare) median', value: median(check), unit: 'ms' },
    { name: 'restore (one transaction) median', value: median(restore), unit: 'ms' },
    { name: 'export everything (read, check, download) median', value: median(exportTimes), unit: 'ms' },
  ];
};

export default backup;

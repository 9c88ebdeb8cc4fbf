/**
 * A team self-evaluation at the size the issue sets: 30 colleagues' response
 * files of a 40-statement toolkit brought in at once on the team page, then
 * the results page drawn with all 30 (and the lead) counted. The reference,
 * measured in the same run, is the same results page for one person's audit
 * of the same toolkit. The audits arrive through a backup restored on the
 * settings page; the response files are made by the app's own builder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Answer, Audit } from '../../src/core/audit';
import { buildBackup, serializeBackup } from '../../src/core/backup-build';
import type { Respondent } from '../../src/core/team';
import { buildResponse, serializeTeamFile } from '../../src/core/team-files';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeBenchToolkit } from './bench-toolkit';
import { median, type Bench } from './types';

const DOMAINS = 5;
const INDICATORS_PER_DOMAIN = 8;
const RESPONDENTS = 30;
const RUNS = 3;
const TEAM_ID = 'bench-team-audit';
const SOLO_ID = 'bench-solo-audit';
const time = Date.parse('2026-12-01T09:00:00Z');

const makeToolkit = (): Toolkit => makeBenchToolkit({ id: 'bench-team-toolkit', title: 'Bench team toolkit', domains: DOMAINS, indicatorsPerDomain: INDICATORS_PER_DOMAIN });

const toolkit = makeToolkit();
const indicatorIds = toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id));

function audit(id: string, title: string, team: boolean): Audit {
  return {
    id, toolkitId: toolkit.id, toolkitVersion: toolkit.version, school: 'Bench Primary', title, date: '2026-12-01', participants: 'The lead',
    status: 'in-progress', scope: 'full', basedOnAuditId: null, priorityDomainIds: [], createdAt: time, updatedAt: time, deletedAt: null,
    ...(team ? { team: { mode: 'anonymous' as const, leadGroupId: 'senior-leaders' } } : {}),
  };
}

const respondents: Respondent[] = Array.from({ length: RESPONDENTS }, (_, n) => ({
  auditId: TEAM_ID, id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Colleague ${n + 1}`,
  groupId: ['teaching-staff', 'support-staff', 'governors'][n % 3]!, takesPart: 'own-device', createdAt: time + n, updatedAt: time + n, removedAt: null, revealed: false, finishedAt: null,
}));

function leadAnswers(auditId: string): Answer[] {
  return indicatorIds.map((indicatorId, i) => ({ auditId, indicatorId, rating: (i % 4) + 1, note: 'Seen in the registers.', updatedAt: time }));
}

function backupText(): string {
  const records = {
    audits: [audit(TEAM_ID, 'Team review', true), audit(SOLO_ID, 'One person’s review', false)],
    answers: [...leadAnswers(TEAM_ID), ...leadAnswers(SOLO_ID)],
    reflections: [], actions: [], actionReviews: [], planReviews: [], respondents, responses: [], agreedRatings: [], voiceAnswers: [],
    toolkits: [{ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: time }],
  };
  return serializeBackup(buildBackup(records, '0.0.0', new Date(time)));
}

/** Each colleague's file, as their laptop would write it: their copy of the audit and their answers. */
function responseFiles(dir: string): string[] {
  return respondents.map((respondent, n) => {
    const copy: Audit = { ...audit(TEAM_ID, 'Team review', false), invitation: { respondentId: respondent.id, respondentName: respondent.name, groupId: respondent.groupId, groupTitle: '', mode: 'anonymous' } };
    const answers = indicatorIds.map((indicatorId, i) => ({ indicatorId, rating: ((i + n) % 4) + 1, note: n % 5 === 0 ? `Note from colleague ${n + 1}.` : '' }));
    const file = resolve(dir, `response-${n + 1}.json`);
    writeFileSync(file, serializeTeamFile(buildResponse({ audit: copy, toolkit, answers, appVersion: '0.0.0', now: new Date(time) })));
    return file;
  });
}

/**
 * From the click on the evaluation bar's "Results" link to the frame that
 * shows the page with its data: the scores table and the radar drawn. Timed in
 * the page, so that Playwright's own work on the click and its polling are not
 * counted as the app's.
 */
async function timeResults(page: Page, auditId: string): Promise<number> {
  await page.goto(`/audits/${auditId}/team`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    const holder = window as unknown as { resultsShown?: Promise<number> };
    holder.resultsShown = new Promise<number>((resolve) => {
      let clickedAt = Number.NaN;
      window.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const hasTable = [...document.querySelectorAll('main table caption')].some((caption) => caption.textContent?.startsWith('Scores by section'));
        if (!hasTable || !document.querySelector('main .app-radar__chart svg')) return;
        observer.disconnect();
        // A task queued from the next animation frame runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Results' }).click();
  return page.evaluate(() => (window as unknown as { resultsShown: Promise<number> }).resultsShown);
}

const team: Bench = async ({ baseUrl, browser }) => {
  const dir = resolve(tmpdir(), 'reflect-bench-team');
  mkdirSync(dir, { recursive: true });
  const backup = resolve(dir, 'backup.json');
  writeFileSync(backup, backupText());
  const files = responseFiles(dir);
  const imports: number[] = [];
  const teamResults: number[] = [];
  const soloResults: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto('/settings');
    await page.getByLabel('Backup file').setInputFiles(backup);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Restore from this file' }).click();
    await page.getByText(/^Restored /).waitFor();
    await page.goto(`/audits/${TEAM_ID}/team`);
    await page.getByLabel('Response files').setInputFiles(files);
    const start = performance.now();
    await page.getByRole('button', { name: 'Bring in responses' }).click();
    await page.getByText(`All ${RESPONDENTS} files were read`).waitFor();
    imports.push(performance.now() - start);
    // Once untimed, so that both figures measure drawing the page, not fetching its code the first time.
    await timeResults(page, SOLO_ID);
    for (let repeat = 0; repeat < 3; repeat += 1) {
      teamResults.push(await timeResults(page, TEAM_ID));
      soloResults.push(await timeResults(page, SOLO_ID));
    }
    await context.close();
  }
  const teamMs = median(teamResults);
  const soloMs = median(soloResults);
  return [
    { name: `bring in ${RESPONDENTS} response files, ${indicatorIds.length} statements each, median`, value: median(imports), unit: 'ms', target: '< 1000' },
    { name: `results page with ${RESPONDENTS} respondents and the lead, click to drawn, median`, value: teamMs, unit: 'ms', target: '< 200' },
    { name: 'results page of one person’s audit (reference), click to drawn, median', value: soloMs, unit: 'ms' },
    { name: 'team results ÷ one person’s', value: teamMs / soloMs, unit: '×' },
  ];
};

export default team;

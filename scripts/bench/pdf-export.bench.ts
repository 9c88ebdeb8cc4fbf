/**
 * PDF and Word export of a full audit: a 40-indicator toolkit (8 domains of 5), every
 * indicator rated, reflections in every domain and 30 actions with three reviews each
 * (the plan through a year: its progress history under every action), exported from
 * the plan page in headless Chromium. The first export follows a few
 * seconds on the page (for both apps), which Reflect uses to load the PDF
 * code and the fonts the plan needs and to make the PDF; the median is of the exports after it. The Word document of the
 * same plan follows, timed alike, with the Word code it loads. Also the gzip size of the
 * JavaScript the first export loads (jsPDF, autotable, our layout) and of
 * the fonts: this plan's names need Polish, Greek, Cyrillic and Arabic.
 * Beside it, in the same run, SurveyJS's survey-pdf saves a bare form of the
 * same questions (scripts/bench/surveyjs), served alike and timed alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from '@playwright/test';
import { makeTempDir, removeDir } from './builds';
import { closeOverStaticImports } from './first-load';
import { readBuildManifest } from './lazy-chunks';
import { serveStatic } from './static-server';
import { buildSurveyJs } from './surveyjs/build';
import { median, type Bench } from './types';

const RUNS = 7;
/** How long someone is on the page before the first click, for both apps: each may use the time as it likes. */
const READING_MS = 3_000;
const REVIEW_DAYS = ['2027-01-13', '2027-03-17', '2027-05-19'];

function makeToolkit() {
  const levels = ['Not yet in place', 'Emerging', 'Developing', 'Embedded'].map((label, index) => ({ value: index + 1, label }));
  return {
    schemaVersion: 1,
    id: 'bench-toolkit',
    version: '1.0.0',
    title: 'Benchmark self-evaluation',
    summary: 'Forty indicators.',
    audience: 'Benchmarks.',
    scale: { levels, allowNotApplicable: true },
    domains: Array.from({ length: 8 }, (_, d) => ({
      id: `domain-${d + 1}`,
      title: `Domain ${d + 1}: relationships between pupils, staff and families`,
      shortTitle: `Domain ${d + 1}`,
      description: 'A domain.',
      indicators: Array.from({ length: 5 }, (_, i) => ({
        id: `d${d + 1}-i${i + 1}`,
        statement: `Indicator ${i + 1} of domain ${d + 1}: staff, pupils and families describe what good looks like here in a sentence of realistic length.`,
        descriptors: Object.fromEntries(levels.map((level) => [String(level.value), `${level.label}.`])),
        evidencePrompts: ['How do we know?'],
        suggestedActions: [{ action: 'Do something useful.', successMeasure: 'It worked.' }],
        reference: 'Reference.',
      })),
    })),
  };
}

function seed(auditId: string) {
  const toolkit = makeToolkit();
  const time = Date.now();
  const leads = ['Łucja Wójcik', 'Αθηνά Παπαδοπούλου', 'Ольга Іваненко', 'محمد علی', 'Siobhán O’Neill'];
  return {
    toolkit: { id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: time },
    audit: {
      id: auditId, toolkitId: toolkit.id, toolkitVersion: toolkit.version, school: 'Benchmark Primary School', title: 'Autumn review', date: '2026-11-25',
      participants: 'Head, SENCo, governors', status: 'complete', basedOnAuditId: null, priorityDomainIds: ['domain-3', 'domain-5'], createdAt: time, updatedAt: time, deletedAt: null,
    },
    answers: toolkit.domains.flatMap((domain, d) => domain.indicators.map((indicator, i) => ({ auditId, indicatorId: indicator.id, rating: ((d + i) % 4) + 1, note: '', updatedAt: time }))),
    reflections: toolkit.domains.map((domain) => ({ auditId, domainId: domain.id, workingWell: 'Families say the office is welcoming – and it costs under £200.', evenBetterIf: 'Letters were shorter and sent in home languages.', updatedAt: time })),
    actions: Array.from({ length: 30 }, (_, index) => ({
      id: `bench-action-${index + 1}`, auditId, domainId: `domain-${(index % 8) + 1}`, indicatorId: null,
      action: `Action ${index + 1}: agree a weekly routine for checking the attendance of every pupil below 90%, and share it with tutors and families.`,
      successMeasure: 'Persistent absence falls below the national figure by the summer census.',
      lead: leads[index % leads.length], targetDate: index % 2 ? '2027-03-31' : 'Spring 2027', status: 'on-track', progressNote: index % 3 ? '' : 'Started in January.',
      order: index, createdAt: time, updatedAt: time,
    })),
    // Three looks at the plan, each action reviewed at each: the progress history the Word and PDF plans write under it.
    actionReviews: Array.from({ length: 30 }, (_, index) =>
      REVIEW_DAYS.map((reviewedOn, look) => ({
        id: `bench-action-${index + 1}-review-${look + 1}`, auditId, actionId: `bench-action-${index + 1}`, reviewedOn,
        status: ['on-track', 'at-risk', 'done'][(index + look) % 3], measureMet: ['partly', 'not-met', 'met'][(index + look) % 3],
        note: `Review ${look + 1}: figures for the half term looked at with the attendance officer; two tutor groups still to start.`,
        evidence: 'Attendance officer’s report to the senior leadership team', createdAt: time + look, updatedAt: time + look,
      })),
    ).flat(),
    reviews: [{ id: 'bench-review-1', auditId, when: '2027-03-20', who: 'Full governing body', note: '', createdAt: time, updatedAt: time }],
  };
}

/**
 * RUNS + 1 clicks of a download button, click to download: the first loads the code, the rest
 * find it loaded. The button is found once, before the clock starts: finding it by its role and
 * name again at each click means Playwright reading the whole page, which on a plan of 30 actions
 * with their reviews took about 18 ms of the page's main thread per click in a profile, which no user's click pays.
 * `beforeFirst` runs just before the first click, `afterFirst` once the first download has arrived. Before the first click the page is
 * left READING_MS after its network falls quiet, as a reader would look at it first.
 */
interface DownloadHooks {
  beforeFirst?: () => Promise<void>;
  afterFirst?: () => void;
}

async function timeDownloads(page: Page, name: string, { beforeFirst, afterFirst }: DownloadHooks = {}) {
  const button = await page.getByRole('button', { name }).elementHandle();
  if (!button) throw new Error(`No button named ${name}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(READING_MS);
  const times: number[] = [];
  let file = new Uint8Array();
  await beforeFirst?.();
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    times.push(performance.now() - start);
    file = readFileSync((await download.path())!);
    if (run === 0) afterFirst?.();
  }
  return { times, file };
}

/** SurveyJS's form PDF, built and served in this run as the app is. */
async function surveyJsExport(browser: Browser): Promise<number[]> {
  const outDir = makeTempDir('bench-surveyjs');
  await buildSurveyJs(outDir);
  const server = await serveStatic(outDir);
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(server.url).origin && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
    const { times, file } = await timeDownloads(page, 'Download PDF');
    if (elsewhere.length > 0) throw new Error(`The SurveyJS reference asked other origins for ${elsewhere.join(', ')}`);
    if (!new TextDecoder().decode(file.subarray(0, 5)).startsWith('%PDF')) throw new Error('SurveyJS did not save a PDF');
    return times;
  } finally {
    await context.close();
    await server.close();
    removeDir(outDir);
  }
}

const pdfExport: Bench = async ({ baseUrl, browser, distDir }) => {
  const surveyJs = await surveyJsExport(browser);
  const context = await browser.newContext({ baseURL: baseUrl, acceptDownloads: true, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Your self-evaluations' }).waitFor();
    const data = seed('bench-audit');
    await page.evaluate(async (records) => {
      // The app creates its stores as it starts: wait until it has (an inline loop, as tsx would name a helper function).
      let db: IDBDatabase | null = null;
      while (!db?.objectStoreNames.contains('planReviews')) {
        db?.close();
        await new Promise((done) => setTimeout(done, 50));
        if (!(await indexedDB.databases()).some((info) => info.name === 'reflect')) continue;
        db = await new Promise<IDBDatabase>((done, fail) => {
          const request = indexedDB.open('reflect');
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
      }
      const stores = ['toolkits', 'audits', 'answers', 'reflections', 'actions', 'actionReviews', 'planReviews'];
      const transaction = db.transaction(stores, 'readwrite');
      transaction.objectStore('toolkits').put(records.toolkit);
      transaction.objectStore('audits').put(records.audit);
      for (const row of records.answers) transaction.objectStore('answers').put(row);
      for (const row of records.reflections) transaction.objectStore('reflections').put(row);
      for (const row of records.actions) transaction.objectStore('actions').put(row);
      for (const row of records.actionReviews) transaction.objectStore('actionReviews').put(row);
      for (const row of records.reviews) transaction.objectStore('planReviews').put(row);
      await new Promise((done, fail) => {
        transaction.oncomplete = done;
        transaction.onerror = () => fail(transaction.error);
      });
      db.close();
    }, data);
    await page.goto('/audits/bench-audit/plan');
    await page.getByRole('heading', { level: 4, name: 'Action 30', exact: true }).waitFor();
    // The main thread's long tasks from here to the first click: what making the PDF ahead costs someone reading the page
    // (with the page's own fetching of the code of the screens it links to).
    await page.evaluate(() => {
      const tasks: number[] = [];
      (window as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
    });
    let readingTasks: number[] = [];
    const readTasks = async () => {
      readingTasks = await page.evaluate(() => [...(window as unknown as { benchLongTasks: number[] }).benchLongTasks]);
    };

    const gzip = (file: string) => gzipSync(readFileSync(resolve(distDir, 'assets', file))).length;
    const sum = (files: string[]) => files.reduce((total, file) => total + gzip(file), 0);
    /** RUNS + 1 downloads from the button; the chunks the first one loaded, which later ones find loaded. */
    const exportRuns = async (name: string, beforeFirst?: () => Promise<void>) => {
      const loaded = new Set<string>();
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/assets/') && path.endsWith('.js')) loaded.add(basename(path));
      });
      const { times, file } = await timeDownloads(page, name, { beforeFirst, afterFirst: () => page.removeAllListeners('response') });
      return { times, bytes: file.length, file, chunks: [...loaded] };
    };

    const pdf = await exportRuns('Download development plan (PDF)', readTasks);
    const fonts = pdf.chunks.filter((file) => file.startsWith('noto-sans'));
    // While the page is read it also fetches the code of the screens it links to: count only the PDF's.
    const pdfEntry = readBuildManifest(distDir).filter((chunk) => chunk.isDynamicEntry && /(^|\/)pdf\/plan-renderer\.ts$/.test(chunk.src ?? ''));
    const pdfCode = new Set(closeOverStaticImports(distDir, pdfEntry.map((chunk) => chunk.file)).map((file) => basename(file)));
    if (pdfCode.size === 0) throw new Error('The build has no chunk for pdf/plan-renderer.ts');
    const code = pdf.chunks.filter((file) => pdfCode.has(file));
    const latin = readdirSync(resolve(distDir, 'assets')).filter((file) => /^noto-sans-latin-[47]00-normal-.*\.js$/.test(file));
    process.stderr.write(`PDF chunks loaded by the first PDF export: ${[...code, ...fonts].sort().join(', ')}\n`);
    // The evidence notes left out on the page: the PDF is made ahead again, as the box stands. Ticked again for Word.
    const evidence = page.getByRole('checkbox', { name: 'Include the evidence notes' });
    await evidence.uncheck();
    const withoutEvidence = await timeDownloads(page, 'Download development plan (PDF)');
    await evidence.check();
    // The same plan in Word, after the PDF: what it loads is what the PDF had not already loaded.
    const word = await exportRuns('Download development plan (Word)');
    // The figures are of a plan with its history: make sure the document has it.
    const reviewsWritten = strFromU8(unzipSync(word.file)['word/document.xml']!).split('Review 3: figures').length - 1;
    if (reviewsWritten !== 30) throw new Error(`The Word plan has ${reviewsWritten} third reviews, not 30`);
    process.stderr.write(`Chunks loaded by the first Word export: ${word.chunks.sort().join(', ')}\n`);
    const reflectMedian = median(pdf.times.slice(1));
    const surveyJsMedian = median(surveyJs.slice(1));
    return [
      { name: 'PDF export, first, after 3 s on the page', value: pdf.times[0]!, unit: 'ms' },
      { name: `PDF export, median of ${RUNS} after it`, value: reflectMedian, unit: 'ms', target: '≤ 2000' },
      { name: 'SurveyJS form PDF, first (loads survey-pdf)', value: surveyJs[0]!, unit: 'ms' },
      { name: `SurveyJS form PDF, median of ${RUNS} after it`, value: surveyJsMedian, unit: 'ms' },
      { name: 'PDF first export: Reflect / SurveyJS', value: pdf.times[0]! / surveyJs[0]!, unit: '×', target: '≤ 0.8' },
      { name: 'PDF median export: Reflect / SurveyJS', value: reflectMedian / surveyJsMedian, unit: '×', target: '≤ 0.8' },
      { name: 'longest main-thread task while the plan page was read before it', value: Math.max(0, ...readingTasks), unit: 'ms' },
      { name: 'main-thread time in long tasks while it was read', value: readingTasks.reduce((total, task) => total + task, 0), unit: 'ms' },
      { name: 'PDF without the evidence notes, first, after 3 s', value: withoutEvidence.times[0]!, unit: 'ms' },
      { name: `PDF without the evidence notes, median of ${RUNS} after it`, value: median(withoutEvidence.times.slice(1)), unit: 'ms' },
      { name: 'PDF code chunk(s) loaded (gzip)', value: sum(code), unit: 'B' },
      { name: 'fonts for this plan (gzip)', value: sum(fonts), unit: 'B' },
      { name: 'fonts for an English-only plan (gzip)', value: sum(latin), unit: 'B' },
      { name: 'PDF file size (30 actions, three reviews each)', value: pdf.bytes, unit: 'B' },
      { name: 'Word export, first (loads the Word code)', value: word.times[0]!, unit: 'ms' },
      { name: `Word export, median of ${RUNS} after it`, value: median(word.times.slice(1)), unit: 'ms' },
      { name: 'Word code chunk(s) loaded after the PDF (gzip)', value: sum(word.chunks), unit: 'B' },
      { name: 'Word file size (30 actions, three reviews each)', value: word.bytes, unit: 'B' },
    ];
  } finally {
    await context.close();
  }
};

export default pdfExport;

import { buildFloor, makeTempDir, removeDir } from './builds';
import { FIRST_LOAD_JS_RATIO } from './budgets';
import { measureFirstLoad } from './first-load';
import { measureLazyChunks } from './lazy-chunks';
import type { Bench, BenchFigure } from './types';

/**
 * Bytes (gzip) of what the entry HTML loads before first paint, against a
 * bare React app built in the same run (the floor); and what the results
 * screen, the PDF and Word exports, the toolkits page and its workbook code add when
 * they are opened.
 */
const bundle: Bench = async ({ distDir }) => {
  const floorDir = makeTempDir('bench-floor');
  try {
    await buildFloor(floorDir);
    const app = measureFirstLoad(distDir);
    const floor = measureFirstLoad(floorDir);
    // Each screen is measured as reached in use: the list first, then results, then the export.
    const firstLoad = app.files.map(({ file }) => file);
    const list = measureLazyChunks(distDir, /features\/audits\/home-page\.tsx$/, firstLoad);
    const afterList = [...firstLoad, ...(list?.files ?? [])];
    const results = measureLazyChunks(distDir, /features\/results\/results-page\.tsx$/, afterList);
    const pdf = measureLazyChunks(distDir, /^pdf\//, [...afterList, ...(results?.files ?? [])]);
    // The Word export loads the docx code and the code that draws its radar picture.
    const word = measureLazyChunks(distDir, /^(docx\/|lib\/radar-picture)/, [...afterList, ...(results?.files ?? [])]);
    const toolkits = measureLazyChunks(distDir, /features\/toolkits\/toolkits-page\.tsx$/, afterList);
    const workbooks = measureLazyChunks(distDir, /^xlsx\//, [...afterList, ...(toolkits?.files ?? [])]);
    const figures: BenchFigure[] = [
      { name: 'first-load JS (gzip)', value: app.js, unit: 'B', target: `≤ ${Math.floor(floor.js * FIRST_LOAD_JS_RATIO)}` },
      { name: 'first-load CSS (gzip)', value: app.css, unit: 'B' },
      { name: 'bare React floor JS (gzip)', value: floor.js, unit: 'B' },
      { name: 'first-load JS / floor', value: app.js / floor.js, unit: '×', target: `≤ ${FIRST_LOAD_JS_RATIO}` },
    ];
    if (list) figures.push({ name: 'audits list chunks (gzip)', value: list.gzip, unit: 'B' });
    if (results) figures.push({ name: 'results page chunks, after the list (gzip)', value: results.gzip, unit: 'B' });
    if (pdf) figures.push({ name: 'PDF export chunks, after results (gzip)', value: pdf.gzip, unit: 'B' });
    if (word) figures.push({ name: 'Word export chunks, after results (gzip)', value: word.gzip, unit: 'B' });
    if (toolkits) figures.push({ name: 'toolkits page chunks, after the list (gzip)', value: toolkits.gzip, unit: 'B' });
    if (workbooks) figures.push({ name: 'workbook code, on the toolkits page when a workbook is read or made (gzip)', value: workbooks.gzip, unit: 'B' });
    return figures;
  } finally {
    removeDir(floorDir);
  }
};

export default bundle;

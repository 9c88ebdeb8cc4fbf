/**
 * `npm run test:budget`: fails when the app's first-load JavaScript (gzip)
 * exceeds FIRST_LOAD_JS_RATIO times a bare React app's, both built here and
 * now with the same Vite. Deterministic: the same sources give the same bytes.
 */
import { buildApp, buildFloor, makeTempDir, removeDir } from './builds';
import { FIRST_LOAD_JS_RATIO } from './budgets';
import { measureFirstLoad } from './first-load';

const appDir = makeTempDir('budget-app');
const floorDir = makeTempDir('budget-floor');
try {
  await buildFloor(floorDir);
  await buildApp(appDir);
  const app = measureFirstLoad(appDir);
  const floor = measureFirstLoad(floorDir);
  const budget = Math.floor(floor.js * FIRST_LOAD_JS_RATIO);
  const ratio = app.js / floor.js;
  console.log(`First-load JavaScript: ${app.js} B gzip, ${ratio.toFixed(2)}× the bare React app (${floor.js} B); budget ${budget} B (${FIRST_LOAD_JS_RATIO}×).`);
  for (const { file, gzip } of app.files) console.log(`  ${String(gzip).padStart(7)} B  ${file}`);
  if (app.js > budget) {
    console.error(
      `Over budget by ${app.js - budget} B. Keep heavy libraries out of what the entry HTML loads: load them with import() where they are used (see README, "Speed").`,
    );
    process.exitCode = 1;
  }
} finally {
  removeDir(appDir);
  removeDir(floorDir);
}

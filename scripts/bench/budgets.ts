/**
 * Byte budgets: deterministic, so `npm test` enforces them (check-budget.ts).
 * Timings are never budgets here: they vary by machine and are only reported.
 */

/** First-load JavaScript (gzip) may be at most this many times a bare React app's. */
export const FIRST_LOAD_JS_RATIO = 1.3;

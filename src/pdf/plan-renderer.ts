/**
 * The PDF as one of the plan's renderers: the jsPDF layout behind the shared
 * interface. While the plan page is read, `prepare` makes the whole PDF, so
 * that a click finds it made when the plan is still the one it was made
 * from: only the creation time differs, and it is set to the click's.
 */
import type { PlanRenderer } from '../core/plan-renderer';
import type { PlanReport } from '../core/plan-report';
import { todayIsoDate } from '../core/format-date';
import { SHORT_IDLE_WAIT_MS, whenIdle } from '../lib/when-idle';
import { restamp } from './creation-date';
import { prepareFonts } from './fonts/load-fonts';
import { planText, renderDevelopmentPlan, type RenderedPlan } from './render-development-plan';

interface MadePlan {
  /** The plan it shows, as JSON: the report is plain data, so equal text means the same PDF. */
  plan: string;
  /** The PDF says which day it was made, so it stands for that day only. */
  day: string;
  createdAt: Date;
  made: Promise<RenderedPlan>;
  /** Set once made without a font it needed (offline): the next click makes it again, as the font may load now. */
  fontsFailed?: boolean;
}

/** The PDF made last: one plan is on the page at a time. */
let last: MadePlan | null = null;

/** A moment for the browser to handle input: the next task, not an idle one, so that a click waiting for this PDF is not kept waiting. */
const letInputIn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function madeFor(report: PlanReport, now: Date, between?: () => Promise<void>): MadePlan {
  const plan = JSON.stringify(report);
  const day = todayIsoDate(now);
  if (last && last.plan === plan && last.day === day && !last.fontsFailed) return last;
  const entry: MadePlan = { plan, day, createdAt: now, made: renderDevelopmentPlan(report, now, between) };
  // A failed PDF is not kept: the next click tries again, and says what went wrong.
  entry.made.then(
    ({ fontsFailed }) => {
      entry.fontsFailed = fontsFailed;
    },
    () => {
      if (last === entry) last = null;
    },
  );
  last = entry;
  return entry;
}

async function stamped({ pdf }: RenderedPlan, createdAt: Date, now: Date): Promise<Blob | null> {
  if (createdAt === now) return pdf;
  const bytes = restamp(new Uint8Array(await pdf.arrayBuffer()), createdAt, now);
  return bytes && new Blob([bytes as Uint8Array<ArrayBuffer>], { type: pdf.type });
}

export const pdfRenderer: PlanRenderer = {
  extension: 'pdf',
  mimeType: 'application/pdf',
  // The PDF draws its radar as vector paths itself.
  wantsRadarPicture: false,
  async render(report) {
    const now = new Date();
    const entry = madeFor(report, now);
    const rendered = await entry.made;
    const file = await stamped(rendered, entry.createdAt, now);
    if (file) return { file, missing: rendered.missing };
    // Only if its creation time could not be found (a PDF made after 2037): made again, now.
    last = null;
    return pdfRenderer.render(report);
  },
  async prepare(report) {
    await prepareFonts(planText(report));
    // The layout waits for the next idle moment, and lets input in between its parts: none of it holds a key press for long.
    await new Promise<void>((resolve) => whenIdle(resolve, SHORT_IDLE_WAIT_MS));
    await madeFor(report, new Date(), letInputIn).made;
  },
};

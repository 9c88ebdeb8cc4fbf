/** The PDF as one of the plan's renderers: the jsPDF layout, unchanged, behind the shared interface. */
import type { PlanRenderer } from '../core/plan-renderer';
import { prepareFonts } from './fonts/load-fonts';
import { planText, renderDevelopmentPlan } from './render-development-plan';

export const pdfRenderer: PlanRenderer = {
  extension: 'pdf',
  mimeType: 'application/pdf',
  // The PDF draws its radar as vector paths itself.
  wantsRadarPicture: false,
  async render(report) {
    const { pdf, missing } = await renderDevelopmentPlan(report);
    return { file: pdf, missing };
  },
  prepare: (report) => prepareFonts(planText(report)),
};

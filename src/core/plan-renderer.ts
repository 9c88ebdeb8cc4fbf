/**
 * One shape for every file the development plan leaves the app as (the PDF,
 * the Word document): each renders the same plan model, so a new format is
 * one new renderer and never a second copy of the plan.
 */
import type { PlanReport } from './plan-report';

export type PlanFormat = 'pdf' | 'docx';

/** What only the browser can make, handed in by the caller (a renderer also runs in Node, in the unit tests). */
export interface PlanRenderInputs {
  /** The summary's radar chart as a PNG image, drawn from the same chart model as the page's and the PDF's; absent where there is no canvas. */
  radarPicture?: { png: Uint8Array; width: number; height: number } | null;
}

export interface RenderedPlanFile {
  file: Blob;
  /** Characters the file's fonts cannot show (the PDF's); always empty for Word, which uses the reader's own fonts. */
  missing: string[];
}

export interface PlanRenderer {
  /** Without the dot: "pdf", "docx". */
  extension: string;
  mimeType: string;
  /** Whether render uses `radarPicture`, so that the caller draws it only when it is wanted. */
  wantsRadarPicture: boolean;
  render(report: PlanReport, inputs?: PlanRenderInputs): Promise<RenderedPlanFile>;
  /**
   * Does ahead of time what a render of this report would do (the PDF: loads and parses the fonts
   * its text needs, then makes the file, kept for a click on the same plan that day), so that the
   * download after a click is quick. Optional; never required for render.
   */
  prepare?(report: PlanReport): Promise<void>;
}


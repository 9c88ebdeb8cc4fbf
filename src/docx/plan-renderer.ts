/** Word as one of the plan's renderers. Word uses the reader's own fonts, so no character goes missing. */
import type { PlanRenderer } from '../core/plan-renderer';
import { DOCX_MIME_TYPE, renderWordPlan } from './render-development-plan';

export const docxRenderer: PlanRenderer = {
  extension: 'docx',
  mimeType: DOCX_MIME_TYPE,
  wantsRadarPicture: true,
  async render(report, inputs) {
    const bytes = await renderWordPlan(report, inputs);
    return { file: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME_TYPE }), missing: [] };
  },
};

/**
 * Every PDF Reflect writes starts here: A4 portrait in millimetres,
 * compressed, and carrying only the fonts its text uses. Without
 * putOnlyUsedFonts, jsPDF writes every face that was loaded (a bold Arabic
 * face the plan never draws still has its tables rebuilt and compressed)
 * and the fourteen standard fonts nothing here uses.
 */
import { jsPDF } from 'jspdf';
import './fast-deflate';

export function newDocument(): jsPDF {
  return new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
}

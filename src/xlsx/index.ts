/**
 * Toolkit workbooks (exceljs): sheets in, bytes out, and back. The toolkits
 * page loads this with import(), so exceljs (about 240 kB gzip) is fetched
 * only there; nothing in the app shell may import this folder statically.
 */
export { checkWorkbookSize, readWorkbook, type ReadWorkbookResult } from './read-workbook';
export { writeWorkbook } from './write-workbook';

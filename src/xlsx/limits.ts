/**
 * How big a toolkit workbook may be, checked before anything is unpacked. A
 * real one is tens of kilobytes (a few hundred statements, a few sheets); each
 * bound is far above that and far below what would freeze a phone's browser.
 */
const MiB = 1024 * 1024;

/** The file as chosen. Checked first, before the file is parsed at all. */
export const MAX_FILE_BYTES = 5 * MiB;

/** Files inside the zip, counted from its directory (Excel writes 10 to 30). */
export const MAX_ZIP_ENTRIES = 256;

/**
 * What one part that is read (a sheet, the shared strings, the styles) may
 * unpack to. Sheet XML of this size holds about 150,000 cells, which exceljs
 * turns into about 70 MB of objects.
 */
export const MAX_PART_BYTES = 4 * MiB;

/** What the parts that are read may unpack to, added up. */
export const MAX_TOTAL_BYTES = 8 * MiB;

/** Cells in one sheet as read back (rows × columns, up to its last filled row and column). */
export const MAX_SHEET_CELLS = 200_000;

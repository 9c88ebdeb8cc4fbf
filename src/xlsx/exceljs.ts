/**
 * The one import of exceljs. Its prebuilt bundle without polyfills, the same
 * file in the browser and in the unit tests (the package's Node entry is
 * different code, built on Node's streams and file system). It is large
 * (about 240 kB gzip), so only this folder imports it, and the toolkits page
 * loads this folder with import().
 */
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';

export default ExcelJS;

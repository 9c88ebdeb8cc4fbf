// The package's own types describe its prebuilt browser bundle too; see exceljs.ts for why the bundle is used.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import * as ExcelJS from 'exceljs';
  export default ExcelJS;
}

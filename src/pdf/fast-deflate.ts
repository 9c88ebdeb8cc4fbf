/**
 * jsPDF's own deflate filter turns each compressed stream back into a
 * string one byte at a time (`reduce` with `+`), which for a plan's page and
 * font streams costs as much as the compression itself. This does the same
 * job (fflate's zlib, jsPDF's own compressor, at the same level) with the
 * conversions done in blocks. Any other filter chain goes to jsPDF's code.
 * jsPDF looks the function up on jsPDF.API, where plugins live, at each stream.
 */
import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';
import { fromBinaryString, toBinaryString } from './binary-string';

interface FilteredData {
  data: string;
  reverseChain: string;
}
type ProcessDataByFilters = (data: string, filters: string | string[] | undefined) => FilteredData;

const api = jsPDF.API as unknown as { processDataByFilters: ProcessDataByFilters };
const jsPdfFilters = api.processDataByFilters;

/** A TrueType file starts with the sfnt version 1.0. */
const TRUE_TYPE = '\x00\x01\x00\x00';
/** Enough for every face one plan can use (each slice in two weights, and some Chinese). */
const FONTS_KEPT = 32;

/**
 * Embedded font programs, compressed. A face embeds the same program in the
 * next export when that uses the same glyphs (see load-fonts.ts), so it is
 * compressed once. Page streams are not kept: they change with every edit.
 */
const compressedFonts = new Map<string, string>();

function deflate(data: string): string {
  return toBinaryString(zlibSync(fromBinaryString(data)));
}

function deflateFont(data: string): string {
  let compressed = compressedFonts.get(data);
  if (compressed === undefined) {
    compressed = deflate(data);
    if (compressedFonts.size >= FONTS_KEPT) compressedFonts.delete(compressedFonts.keys().next().value!);
    compressedFonts.set(data, compressed);
  }
  return compressed;
}

function isFlateOnly(filters: string | string[] | undefined): boolean {
  const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
  return chain.length === 1 && (chain[0] === 'FlateEncode' || chain[0] === '/FlateEncode');
}

api.processDataByFilters = (data, filters) => {
  if (!isFlateOnly(filters)) return jsPdfFilters(data, filters);
  const text = data ?? '';
  return { data: text.startsWith(TRUE_TYPE) ? deflateFont(text) : deflate(text), reverseChain: '/FlateDecode' };
};

/**
 * A PDF as poppler reads it. Two readings, both real: `-layout` keeps the
 * page's columns side by side (and puts right-to-left text in reading
 * order); `-raw` keeps the order the text was written in, so a table
 * cell's wrapped lines stay together.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function poppler(tool: string, args: string[]): string {
  try {
    // stderr ignored: poppler warns about jsPDF's CID font "Ordering" name, which does not affect the text.
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} was not found. Install it with: sudo apt-get install -y poppler-utils`);
    }
    throw error;
  }
}

/** Arabic comes back in presentation forms, wrapped in direction marks: read it as it was typed. */
export function readable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u202A-\u202E\u200E\u200F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PdfReading {
  /** Each page's text, laid out. */
  pages: string[];
  /** Whether the text appears, whitespace-insensitively, in either reading. */
  contains: (text: string) => boolean;
  info: string;
  /** Bookmarks, depth-first, as "page: title" with two spaces of indent per level. */
  outline: string[];
  /** The document's language, from its catalogue. */
  language: string | undefined;
}

function outlineOf(file: string): string[] {
  const xml = poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
  const entries: string[] = [];
  let depth = -1;
  for (const [, open, close, page, title] of xml.matchAll(/(<outline>)|(<\/outline>)|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (open) depth += 1;
    else if (close) depth -= 1;
    else entries.push(`${'  '.repeat(depth)}${page}: ${title!.replace(/&amp;/g, '&')}`);
  }
  return entries;
}

export function readPdf(file: string): PdfReading {
  const layout = poppler('pdftotext', ['-layout', file, '-']);
  const raw = readable(poppler('pdftotext', ['-raw', file, '-']));
  const flatLayout = readable(layout);
  return {
    pages: layout.split('\f').slice(0, -1),
    contains: (text) => {
      const wanted = readable(text);
      return raw.includes(wanted) || flatLayout.includes(wanted);
    },
    info: poppler('pdfinfo', [file]),
    outline: outlineOf(file),
    language: /\/Lang \(([^)]*)\)/.exec(readFileSync(file, 'latin1'))?.[1],
  };
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every word on one page (counted from 1) with its box in points from the top left, as poppler finds them. */
export function pageWords(file: string, page: number): PdfWord[] {
  const xml = poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, yMax, text]) => ({
    text: unescapeXml(text!),
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    yMax: Number(yMax),
  }));
}

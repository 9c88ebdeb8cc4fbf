import { execFileSync } from 'node:child_process';

/** Text of a PDF as a real reader sees it (poppler's pdftotext), with whitespace runs collapsed. */
export function pdfText(file: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext was not found. Install it with: sudo apt-get install -y poppler-utils');
    }
    throw error;
  }
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

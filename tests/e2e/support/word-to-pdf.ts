/**
 * A Word document as LibreOffice lays it out: converted to PDF headless, with
 * a profile of its own (parallel runs would otherwise share and lock one),
 * then read as any PDF is. LibreOffice must be installed: without it the
 * test fails, saying how to install it, rather than passing unread.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function convertWordToPdf(file: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'reflect-word-'));
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href;
  try {
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('soffice (LibreOffice) was not found: the Word test needs it. Install it with: sudo apt-get install -y libreoffice-writer-nogui');
    }
    throw error;
  }
  const pdf = join(outDir, basename(file).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${file} to PDF`);
  return pdf;
}

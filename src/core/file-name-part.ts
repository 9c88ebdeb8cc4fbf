/** Characters Windows forbids in file names, plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]/g;

/** Text made safe for part of a file name: "St Mary's C of E" → "st-mary's-c-of-e". */
export function toFileNamePart(text: string): string {
  return text
    .normalize('NFKC')
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[.-]+$/g, '')
    .toLowerCase();
}

/** jsPDF holds bytes as "binary strings", one character per byte. Converted in blocks: a character at a time is slow. */
const BLOCK = 0x8000;

export function toBinaryString(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += BLOCK) {
    text += String.fromCharCode(...bytes.subarray(start, start + BLOCK));
  }
  return text;
}

export function fromBinaryString(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

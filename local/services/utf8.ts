// Google counts property and cache sizes in UTF-8 bytes, not in JS string length (an "é" is 2
// bytes, an emoji 4).
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

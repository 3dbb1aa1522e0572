// Apps Script represents binary data as arrays of Java bytes: signed integers from -128 to 127.
export type Charset = 'UTF_8' | 'US_ASCII';

export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

export function fromSignedBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => b & 0xff));
}

/** Text or bytes as a Buffer; text is encoded in the charset (UTF-8 unless US_ASCII is asked). */
export function toBuffer(data: string | readonly number[], charset: Charset = 'UTF_8'): Buffer {
  if (typeof data !== 'string') return fromSignedBytes(data);
  return Buffer.from(data, charset === 'US_ASCII' ? 'latin1' : 'utf8');
}

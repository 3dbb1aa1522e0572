// Which character set a CRM export was written in, and its text. CRMs export UTF-8 (HubSpot,
// Pipedrive), UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), or Windows-1252 (Salesforce
// report exports and Excel's plain "CSV" on Windows in Western Europe). Pure: runs in Apps Script
// (bytes from Blob.getBytes() are signed, -128…127) and in the sidebar (Uint8Array) alike.

export type Charset = 'UTF-8' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly charset: Charset;
  /** The file started with a UTF-8 byte-order mark (dropped from the text). */
  readonly bom: boolean;
}

/** Windows-1252's 0x80–0x9F (the rest of its upper half is Latin-1: the same code points). */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Decodes a whole file: UTF-8 when it has a BOM or is valid UTF-8, else Windows-1252. */
export function decodeBytes(bytes: ArrayLike<number>): DecodedText {
  const bom =
    bytes.length >= 3 &&
    byte(bytes, 0) === 0xef &&
    byte(bytes, 1) === 0xbb &&
    byte(bytes, 2) === 0xbf;
  if (bom) return { text: decodeUtf8(bytes, 3) ?? '', charset: 'UTF-8', bom };
  const utf8 = decodeUtf8(bytes, 0);
  if (utf8 !== undefined) return { text: utf8, charset: 'UTF-8', bom };
  return { text: decodeWindows1252(bytes), charset: 'windows-1252', bom };
}

function byte(bytes: ArrayLike<number>, i: number): number {
  return bytes[i] & 0xff;
}

/** Strict UTF-8 (no overlongs, no surrogates); undefined as soon as a sequence is invalid. */
export function decodeUtf8(bytes: ArrayLike<number>, start = 0): string | undefined {
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = start; i < bytes.length;) {
    const b0 = byte(bytes, i);
    let code: number;
    let length: number;
    if (b0 < 0x80) [code, length] = [b0, 1];
    else if (b0 >= 0xc2 && b0 <= 0xdf) [code, length] = [b0 & 0x1f, 2];
    else if (b0 >= 0xe0 && b0 <= 0xef) [code, length] = [b0 & 0x0f, 3];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [code, length] = [b0 & 0x07, 4];
    else return undefined;
    if (i + length > bytes.length) return undefined;
    for (let k = 1; k < length; k++) {
      const b = byte(bytes, i + k);
      if ((b & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (b & 0x3f);
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][length];
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    codes.push(code);
    if (codes.length >= 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
    i += length;
  }
  parts.push(String.fromCodePoint(...codes));
  return parts.join('');
}

export function decodeWindows1252(bytes: ArrayLike<number>): string {
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = byte(bytes, i);
    codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

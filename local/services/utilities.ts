// Utilities: formatDate (SimpleDateFormat letters in any zone), newBlob, computeDigest and base64
// (signed byte arrays like Apps Script), getUuid, and sleep, which advances the simulated clock
// instead of blocking.
import { createHash, randomUUID } from 'node:crypto';
import type { RuntimeContext } from '../runtime/context';
import { newBlob } from './blob';
import { toBuffer, toSignedBytes, type Charset } from './bytes';
import { formatDate } from './format-date';
import { service } from './unimplemented';

type Utilities = GoogleAppsScript.Utilities.Utilities;

/** Enums as Apps Script prints them: each value is its own name. */
function enumOf<K extends string>(...names: K[]): Record<K, K> {
  return Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>;
}

export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const CharsetEnum = enumOf('US_ASCII', 'UTF_8');

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script caps Utilities.sleep at five minutes. */
const MAX_SLEEP_MS = 300_000;

type Implemented = Pick<
  Utilities,
  | 'formatDate'
  | 'newBlob'
  | 'computeDigest'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'base64DecodeWebSafe'
  | 'getUuid'
  | 'sleep'
>;

export function createUtilities(ctx: RuntimeContext): Utilities {
  const impl: Implemented & Pick<Utilities, 'DigestAlgorithm' | 'Charset'> = {
    DigestAlgorithm: DigestAlgorithm as unknown as Utilities['DigestAlgorithm'],
    Charset: CharsetEnum as unknown as Utilities['Charset'],
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]')
        throw new Error('Invalid argument: date');
      return formatDate(date as Date, String(timeZone), String(format));
    },
    newBlob(data: string | number[], contentType?: string, name?: string) {
      return newBlob(toBuffer(data), contentType ?? null, name ?? null, ctx);
    },
    computeDigest(
      algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
      value: string | number[],
      charset?: GoogleAppsScript.Utilities.Charset,
    ) {
      const nodeName = NODE_DIGEST[String(algorithm)];
      if (!nodeName)
        throw new Error(
          `not implemented in the local runtime: Utilities.computeDigest(${String(algorithm)})`,
        );
      const hash = createHash(nodeName)
        .update(toBuffer(value, charsetName(charset)))
        .digest();
      return toSignedBytes(hash);
    },
    base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset) {
      return toBuffer(data, charsetName(charset)).toString('base64');
    },
    base64Decode(encoded: string) {
      return toSignedBytes(Buffer.from(String(encoded), 'base64'));
    },
    base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset) {
      // Google's web-safe form keeps the '=' padding (it only swaps + and / for - and _).
      return toBuffer(data, charsetName(charset))
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
    },
    base64DecodeWebSafe(encoded: string) {
      return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
    },
    getUuid: () => randomUUID(),
    sleep(milliseconds: number) {
      const ms = Number(milliseconds);
      if (!(ms >= 0) || ms > MAX_SLEEP_MS)
        throw new Error(`Invalid argument: milliseconds (0 to ${MAX_SLEEP_MS})`);
      ctx.clock.advanceMs(ms);
    },
  };
  return service<Utilities>('Utilities', impl, { ctx, defaultAccess: 'CUSTOM_FUNCTION' });
}

function charsetName(charset: unknown): Charset {
  return String(charset) === 'US_ASCII' ? 'US_ASCII' : 'UTF_8';
}

// Utilities.newBlob: an in-memory Blob (bytes, content type, name). MailApp records attachments
// and inline images from it.
import type { RuntimeContext } from '../runtime/context';
import { fromSignedBytes, toSignedBytes } from './bytes';
import { service } from './unimplemented';

type Blob = GoogleAppsScript.Base.Blob;

export class LocalBlob implements Pick<
  Blob,
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'setBytes'
  | 'setContentType'
  | 'setDataFromString'
  | 'setName'
  | 'copyBlob'
  | 'getBlob'
  | 'getAs'
  | 'isGoogleType'
> {
  constructor(
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
    private readonly ctx?: RuntimeContext,
  ) {}

  /** The raw bytes, for MailApp's outbox. */
  buffer(): Buffer {
    return this.data;
  }

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    const ascii = charset && /^(us-)?ascii$/i.test(charset);
    return this.data.toString(ascii ? 'latin1' : 'utf8');
  }

  getName(): string | null {
    return this.name;
  }

  setBytes(data: number[]): Blob {
    this.data = fromSignedBytes(data);
    return this as unknown as Blob;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this as unknown as Blob;
  }

  setDataFromString(text: string): Blob {
    this.data = Buffer.from(String(text), 'utf8');
    return this as unknown as Blob;
  }

  setName(name: string): Blob {
    this.name = name;
    return this as unknown as Blob;
  }

  copyBlob(): Blob {
    return newBlob(Buffer.from(this.data), this.contentType, this.name, this.ctx);
  }

  getBlob(): Blob {
    return this.copyBlob();
  }

  /** Only the identity conversion: no converters (PDF, images) exist locally. */
  getAs(contentType: string): Blob {
    if (contentType === this.contentType) return this.copyBlob();
    throw new Error(`not implemented in the local runtime: Blob.getAs(${contentType})`);
  }

  isGoogleType(): boolean {
    return false;
  }
}

const blobs = new WeakMap<object, LocalBlob>();

export function newBlob(
  data: Buffer,
  contentType: string | null,
  name: string | null,
  ctx?: RuntimeContext,
): Blob {
  const impl = new LocalBlob(data, contentType, name, ctx);
  const blob = service<Blob>('Blob', impl, { ctx, defaultAccess: 'CUSTOM_FUNCTION' });
  blobs.set(blob, impl);
  return blob;
}

/** The LocalBlob behind a Blob made here (undefined for any other object). */
export function localBlobOf(value: unknown): LocalBlob | undefined {
  return typeof value === 'object' && value !== null ? blobs.get(value) : undefined;
}

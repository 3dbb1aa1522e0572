// Reading one untrusted field of the sidebar's draft: the right type or a field-level message.
// Texts become trimmed single lines (line breaks and control characters collapse to a space), so
// that what reaches a cell is what the user meant to type, on one line. Messages are notes (a key
// and its parameters, notes.ts): the edge says them in its reader's language.
import type { WizardMessage } from './messages';
import type { FieldNote, FieldParams } from './notes';

export class FieldReader {
  readonly errors: Record<string, FieldNote> = {};
  readonly warnings: FieldNote[] = [];

  fail(path: string, key: WizardMessage, params: FieldParams = {}): undefined {
    if (!(path in this.errors)) this.errors[path] = { key, params };
    return undefined;
  }

  warn(key: WizardMessage, params: FieldParams = {}): void {
    const same = JSON.stringify({ key, params });
    if (!this.warnings.some((w) => JSON.stringify(w) === same)) this.warnings.push({ key, params });
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** A text: absent counts as ''; `required` names the message for an empty one. */
  text(value: unknown, path: string, max: number, required?: WizardMessage): string | undefined {
    if (value === undefined || value === null) value = '';
    if (typeof value !== 'string') return this.fail(path, 'field.text');
    const clean = singleLine(value);
    if (required && clean === '') return this.fail(path, required);
    if (clean.length > max) return this.fail(path, 'field.tooLong', { max });
    return clean;
  }

  /** One of the allowed strings. */
  choice<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    return typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? (value as T)
      : this.fail(path, 'field.choose');
  }

  /** A finite number (a numeric text is not one: the sidebar sends numbers). */
  number(value: unknown, path: string): number | undefined {
    return typeof value === 'number' && Number.isFinite(value)
      ? value
      : this.fail(path, 'field.number');
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.fail(path, 'field.boolean');
  }
}

/** Trimmed, on one line: runs of spaces, tabs, line breaks and control characters become one space. */
export function singleLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** A plain object (not an array, not null) whose fields can be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Developer metadata: key/value pairs attached to the spreadsheet, a sheet, or whole rows or
// columns. Locations hold sheet ids (so a renamed sheet keeps its metadata) and follow their
// rows/columns through insertions, deletions and moves, as in Sheets.
import { mapSpan, type IndexChange } from './structure';
import type { MetadataLocation, MetadataRecord } from './types';

export class MetadataStore {
  private records: MetadataRecord[] = [];
  private nextId = 1;

  add(
    key: string,
    value: string | null,
    visibility: 'DOCUMENT' | 'PROJECT',
    location: MetadataLocation,
  ): MetadataRecord {
    const record: MetadataRecord = { id: this.nextId++, key, value, visibility, location };
    this.records.push(record);
    return { ...record };
  }

  /** Copies of every record, in creation order. */
  list(): MetadataRecord[] {
    return this.records.map((r) => ({ ...r, location: { ...r.location } }));
  }

  get(id: number): MetadataRecord | undefined {
    const r = this.records.find((x) => x.id === id);
    return r ? { ...r, location: { ...r.location } } : undefined;
  }

  /** Updates a record; false when it no longer exists (removed, or its rows deleted). */
  update(id: number, patch: Partial<Omit<MetadataRecord, 'id'>>): boolean {
    const r = this.records.find((x) => x.id === id);
    if (!r) return false;
    Object.assign(r, patch);
    return true;
  }

  remove(id: number): boolean {
    const before = this.records.length;
    this.records = this.records.filter((x) => x.id !== id);
    return this.records.length < before;
  }

  changeRows(sheetId: number, change: IndexChange): void {
    this.changeSpans(sheetId, 'ROW', change);
  }

  changeColumns(sheetId: number, change: IndexChange): void {
    this.changeSpans(sheetId, 'COLUMN', change);
  }

  private changeSpans(sheetId: number, type: 'ROW' | 'COLUMN', change: IndexChange): void {
    this.records = this.records.filter((r) => {
      const loc = r.location;
      if (loc.type !== type || loc.sheetId !== sheetId) return true;
      const span = mapSpan(change, loc.start, loc.count);
      if (!span) return false;
      r.location = { ...loc, start: span.start, count: span.count };
      return true;
    });
  }

  /** A deleted sheet takes its metadata with it. */
  dropSheet(sheetId: number): void {
    this.records = this.records.filter(
      (r) => r.location.type === 'SPREADSHEET' || r.location.sheetId !== sheetId,
    );
  }

  toJSON(): { nextId: number; records: MetadataRecord[] } {
    return { nextId: this.nextId, records: this.list() };
  }

  static fromJSON(json: { nextId: number; records: MetadataRecord[] } | undefined): MetadataStore {
    const store = new MetadataStore();
    if (json) {
      store.records = json.records.map((r) => ({ ...r, location: { ...r.location } }));
      store.nextId = json.nextId;
    }
    return store;
  }
}

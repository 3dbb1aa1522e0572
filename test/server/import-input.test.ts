// The Import page's requests arrive untrusted (google.script.run passes what the browser sends):
// a well-formed request is read as it is, anything else is refused naming the field.
import {
  chunkRequestOf,
  ImportInputError,
  mappingOf,
  previewRequestOf,
} from '../../src/server/import-input';

const MAPPING = {
  source: 'hubspot',
  sheet: 'pipeline',
  columns: { id: 'Record ID', account: 'Company name' },
  stageEntries: { 'Date entered Won': 'won' },
  stageNames: { Qualified: 'opportunity', Other: '' },
  decimal: 'dot',
  dateOrder: 'mdy',
  delimiter: ',',
};

const CHUNK = {
  fileKey: 'deals.csv:1234',
  mapping: MAPPING,
  header: ['Record ID', 'Company name'],
  text: '1,Acme\n',
  firstLine: 2,
  chunk: 0,
  chunks: 3,
};

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportInputError) return error.field;
    throw error;
  }
  return 'read';
};

test('well-formed requests are read as sent', () => {
  expect(mappingOf(MAPPING)).toEqual(MAPPING);
  expect(chunkRequestOf(CHUNK)).toEqual(CHUNK);
  expect(previewRequestOf({ fileName: 'a.csv', sample: 'x', fileKey: 'k' })).toEqual({
    fileName: 'a.csv',
    sample: 'x',
    fileKey: 'k',
    source: undefined,
    mapping: undefined,
  });
});

test('anything else is refused, naming the field', () => {
  expect(refusal(() => chunkRequestOf(null))).toBe('request');
  expect(refusal(() => chunkRequestOf({ ...CHUNK, text: 5 }))).toBe('text');
  expect(refusal(() => chunkRequestOf({ ...CHUNK, chunk: 3 }))).toBe('chunk');
  expect(refusal(() => chunkRequestOf({ ...CHUNK, header: ['a', 1] }))).toBe('header[1]');
  expect(refusal(() => mappingOf({ ...MAPPING, sheet: 'Teams' }))).toBe('mapping.sheet');
  expect(refusal(() => mappingOf({ ...MAPPING, delimiter: ':' }))).toBe('mapping.delimiter');
  expect(refusal(() => mappingOf({ ...MAPPING, columns: { notARole: 'x' } }))).toBe(
    'mapping.columns',
  );
  expect(refusal(() => mappingOf({ ...MAPPING, stageNames: { Qualified: 'maybe' } }))).toBe(
    'mapping.stageNames.Qualified',
  );
  expect(
    refusal(() => previewRequestOf({ fileName: 'a.csv', sample: 'x', fileKey: 'k', mapping: 7 })),
  ).toBe('mapping');
});

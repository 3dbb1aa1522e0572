// Developer metadata: spreadsheet, sheet, row and column locations; found by key and value;
// following a renamed sheet and a column that moves or gets columns inserted before it.
import { harness } from './spreadsheet-helpers';

describe('developer metadata', () => {
  it('attaches to the spreadsheet and to a sheet, with value and visibility overloads', () => {
    const { app, ss } = harness();
    const sheet = ss.insertSheet('Objectives');
    ss.addDeveloperMetadata('kpi.version', '3');
    sheet.addDeveloperMetadata('kpi.sheet');
    sheet.addDeveloperMetadata('kpi.private', app.DeveloperMetadataVisibility.PROJECT);
    sheet.addDeveloperMetadata('kpi.role', 'objectives', app.DeveloperMetadataVisibility.PROJECT);

    const [version] = ss.getDeveloperMetadata();
    expect([version.getKey(), version.getValue(), String(version.getVisibility())]).toEqual([
      'kpi.version',
      '3',
      'DOCUMENT',
    ]);
    expect(version.getLocation().getLocationType()).toBe(
      app.DeveloperMetadataLocationType.SPREADSHEET,
    );
    expect(version.getLocation().getSpreadsheet()?.getId()).toBe(ss.getId());

    const onSheet = sheet.getDeveloperMetadata();
    expect(onSheet.map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())])).toEqual([
      ['kpi.sheet', null, 'DOCUMENT'],
      ['kpi.private', null, 'PROJECT'],
      ['kpi.role', 'objectives', 'PROJECT'],
    ]);
    expect(onSheet[0].getLocation().getSheet()?.getName()).toBe('Objectives');
    expect(onSheet[0].getLocation().getRow()).toBeNull();
  });

  it('is found by key, value and location type', () => {
    const { app, ss } = harness();
    const a = ss.insertSheet('A');
    const b = ss.insertSheet('B');
    a.addDeveloperMetadata('kpi.sheet', 'activities');
    b.addDeveloperMetadata('kpi.sheet', 'pipeline');
    b.getRange('C:C').addDeveloperMetadata('kpi.column', 'amount');
    const finder = () => ss.createDeveloperMetadataFinder();
    expect(
      finder()
        .withKey('kpi.sheet')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['activities', 'pipeline']);
    const [pipeline] = finder().withKey('kpi.sheet').withValue('pipeline').find();
    expect(pipeline.getLocation().getSheet()?.getName()).toBe('B');
    expect(finder().withLocationType(app.DeveloperMetadataLocationType.COLUMN).find()).toHaveLength(
      1,
    );
    expect(
      a
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['activities']);
    expect(b.createDeveloperMetadataFinder().withKey('kpi.column').find()).toHaveLength(1);
    const id = pipeline.getId();
    expect(
      finder()
        .withId(id)
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['pipeline']);
  });

  it('follows a renamed sheet', () => {
    const { ss } = harness();
    const sheet = ss.insertSheet('Pipeline');
    sheet.addDeveloperMetadata('kpi.sheet', 'pipeline');
    sheet.setName('Deals 2024');
    const [found] = ss.createDeveloperMetadataFinder().withKey('kpi.sheet').find();
    expect(found.getLocation().getSheet()?.getName()).toBe('Deals 2024');
  });

  it('follows its column when columns are inserted before it and when it is moved', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:C1').setValues([['Date', 'Rep', 'Amount']]);
    sheet.getRange('C:C').addDeveloperMetadata('kpi.column', 'amount');
    const column = () =>
      ss.createDeveloperMetadataFinder().withKey('kpi.column').find()[0].getLocation().getColumn();

    sheet.insertColumnsBefore(1, 2);
    expect(column()?.getA1Notation()).toBe('E:E');
    expect(sheet.getRange('E1').getValue()).toBe('Amount');

    sheet.moveColumns(sheet.getRange('E:E'), 1);
    expect(column()?.getA1Notation()).toBe('A:A');
    expect(sheet.getRange('A1').getValue()).toBe('Amount');

    sheet.deleteColumn(1);
    expect(ss.createDeveloperMetadataFinder().withKey('kpi.column').find()).toHaveLength(0);
  });

  it('follows its rows when rows are inserted above', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('2:3').addDeveloperMetadata('kpi.objective', 'OBJ-1');
    sheet.insertRowsBefore(1, 5);
    const [md] = sheet.createDeveloperMetadataFinder().withValue('OBJ-1').find();
    expect(md.getLocation().getRow()?.getA1Notation()).toBe('7:8');
    expect(String(md.getLocation().getLocationType())).toBe('ROW');
  });

  it('finds range metadata within the range, or intersecting it when asked', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('3:3').addDeveloperMetadata('row3');
    expect(
      sheet
        .getRange('1:5')
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['row3']);
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
    expect(
      sheet
        .getRange('3:3')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['row3']);
    expect(sheet.getRange('A3').getDeveloperMetadata()).toEqual([]);
  });

  it('updates, moves and removes; refuses arbitrary ranges with Apps Script wording', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('B:B').addDeveloperMetadata('k', 'v1');
    const [md] = ss.createDeveloperMetadataFinder().withKey('k').find();
    md.setValue('v2').setKey('k2');
    expect([md.getKey(), md.getValue()]).toEqual(['k2', 'v2']);
    md.moveToColumn(sheet.getRange('D:D'));
    expect(md.getLocation().getColumn()?.getA1Notation()).toBe('D:D');
    md.moveToSheet(sheet);
    expect(String(md.getLocation().getLocationType())).toBe('SHEET');
    md.remove();
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(() => md.getKey()).toThrow('no longer exists');
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported.',
    );
  });
});

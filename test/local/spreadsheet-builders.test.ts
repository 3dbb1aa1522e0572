// SpreadsheetApp fake: data validation and conditional-format builders (stored and evaluated),
// embedded chart specs, and the Ui (menus, sidebars, dialogs, alerts) recorded.
import { harness } from './spreadsheet-helpers';

describe('data validation', () => {
  it('builds list and range rules, stores them per cell and reads them back', () => {
    const { app, ss, wb } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('D1:D2').setValues([['Won'], ['Lost']]);
    const list = app
      .newDataValidation()
      .requireValueInList(['Call', 'Email'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a type')
      .build();
    sheet.getRange('A2:A3').setDataValidation(list);
    const rule = sheet.getRange('A3').getDataValidation();
    expect(rule?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(String(rule?.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule?.getCriteriaValues()).toEqual([['Call', 'Email'], true]);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(rule?.getHelpText()).toBe('Pick a type');
    expect(
      sheet
        .getRange('A1:A2')
        .getDataValidations()
        .map((r) => r.map((x) => x === null)),
    ).toEqual([[true], [false]]);

    const byRange = app.newDataValidation().requireValueInRange(sheet.getRange('D1:D2')).build();
    sheet.getRange('B2').setDataValidation(byRange);
    const values = sheet.getRange('B2').getDataValidation()?.getCriteriaValues() as [
      GoogleAppsScript.Spreadsheet.Range,
      boolean,
    ];
    expect(values[0].getA1Notation()).toBe('D1:D2');
    expect(values[1]).toBe(true);
    expect(wb.checkInput(0, 1, 1, 'Open')).toBe(
      'Input must be an item on the specified list: Won, Lost.',
    );

    const copy = rule!.copy().setHelpText('Changed').build();
    expect(copy.getCriteriaValues()).toEqual([['Call', 'Email'], true]);
    expect(copy.getHelpText()).toBe('Changed');
    sheet.getRange('A2:A3').clearDataValidations();
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
    expect(() => app.newDataValidation().build()).toThrow('needs criteria');
  });

  it('supports the other criteria through their builders', () => {
    const { app } = harness();
    const rule = app.newDataValidation().requireNumberBetween(0, 10).build();
    expect([String(rule.getCriteriaType()), rule.getCriteriaValues()]).toEqual([
      'NUMBER_BETWEEN',
      [0, 10],
    ]);
    expect(String(app.newDataValidation().requireCheckbox().build().getCriteriaType())).toBe(
      'CHECKBOX',
    );
    expect(app.newDataValidation().requireTextIsEmail().build().getAllowInvalid()).toBe(true);
    const custom = app
      .newDataValidation()
      .withCriteria(app.DataValidationCriteria.CUSTOM_FORMULA, ['=A1>0'])
      .build();
    expect(custom.getCriteriaValues()).toEqual(['=A1>0']);
  });
});

describe('conditional format rules', () => {
  it('are stored on the sheet, read back, and evaluated for display', () => {
    const { app, ss, wb } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B3').setValues([
      ['Rep', 'Rate'],
      ['Ann', 0.12],
      ['Bob', 0.31],
    ]);
    const low = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0.2)
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setRanges([sheet.getRange('B2:B3')])
      .build();
    const row = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>=0.3')
      .setBold(true)
      .setRanges([sheet.getRange('A2:B3')])
      .build();
    sheet.setConditionalFormatRules([low, row]);
    expect(wb.getCellStyle(0, 1, 1)).toMatchObject({ background: '#f4cccc', fontColor: '#990000' });
    expect(wb.getCellStyle(0, 2, 0)).toMatchObject({ fontWeight: 'bold' });
    expect(wb.getCellStyle(0, 1, 0)).toEqual({});

    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    const cond = rules[0].getBooleanCondition();
    expect(cond?.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_LESS_THAN);
    expect(cond?.getCriteriaValues()).toEqual([0.2]);
    expect([cond?.getBackground(), cond?.getFontColor(), cond?.getBold()]).toEqual([
      '#f4cccc',
      '#990000',
      null,
    ]);
    expect(rules[1].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B3']);
    expect(rules[1].getGradientCondition()).toBeNull();

    // Replacing only its own rules: keep the others, as the add-on does.
    const kept = rules.filter(
      (r) => String(r.getBooleanCondition()?.getCriteriaType()) !== 'CUSTOM_FORMULA',
    );
    sheet.setConditionalFormatRules(kept);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  });

  it('keeps relative-date criteria and refuses ranges from two sheets', () => {
    const { app, ss } = harness();
    const rule = app
      .newConditionalFormatRule()
      .whenDateBefore(app.RelativeDate.TODAY)
      .setItalic(true)
      .setRanges([ss.getSheets()[0].getRange('A:A')])
      .build();
    expect(String(rule.getBooleanCondition()?.getCriteriaType())).toBe('DATE_BEFORE_RELATIVE');
    expect(rule.getBooleanCondition()?.getCriteriaValues()).toEqual([app.RelativeDate.TODAY]);
    const other = ss.insertSheet('Other');
    expect(() =>
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setRanges([ss.getSheets()[0].getRange('A1'), other.getRange('A1')]),
    ).toThrow('same sheet');
  });
});

describe('embedded charts', () => {
  it('stores the spec: type, ranges, position and options; modify, update and remove', () => {
    const { ss, wb } = harness();
    const sheet = ss.getSheets()[0];
    const chart = sheet
      .newChart()
      .asLineChart()
      .setTitle('Calls per month')
      .addRange(sheet.getRange('A1:B13'))
      .setPosition(2, 4, 10, 0)
      .setOption('legend', { position: 'bottom' })
      .build();
    sheet.insertChart(chart);
    const [stored] = wb.getCharts(0);
    expect(stored).toMatchObject({
      type: 'LINE',
      ranges: [{ sheetId: 0, row: 0, col: 0, numRows: 13, numCols: 2 }],
      position: { row: 1, col: 3, offsetX: 10, offsetY: 0 },
      options: { title: 'Calls per month', legend: { position: 'bottom' } },
    });
    const [read] = sheet.getCharts();
    expect(read.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B13']);
    expect(read.getContainerInfo().getAnchorRow()).toBe(2);
    expect(read.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(read.getOptions().get('title')).toBe('Calls per month');
    sheet.updateChart(read.modify().asColumnChart().setOption('title', 'Calls').build());
    expect(wb.getCharts(0)[0]).toMatchObject({ type: 'COLUMN', options: { title: 'Calls' } });
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('Ui', () => {
  it('records the add-on menu (captions, function names, submenus)', () => {
    const { app, ui } = harness();
    const u = app.getUi();
    const sub = u.createMenu('Reports').addItem('Send summaries now', 'sendSummariesNow');
    u.createAddonMenu()
      .addItem('Set up workbook', 'setUpWorkbook')
      .addSeparator()
      .addItem('Objectives…', 'openObjectivesSidebar')
      .addSubMenu(sub)
      .addToUi();
    expect(ui.menus).toEqual([
      {
        kind: 'addon',
        caption: 'Sales KPI',
        entries: [
          { kind: 'item', caption: 'Set up workbook', functionName: 'setUpWorkbook' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Objectives…', functionName: 'openObjectivesSidebar' },
          {
            kind: 'submenu',
            caption: 'Reports',
            entries: [
              { kind: 'item', caption: 'Send summaries now', functionName: 'sendSummariesNow' },
            ],
          },
        ],
      },
    ]);
    expect(ui.menuItems().map((i) => i.caption)).toEqual([
      'Sales KPI › Set up workbook',
      'Sales KPI › Objectives…',
      'Sales KPI › Reports › Send summaries now',
    ]);
  });

  it('records sidebars and dialogs with their HtmlOutput; alert answers OK (or YES)', () => {
    const { app, ui } = harness();
    const html = {
      getContent: () => '<p>Hi</p>',
      getTitle: () => 'Objectives',
    } as unknown as GoogleAppsScript.HTML.HtmlOutput;
    const u = app.getUi();
    u.showSidebar(html);
    u.showModalDialog(html, 'Confirm');
    expect(ui.sidebar).toMatchObject({
      kind: 'sidebar',
      title: 'Objectives',
      content: '<p>Hi</p>',
    });
    expect(ui.dialogs[1]).toMatchObject({ kind: 'modal', title: 'Confirm' });
    expect(u.alert('Done')).toBe(u.Button.OK);
    expect(u.alert('Sure?', 'Delete it?', u.ButtonSet.YES_NO)).toBe(u.Button.YES);
    ui.alertAnswers.push('NO');
    expect(u.alert('Again?', u.ButtonSet.YES_NO)).toBe(u.Button.NO);
    expect(ui.alerts).toEqual([
      { title: undefined, prompt: 'Done', buttons: 'OK' },
      { title: 'Sure?', prompt: 'Delete it?', buttons: 'YES_NO' },
      { title: undefined, prompt: 'Again?', buttons: 'YES_NO' },
    ]);
    ui.promptAnswers.push({ text: 'Q3' });
    const answer = u.prompt('Period?');
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['Q3', u.Button.OK]);
  });
});

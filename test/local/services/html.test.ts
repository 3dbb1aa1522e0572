import { createHtmlService } from '../../../local/services/html';
import type { AuthModeName } from '../../../local/runtime/context';
import { testContext } from './context';

const FILES = {
  Sidebar: '<h1><?= title ?></h1><?!= body ?>',
  'Styles.html': 'p { color: teal; }',
};

function html(authMode: AuthModeName = 'FULL') {
  return createHtmlService(testContext({ authMode }), { files: FILES });
}

describe('HtmlOutput', () => {
  test('content, title, size, modes, append and clear', () => {
    const output = html()
      .createHtmlOutput('<p>a</p>')
      .setTitle('Sales KPI')
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(html().SandboxMode.IFRAME)
      .setXFrameOptionsMode(html().XFrameOptionsMode.ALLOWALL)
      .append('<p>b</p>')
      .appendUntrusted('<script>x</script>');
    expect(output.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;x&lt;/script&gt;');
    expect([output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      'Sales KPI',
      300,
      200,
    ]);
    expect(output.clear().getContent()).toBe('');
    expect(html().createHtmlOutput().getContent()).toBe('');
  });

  test('meta tags: only the names Google allows', () => {
    const output = html().createHtmlOutput('x').addMetaTag('viewport', 'width=device-width');
    expect(output.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ['viewport', 'width=device-width'],
    ]);
    expect(() => output.addMetaTag('description', 'x')).toThrow(
      'Meta tag "description" is not allowed',
    );
  });

  test('files by name, with or without .html; a missing file is named in the error', () => {
    expect(html().createHtmlOutputFromFile('Styles').getContent()).toBe('p { color: teal; }');
    expect(html().createHtmlOutputFromFile('Styles.html').getContent()).toBe('p { color: teal; }');
    expect(() => html().createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  test('not available in AuthMode.NONE', () => {
    expect(() => html('NONE').createHtmlOutput('x')).toThrow(
      'You do not have permission to call HtmlService.createHtmlOutput',
    );
  });
});

describe('HtmlTemplate', () => {
  test('<?= ?> escapes, <?!= ?> prints raw, template properties are variables', () => {
    const template = html().createTemplateFromFile('Sidebar');
    template.title = 'Q1 <Sales> & "Leads" \'24';
    template.body = '<em>raw</em>';
    expect(template.evaluate().getContent()).toBe(
      '<h1>Q1 &lt;Sales&gt; &amp; &quot;Leads&quot; &#39;24</h1><em>raw</em>',
    );
  });

  test('<? ?> scriptlets span the text between them', () => {
    const template = html().createTemplate(
      '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>',
    );
    template.items = ['a', '<b>'];
    expect(template.evaluate().getContent()).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
  });

  test('null and undefined print nothing; a trailing semicolon is accepted', () => {
    const template = html().createTemplate('[<?= missing ?>][<?!= nothing ?>][<?= 1 + 1; ?>]');
    template.missing = undefined;
    template.nothing = null;
    expect(template.evaluate().getContent()).toBe('[][][2]');
  });

  test('raw content, code, and errors', () => {
    const template = html().createTemplate('a<?= x ?>');
    expect(template.getRawContent()).toBe('a<?= x ?>');
    expect(template.getCode()).toContain('__esc(x)');
    expect(() => html().createTemplate('a <? b').evaluate()).toThrow('never closed');
    expect(() => html().createTemplate('<?= notDefined ?>').evaluate()).toThrow(
      'notDefined is not defined',
    );
  });

  test('an HtmlOutput turns back into a template', () => {
    const template = html().createHtmlOutput('<?= 6 * 7 ?>').asTemplate();
    expect(template.evaluate().getContent()).toBe('42');
  });
});

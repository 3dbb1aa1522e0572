// The DOM helper in Node with a tiny fake document (jsdom is not a dependency): what matters is
// which DOM calls it makes. Text must go through text nodes; innerHTML must never be touched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { append, checkAttribute, h, replace, svg } from '../../sidebar/shared/dom';

class FakeNode {
  parentNode: FakeNode | null = null;
  childNodes: FakeNode[] = [];
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  appendChild(child: FakeNode): FakeNode {
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  removeChild(child: FakeNode): FakeNode {
    this.childNodes = this.childNodes.filter((c) => c !== child);
    return child;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
}

class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

class FakeElement extends FakeNode {
  attributes = new Map<string, string>();
  listeners: Record<string, unknown[]> = {};
  [property: string]: unknown;
  constructor(
    readonly tagName: string,
    readonly namespaceURI: string,
  ) {
    super();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  addEventListener(event: string, listener: unknown): void {
    (this.listeners[event] ??= []).push(listener);
  }
  set innerHTML(_html: string) {
    throw new Error('innerHTML was used');
  }
}

const HTML = 'http://www.w3.org/1999/xhtml';
const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag, HTML),
  createElementNS: (ns: string, tag: string) => new FakeElement(tag, ns),
  createTextNode: (data: string) => new FakeText(data),
};

beforeAll(() => {
  (globalThis as unknown as { document: unknown }).document = fakeDocument;
});
afterAll(() => {
  delete (globalThis as unknown as { document?: unknown }).document;
});

const fake = (node: unknown) => node as unknown as FakeElement;

describe('h()', () => {
  it('puts markup-looking text in a text node, as text', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const p = fake(h('p', { class: 'note' }, evil, ' & ', 42));
    expect(p.tagName).toBe('p');
    expect(p.childNodes.every((c) => c instanceof FakeText)).toBe(true);
    expect(p.textContent).toBe(`${evil} & 42`);
    expect(p.attributes.get('class')).toBe('note');
  });

  it('flattens nested children and skips null, undefined and false', () => {
    const child = h('span', null, 'b');
    const ul = fake(h('div', null, ['a', [child, null]], undefined, false, 'c'));
    expect(ul.childNodes.map((c) => c.textContent)).toEqual(['a', 'b', 'c']);
  });

  it('sets attributes, booleans as presence, live values as properties', () => {
    const input = fake(
      h('input', {
        type: 'text',
        value: '<b>x</b>',
        checked: true,
        disabled: false,
        hidden: true,
        maxlength: 200,
        'aria-invalid': null,
        'aria-label': 'Target (%)',
      }),
    );
    expect(Object.fromEntries(input.attributes)).toEqual({
      type: 'text',
      hidden: '',
      maxlength: '200',
      'aria-label': 'Target (%)',
    });
    expect(input.value).toBe('<b>x</b>');
    expect(input.checked).toBe(true);
    expect(input.disabled).toBeUndefined();
  });

  it('adds event listeners from `on`, never as inline handlers', () => {
    const click = () => undefined;
    const button = fake(h('button', { type: 'button', on: { click } }, 'Save'));
    expect(button.listeners.click).toEqual([click]);
    expect(button.attributes.has('onclick')).toBe(false);
  });

  it('refuses inline handlers, script URLs and odd attribute names', () => {
    expect(() => h('a', { onclick: 'alert(1)' })).toThrow('Inline event handlers are not allowed');
    expect(() => h('a', { OnMouseOver: 'x' })).toThrow('Inline event handlers are not allowed');
    expect(() => h('a', { href: ' JaVaScript:alert(1)' })).toThrow(
      'Script URLs are not allowed in href',
    );
    expect(() => h('a', { href: 'java\nscript:alert(1)' })).toThrow('Script URLs are not allowed');
    expect(() => h('iframe', { srcdoc: '<p>' })).toThrow('srcdoc is not allowed');
    expect(() => h('div', { 'a b': 'x' })).toThrow('Invalid attribute name: "a b"');
    expect(() => h('div', { '"><script>': 'x' })).toThrow('Invalid attribute name');
    expect(() => checkAttribute('href', 'https://example.com/?q=javascript:')).not.toThrow();
  });

  it('makes SVG elements in the SVG namespace', () => {
    const rect = fake(svg('rect', { x: 1, width: 2 }, svg('title', null, '<b>Jan</b>')));
    expect(rect.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(rect.attributes.get('x')).toBe('1');
    expect(rect.textContent).toBe('<b>Jan</b>');
  });

  it('replaces children with text', () => {
    const box = h('div', null, 'old', h('b', null, 'older'));
    replace(box, 'new <i>');
    expect(fake(box).childNodes).toHaveLength(1);
    expect(fake(box).textContent).toBe('new <i>');
    append(box, 1, [2]);
    expect(fake(box).textContent).toBe('new <i>12');
  });
});

describe('the sidebar sources', () => {
  const root = join(__dirname, '../../sidebar');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? files(join(dir, d.name))
        : /\.(ts|html)$/.test(d.name)
          ? [join(dir, d.name)]
          : [],
    );

  it('never parse data as HTML nor load anything from outside', () => {
    const sources = files(root);
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      const forbidden = text.match(
        /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|\bfetch\(|XMLHttpRequest|https?:\/\/(?!www\.w3\.org)/g,
      );
      expect([file, forbidden]).toEqual([file, null]);
    }
  });
});

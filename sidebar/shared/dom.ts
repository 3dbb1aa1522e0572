// The sidebar's only way to build DOM: elements from a tag, attributes and children, where every
// string child becomes a text node (so user and server text is never parsed as HTML). There is
// no innerHTML anywhere in the sidebar; attribute names are checked so that no inline event
// handler ("onclick") or script URL can be set from data.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type AttrValue = string | number | boolean | null | undefined;

export interface Attrs {
  [name: string]: AttrValue | Partial<Record<string, EventListener>> | undefined;
  /** Event listeners by event name (`{ click: fn }`). */
  on?: Partial<Record<string, EventListener>>;
}

/** Properties set as properties (the live value), not as attributes (the default value). */
const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'indeterminate']);
const NAME = /^[a-zA-Z][a-zA-Z0-9:._-]*$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** Throws when an attribute could run script: inline handlers, script URLs, odd names. */
export function checkAttribute(name: string, value: string): void {
  if (!NAME.test(name)) throw new Error(`Invalid attribute name: ${JSON.stringify(name)}`);
  if (/^on/i.test(name))
    throw new Error(`Inline event handlers are not allowed (${name}); use on: {}`);
  if (name.toLowerCase() === 'srcdoc') throw new Error('srcdoc is not allowed');
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^(?:javascript|vbscript|data):/.test(url)) {
    throw new Error(`Script URLs are not allowed in ${name}`);
  }
}

function setAttrs(node: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'on') {
      for (const [event, listener] of Object.entries(value as Record<string, EventListener>)) {
        if (listener) node.addEventListener(event, listener);
      }
      continue;
    }
    if (value === null || value === undefined || value === false) continue;
    const text = value === true ? '' : String(value);
    checkAttribute(name, text);
    if (PROPERTIES.has(name))
      (node as unknown as Record<string, unknown>)[name] = value === true ? true : text;
    else node.setAttribute(name, text);
  }
}

/** Appends children: strings and numbers as text nodes, nested arrays flattened, blanks skipped. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as Child[]));
    else if (typeof child === 'string' || typeof child === 'number') {
      parent.appendChild(document.createTextNode(String(child)));
    } else parent.appendChild(child as Node);
  }
}

/** An HTML element: h('button', { type: 'button', on: { click } }, 'Save'). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (charts): same rules as h(). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

/** Replaces an element's children (text stays text). */
export function replace(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** The element with this id, or an error naming it (a missing node is a bug in the page). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

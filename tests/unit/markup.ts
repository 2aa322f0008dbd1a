/**
 * Markup read back for tests that run in Node (draw-chart.test.ts): HTML with parse5 and XML with
 * saxes — the parsers jsdom itself reads with — into a small read-only tree with the part of the
 * DOM's Element those tests use. Importing jsdom for its DOMParser cost about 0.9 s of CPU per run.
 *
 * Selectors: lists (`a, b`) of descendant chains (`svg *`) of one simple selector each: `*`, a tag
 * name, `.class` or `[attribute]`. Anything else throws, so a test cannot silently match nothing.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { SaxesParser } from 'saxes';

export interface MarkupElement {
  /** As the DOM gives it: upper case for HTML elements, as written for SVG and XML. */
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  readonly children: readonly MarkupElement[];
  readonly firstElementChild: MarkupElement | null;
  /** The element that holds this one; null for a document's root. */
  readonly parent: MarkupElement | null;
  readonly textContent: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getAttributeNames(): string[];
  querySelector(selector: string): MarkupElement | null;
  querySelectorAll(selector: string): MarkupElement[];
}

/** A document: its root element, and queries that include the root (as Document's do). */
export interface MarkupDocument {
  readonly documentElement: MarkupElement;
  querySelector(selector: string): MarkupElement | null;
  querySelectorAll(selector: string): MarkupElement[];
}

type Child = Element | string;

class Element implements MarkupElement {
  readonly nodes: Child[] = [];
  constructor(
    readonly tagName: string,
    private readonly attrs: ReadonlyMap<string, string>,
    readonly parent: Element | null,
  ) {}
  get id(): string {
    return this.attrs.get('id') ?? '';
  }
  get className(): string {
    return this.attrs.get('class') ?? '';
  }
  get children(): Element[] {
    return this.nodes.filter((n): n is Element => typeof n !== 'string');
  }
  get firstElementChild(): Element | null {
    return this.children[0] ?? null;
  }
  get textContent(): string {
    return this.nodes.map((n) => (typeof n === 'string' ? n : n.textContent)).join('');
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  getAttributeNames(): string[] {
    return [...this.attrs.keys()];
  }
  querySelector(selector: string): Element | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  querySelectorAll(selector: string): Element[] {
    const chains = parseSelector(selector);
    return descendants(this).filter((el) => chains.some((chain) => matchesChain(el, chain)));
  }
}

/** Every element below `root`, in document order. */
function descendants(root: Element): Element[] {
  return root.children.flatMap((child) => [child, ...descendants(child)]);
}

type Simple = (el: Element) => boolean;

function parseSelector(selector: string): Simple[][] {
  return selector.split(',').map((part) => {
    const chain = part.trim().split(/\s+/u);
    if (chain.length === 0 || chain[0] === '')
      throw new Error(`markup: empty selector in "${selector}"`);
    return chain.map((simple): Simple => {
      if (simple === '*') return () => true;
      const cls = /^\.([\w-]+)$/u.exec(simple);
      if (cls) return (el) => el.className.split(/\s+/u).includes(cls[1]!);
      const attr = /^\[([\w:-]+)\]$/u.exec(simple);
      if (attr) return (el) => el.hasAttribute(attr[1]!);
      if (/^[a-zA-Z][\w-]*$/u.test(simple))
        return (el) => el.tagName.toLowerCase() === simple.toLowerCase();
      throw new Error(`markup: selector "${simple}" is not supported`);
    });
  });
}

/** The chain's last selector matches the element, each earlier one an ancestor, in order. */
function matchesChain(el: Element, chain: readonly Simple[]): boolean {
  if (!chain[chain.length - 1]!(el)) return false;
  let at: Element | null = el.parent;
  for (let i = chain.length - 2; i >= 0; i--) {
    while (at && !chain[i]!(at)) at = at.parent;
    if (!at) return false;
    at = at.parent;
  }
  return true;
}

function documentOf(root: Element): MarkupDocument {
  const holder = new Element('#document', new Map(), null);
  holder.nodes.push(root);
  return {
    documentElement: root,
    querySelector: (s) => holder.querySelector(s),
    querySelectorAll: (s) => holder.querySelectorAll(s),
  };
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
type Parse5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

/** An HTML page's `<body>`, read as a browser reads a page (parse5, the HTML standard's parser). */
export function readHtmlBody(html: string): MarkupElement {
  const convert = (node: DefaultTreeAdapterMap['element'], parent: Element | null): Element => {
    const name = node.namespaceURI === HTML_NS ? node.tagName.toUpperCase() : node.tagName;
    const el = new Element(
      name,
      new Map(node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value])),
      parent,
    );
    for (const child of node.childNodes) {
      if (child.nodeName === '#text')
        el.nodes.push((child as DefaultTreeAdapterMap['textNode']).value);
      else if ('tagName' in child) el.nodes.push(convert(child, el));
    }
    return el;
  };
  const find = (node: Parse5Node, name: string): DefaultTreeAdapterMap['element'] | undefined => {
    if ('tagName' in node && node.tagName === name) return node;
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      const found = find(child, name);
      if (found) return found;
    }
    return undefined;
  };
  const body = find(parse(html), 'body');
  if (!body) throw new Error('markup: the page has no <body>');
  return convert(body, null);
}

/** An XML document (an SVG file): throws, naming the fault, when it is not well-formed. */
export function readXml(xml: string): MarkupDocument {
  const parser = new SaxesParser();
  let root: Element | null = null;
  let open: Element | null = null;
  parser.on('error', (error) => {
    throw new Error(`not well-formed: ${error.message}\n${xml.slice(0, 300)}`);
  });
  parser.on('opentag', (tag) => {
    const attrs = new Map(Object.entries(tag.attributes as Record<string, string>));
    const el = new Element(tag.name, attrs, open);
    if (open) open.nodes.push(el);
    else root = el;
    open = el;
  });
  parser.on('closetag', () => {
    open = open?.parent ?? null;
  });
  const text = (t: string) => open?.nodes.push(t);
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(xml).close();
  if (!root) throw new Error(`not well-formed: no root element\n${xml.slice(0, 300)}`);
  return documentOf(root);
}

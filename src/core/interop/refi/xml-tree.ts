import { SaxesParser } from 'saxes';
import { OpError } from '../../errors';

/**
 * One XML element with names stripped of their namespace prefix. REFI-QDA writers differ on namespaces (NVivo
 * uses the default `urn:QDA-XML:project:1.0`, others prefix it or leave it out), so matching on local names is
 * what lets one reader take all of them.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (not its children's), as written: CR and LF kept apart. */
  text: string;
}

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(':') + 1);

/**
 * Parses a whole XML document into a tree. A DOCTYPE is refused outright: REFI-QDA needs none, and its entity
 * declarations are how "billion laughs" and external-entity attacks get in. References to undeclared entities are
 * errors in saxes, so with no DOCTYPE only the five XML entities and character references are expanded.
 */
export function parseXmlTree(xml: string, fileName: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true, fileName });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: OpError | undefined;
  parser.on('doctype', () => {
    failure ??= new OpError('UNSUPPORTED_FORMAT', `“${fileName}” declares a DOCTYPE; REFI-QDA files have none, and entities in it are refused.`);
    throw failure;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      attrs[localName(k)] = v;
    }
    const el: XmlElement = { name: localName(tag.name), attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  const addText = (t: string) => {
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (e) {
    if (failure) throw failure;
    const detail = e instanceof Error ? e.message : String(e);
    throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” is not well-formed XML (${detail}).`);
  }
  if (!root) throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” holds no XML element.`);
  return root;
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

export function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

import { createRequire } from 'node:module';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';

/**
 * mammoth reads each part of a .docx by building a full W3C DOM (xmldom) and then copying it into its own small
 * element tree. The DOM is thrown away at once, yet building it is about half of mammoth's work on an interview
 * transcript. This builds mammoth's tree straight from saxes' events instead, node for node the same: the
 * parity test (`test/unit/ingest/mammoth-xml-reader.test.ts`) compares both readers on every .docx part in the
 * corpus, so a mammoth release that changes its tree fails there rather than in a documenter's import.
 */

/** mammoth's element node (`mammoth/lib/xml/nodes`): we construct its own class, so its methods keep working. */
interface MammothXmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: MammothXmlNode[];
}
type MammothXmlNode = MammothXmlElement | { type: 'text'; value: string };

interface MammothXmlModule {
  Element: new (name: string, attributes: Record<string, string>, children: MammothXmlNode[]) => MammothXmlElement;
  readString: (xml: string, namespaceMap?: Record<string, string>) => Promise<MammothXmlElement>;
}

/** The namespace every `xmlns` declaration lives in, as the DOM reports it. */
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** A qualified name as mammoth writes it: its own prefix for namespaces it knows, `{uri}local` otherwise. */
function nameOf(uri: string, local: string, namespaceMap: Record<string, string>): string {
  if (!uri) return local;
  const prefix = namespaceMap[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

function attributeName(a: SaxesAttributeNS, uri: string, namespaceMap: Record<string, string>): string {
  // The DOM puts `xmlns` and `xmlns:x` in the xmlns namespace, with local names "xmlns" and "x".
  if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) return nameOf(XMLNS, a.local, namespaceMap);
  return nameOf(uri, a.local, namespaceMap);
}

/**
 * Parses `xml` into mammoth's tree. Character data becomes text nodes as the DOM has them (whitespace between
 * elements included); CDATA, comments and processing instructions are dropped, as mammoth's own reader drops
 * them, and the text either side of them stays two nodes. Malformed XML rejects, as it does in mammoth.
 */
export function readMammothXml(Element: MammothXmlModule['Element'], xml: string, namespaceMap: Record<string, string> = {}): MammothXmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: MammothXmlElement[] = [];
  let root: MammothXmlElement | undefined;
  // Set once saxes has met a prefix nobody declared: it then uses the prefix as the namespace, the DOM uses none.
  let unbound = false;
  const uriOf = (prefix: string, uri: string) => (unbound && prefix && parser.resolve(prefix) === undefined ? '' : uri);
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const key in tag.attributes) {
      const a = tag.attributes[key]!;
      attributes[attributeName(a, uriOf(a.prefix, a.uri), namespaceMap)] = a.value;
    }
    const element = new Element(nameOf(uriOf(tag.prefix, tag.uri), tag.local, namespaceMap), attributes, []);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  // One text node per run of character data, as in the DOM: saxes reports a run whole, ending it at any markup.
  parser.on('text', (value) => {
    stack[stack.length - 1]?.children.push({ type: 'text', value });
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  // The DOM reads a name with an undeclared prefix as having no namespace; saxes calls it an error. Any other
  // error ends the parse, as it does in mammoth.
  parser.on('error', (e) => {
    if (!e.message.includes('unbound namespace prefix')) throw e;
    unbound = true;
  });
  parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  if (!root) throw new Error('the part holds no XML element');
  return root;
}

let installed = false;

/** Whether this thread's mammoth reads XML with `readMammothXml` (the bench's raw-mammoth floor must not). */
export const fastMammothXmlInstalled = (): boolean => installed;

/**
 * Makes mammoth read XML with `readMammothXml`. mammoth's office reader looks `readString` up on its xml module
 * at each call, so replacing it there reaches every part mammoth reads. Idempotent.
 */
export function useFastMammothXml(): void {
  if (installed) return;
  const xml = createRequire(import.meta.url)('mammoth/lib/xml') as MammothXmlModule;
  xml.readString = (text, namespaceMap) => {
    try {
      return Promise.resolve(readMammothXml(xml.Element, text, namespaceMap));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };
  installed = true;
}

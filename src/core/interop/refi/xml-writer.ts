/**
 * A small XML writer for the export: elements and escaped text appended to a list of chunks. Hand-escaping is
 * enough here because the writer only ever emits the few shapes the REFI-QDA schemas allow, and it keeps a
 * project of 100,000 selections to one pass with no document tree in memory.
 */

export type XmlAttrs = Record<string, string | number | boolean | null | undefined>;

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and line ends, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function clean(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

/**
 * Element text. A carriage return is written as a reference: a parser turns a literal CR LF into LF, and a note's
 * text must come back as it was, CRLF texts included.
 */
export function escapeText(s: string): string {
  return clean(s).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;'));
}

/** Attribute values: a parser turns literal tabs and line ends in an attribute into spaces, so they are references. */
export function escapeAttr(s: string): string {
  return clean(s).replace(/[&<>"\t\n\r]/g, (c) => ATTR_REFS[c]!);
}

const ATTR_REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

function attrs(a: XmlAttrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined) out += ` ${k}="${escapeAttr(String(v))}"`;
  return out;
}

export class XmlWriter {
  private readonly chunks: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly stack: string[] = [];

  open(name: string, a: XmlAttrs = {}): this {
    this.chunks.push(`${this.indent()}<${name}${attrs(a)}>\n`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (!name) throw new Error('XmlWriter: close() without an open element');
    this.chunks.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  empty(name: string, a: XmlAttrs = {}): this {
    this.chunks.push(`${this.indent()}<${name}${attrs(a)}/>\n`);
    return this;
  }

  /** An element holding text only; omitted when the text is empty and `keepEmpty` is not set. */
  text(name: string, text: string, keepEmpty = false): this {
    if (text || keepEmpty) this.chunks.push(`${this.indent()}<${name}>${escapeText(text)}</${name}>\n`);
    return this;
  }

  /** The document as UTF-8 bytes, with no byte-order mark (Buffer.from never writes one). */
  toBuffer(): Buffer {
    if (this.stack.length) throw new Error(`XmlWriter: ${this.stack.join(' > ')} left open`);
    return Buffer.from(this.chunks.join(''), 'utf8');
  }

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }
}

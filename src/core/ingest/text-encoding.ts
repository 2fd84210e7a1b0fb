import { OpError } from '../errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (ISO-8859-1), not as the curly quotes,
// dashes and € that Word-era files hold there, so those 32 bytes are mapped by hand. 0 = unassigned in 1252.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export interface DecodeOptions {
  /**
   * What a NUL (U+0000) means. 'binary' (text files): a zero byte outside UTF-16 is binary data, and the file is
   * refused. 'replace' (WebVTT's rule, used for captions): each NUL becomes U+FFFD and the file is read on.
   */
  nul: 'binary' | 'replace';
}

/**
 * Decodes a text file: a BOM decides (UTF-8, UTF-16 LE/BE); without one, UTF-16 is recognised by its zero
 * bytes, then strict UTF-8 is tried and Windows-1252 is the fallback. The BOM is not part of the text.
 */
export function decodeText(bytes: Uint8Array, fileName: string, options: DecodeOptions = { nul: 'binary' }): DecodedText {
  const encoding = detectEncoding(bytes, fileName, options);
  const body = hasBom(bytes, encoding) ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
  // ignoreBOM: the BOM is already cut off, so a second U+FEFF is real text and kept.
  const text = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { text: options.nul === 'replace' && text.includes('\0') ? text.replaceAll('\0', '\uFFFD') : text, encoding };
}

/** CRLF and lone CR become LF. */
export function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function detectEncoding(bytes: Uint8Array, fileName: string, options: DecodeOptions): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  if (options.nul === 'binary' && bytes.includes(0)) {
    throw new OpError('UNREADABLE_FILE', `“${fileName}” does not look like a text file: it contains binary data.`);
  }
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function hasBom(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe;
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff;
  return false;
}

/** Text in UTF-16 without a BOM has a zero in most odd (LE) or even (BE) bytes when it is mostly Latin. */
function guessUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (e) {
    if (e instanceof TypeError) return false;
    throw e;
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

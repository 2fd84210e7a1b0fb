import { OpError } from '../errors';

/**
 * Tells apart the two kinds of OLE compound file that arrive named .docx: a password-protected Word document
 * (Office wraps the encrypted package in OLE, with EncryptionInfo and EncryptedPackage streams) and an old Word
 * 97–2003 document (a WordDocument stream). They need different advice.
 */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Directory entries are 128 bytes and start on sector boundaries (512 or 4096 bytes), so every entry of the file
// starts at a multiple of 128: its name there (UTF-16LE) with the name's byte length (terminator included) at 0x40.
const ENTRY_SIZE = 128;
const NAME_LENGTH_AT = 0x40;

export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

export function oleRefusal(bytes: Uint8Array, fileName: string): OpError {
  const names = streamNames(bytes, ['EncryptionInfo', 'EncryptedPackage', 'WordDocument']);
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
    return new OpError(
      'UNREADABLE_FILE',
      `“${fileName}” is password-protected (encrypted); open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password), save it, and import that.`,
    );
  }
  if (names.has('WordDocument')) {
    return new OpError(
      'UNREADABLE_FILE',
      `“${fileName}” is an old Word 97–2003 document (.doc) named .docx; open it in Word, save it as a .docx, and import that.`,
    );
  }
  return new OpError('UNREADABLE_FILE', `“${fileName}” is an older Office file (Word 97–2003 or another Office format), not a .docx; open it in Word, save it as a .docx, and import that.`);
}

/** Which of `wanted` appear as directory entry names. */
function streamNames(bytes: Uint8Array, wanted: readonly string[]): Set<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const targets = wanted.map((name) => ({ name, utf16: Buffer.from(name, 'utf16le') }));
  const found = new Set<string>();
  for (let at = 512; at + ENTRY_SIZE <= bytes.length; at += ENTRY_SIZE) {
    const nameLength = view.getUint16(at + NAME_LENGTH_AT, true);
    for (const t of targets) {
      if (nameLength !== t.utf16.length + 2) continue;
      if (Buffer.compare(t.utf16, bytes.subarray(at, at + t.utf16.length)) === 0) found.add(t.name);
    }
  }
  return found;
}

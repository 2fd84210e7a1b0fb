import { createHash } from 'node:crypto';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A GUID for something the lab has no row for (the "Evidence" code, a variable, an excerpt's memo as a note),
 * derived from what it stands for, in the form of a name-based UUID (version 5, SHA-1): the same lab exported twice
 * gives the same GUIDs, so a re-import matches rather than duplicates.
 */
export function derivedGuid(kind: string, ...parts: string[]): string {
  const h = createHash('sha1').update(`scaling-lab-workbench/refi/${kind}`).update('\0').update(parts.join('\0')).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Our ids are UUIDs; this keeps the file valid even for a row whose id is not (a lab edited by hand). */
export function asGuid(id: string): string {
  return GUID.test(id) ? id : derivedGuid('id', id);
}

/** xsd:dateTime as the lab stores timestamps (ISO 8601 with a zone); anything else is left out of the file. */
export function asDateTime(s: string | null | undefined): string | undefined {
  return s && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : undefined;
}

/** REFI-QDA's RGBType; a colour the lab holds in another form is left out. */
export function asColor(s: string | null | undefined): string | undefined {
  return s && /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(s) ? s : undefined;
}

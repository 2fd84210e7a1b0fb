import type { Code } from '../../../shared/domain/coding';
import type { EvidenceDimension } from '../../../shared/domain/evidence';
import { derivedGuid, asColor, asGuid } from './refi-guids';
import type { XmlWriter } from './xml-writer';

/** The name of the top-level code under which evidence dimensions and their values travel; import reads it back. */
export const EVIDENCE_CODE_NAME = 'Evidence';

/** The labels that put a code's guidance after its definition in one REFI-QDA Description; import splits on them. */
export const GUIDANCE_LABELS = { whenToUse: 'When to use: ', whenNotToUse: 'When not to use: ', example: 'Example: ' } as const;

/** A code's definition, then its guidance as labelled paragraphs, in the one Description REFI-QDA has. */
export function codeDescription(c: Pick<Code, 'definition' | 'whenToUse' | 'whenNotToUse' | 'example'>): string {
  const parts = [c.definition.trim()];
  for (const key of ['whenToUse', 'whenNotToUse', 'example'] as const) {
    const text = c[key].trim();
    if (text) parts.push(`${GUIDANCE_LABELS[key]}${text}`);
  }
  return parts.filter(Boolean).join('\n\n');
}

export interface CodebookParts {
  codes: Code[];
  dims: EvidenceDimension[];
  /** The lab's id: the "Evidence" code's GUID is derived from it, so it is the same in every export of the lab. */
  labId: string;
  /** Free text as the export writes it (pseudonymised unless real names were asked for). */
  text: (s: string) => string;
  /** Notes on a code, by code id (a project only: a .qdc code has no NoteRef). */
  noteRefs?: ReadonlyMap<string, string[]>;
}

/** The GUID of the top-level "Evidence" code of a lab. */
export function evidenceCodeGuid(labId: string): string {
  return derivedGuid('evidence-code', labId);
}

/**
 * `<Codes>`: the lab's codes nested as in its codebook, then the evidence dimensions as a code tree of their own
 * ("Evidence" › dimension › value). Only values are codable: excerpts are tagged with a value, never a dimension.
 * The element shapes are those both schemas share (Project's CodeType adds only NoteRef), so one writer serves both.
 */
export function writeCodes(xml: XmlWriter, p: CodebookParts): number {
  const children = new Map<string | null, Code[]>();
  for (const c of p.codes) {
    const siblings = children.get(c.parentId);
    if (siblings) siblings.push(c);
    else children.set(c.parentId, [c]);
  }
  let written = 0;
  const writeCode = (c: Code) => {
    xml.open('Code', { guid: asGuid(c.id), name: p.text(c.name), isCodable: true, color: asColor(c.colour) });
    xml.text('Description', p.text(codeDescription(c)));
    for (const note of p.noteRefs?.get(c.id) ?? []) xml.empty('NoteRef', { targetGUID: note });
    written++;
    for (const child of children.get(c.id) ?? []) writeCode(child);
    xml.close();
  };
  xml.open('Codes');
  for (const c of children.get(null) ?? []) writeCode(c);
  if (p.dims.length) {
    xml.open('Code', { guid: evidenceCodeGuid(p.labId), name: EVIDENCE_CODE_NAME, isCodable: false });
    xml.text('Description', 'Evidence tags of Scaling Lab Workbench: one code per dimension, under it one code per value.');
    for (const d of p.dims) {
      xml.open('Code', { guid: asGuid(d.id), name: d.label, isCodable: false });
      xml.text('Description', d.description);
      for (const v of d.values) {
        xml.open('Code', { guid: asGuid(v.id), name: v.label, isCodable: true });
        xml.text('Description', v.description);
        xml.close();
        written++;
      }
      xml.close();
      written++;
    }
    xml.close();
    written++;
  }
  if (written === 0) {
    // Codes needs one Code at least; a lab with no codes and no dimensions says so rather than writing an invalid file.
    xml.open('Code', { guid: evidenceCodeGuid(p.labId), name: EVIDENCE_CODE_NAME, isCodable: false }).close();
    written++;
  }
  xml.close();
  return written;
}

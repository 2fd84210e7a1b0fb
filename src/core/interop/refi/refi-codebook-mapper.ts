import type { RefiSkipped } from '../../../shared/domain/refi-import';
import { PALETTE } from '../../coding/codebook';
import { keyOf } from '../../evidence/evidence-tags';
import type { RowWriter } from '../../store/change-recorder';
import type { LabStore } from '../../store/lab-store';
import { nextCodePosition, siblingNamed } from '../../store/queries/code-queries';
import { nextPosition, selectDimensions } from '../../store/queries/evidence-queries';
import type { RefiCode } from './qde-project';

/** What a REFI-QDA code became in the lab: a code, an evidence value (a tag), or nothing a coding can land on. */
export type CodeTarget = { kind: 'code'; id: string } | { kind: 'evidence'; valueId: string } | { kind: 'none'; why: string };

export interface CodebookMapping {
  targets: Map<string, CodeTarget>;
  /** Codes added (existing ones matched by guid or by name under the same parent are reused). */
  created: number;
  /** Evidence dimensions and values added. */
  evidenceCreated: number;
}

/** The top-level code that carries evidence tags across (see README, "REFI-QDA projects and codebooks"). */
export const EVIDENCE_CODE = 'Evidence';

const LABELS = [
  ['When to use:', 'whenToUse'],
  ['When not to use:', 'whenNotToUse'],
  ['Example:', 'example'],
] as const;

type CodeTexts = { definition: string; whenToUse: string; whenNotToUse: string; example: string };

/**
 * Our export appends a code's guidance to its description as labelled paragraphs ("When to use: …"); they go back
 * to their own fields. Descriptions written by other tools have none, and stay whole as the definition.
 */
export function splitDescription(description: string): CodeTexts {
  const out: CodeTexts = { definition: '', whenToUse: '', whenNotToUse: '', example: '' };
  let field: keyof CodeTexts = 'definition';
  const parts: Record<keyof CodeTexts, string[]> = { definition: [], whenToUse: [], whenNotToUse: [], example: [] };
  for (const paragraph of description.split(/\r?\n[ \t]*\r?\n/)) {
    const label = LABELS.find(([l]) => paragraph.trimStart().startsWith(l));
    if (label) {
      field = label[1];
      parts[field].push(paragraph.trimStart().slice(label[0].length).trimStart());
    } else {
      parts[field].push(paragraph);
    }
  }
  for (const k of Object.keys(parts) as (keyof CodeTexts)[]) out[k] = parts[k].join('\n\n').trim();
  return out;
}

function colourOf(color: string | null, position: number): string {
  if (!color) return PALETTE[position % PALETTE.length]!;
  const c = color.toLowerCase();
  return c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c;
}

/**
 * Adds a REFI-QDA codebook to the lab inside the caller's change set: codes are matched by guid, then by name under
 * the same parent, else made (keeping the guid as the id when it is free, so a later import of the same project
 * matches them). Codes under a top-level "Evidence" code become evidence dimensions and values instead.
 */
export function mapCodebook(store: LabStore, w: RowWriter, codes: RefiCode[], skipped: RefiSkipped[]): CodebookMapping {
  const targets = new Map<string, CodeTarget>();
  let created = 0;
  let evidenceCreated = 0;

  const addCode = (node: RefiCode, parentId: string | null) => {
    let id: string | undefined;
    const byGuid = store.rows.get('code', node.guid);
    if (byGuid) id = node.guid;
    else id = siblingNamed(store, parentId, node.name);
    if (!id) {
      const position = nextCodePosition(store, parentId);
      const texts = splitDescription(node.description);
      const row = w.insert('code', {
        id: node.guid,
        name: node.name.slice(0, 200),
        colour: colourOf(node.color, position),
        parent_id: parentId,
        position,
        definition: texts.definition,
        when_to_use: texts.whenToUse,
        when_not_to_use: texts.whenNotToUse,
        example: texts.example,
      });
      id = String(row.id);
      created++;
    }
    targets.set(node.guid, { kind: 'code', id });
    for (const child of node.children) addCode(child, id);
  };

  const addEvidence = (root: RefiCode) => {
    targets.set(root.guid, { kind: 'none', why: `“${EVIDENCE_CODE}” only groups the evidence dimensions` });
    type Dim = { id: string; key: string; label: string; values: { id: string; key: string; label: string }[] };
    const dimensions: Dim[] = selectDimensions(store).map((d) => ({ id: d.id, key: d.key, label: d.label, values: d.values.map((v) => ({ id: v.id, key: v.key, label: v.label })) }));
    for (const d of root.children) {
      let dim = dimensions.find((x) => x.id === d.guid) ?? dimensions.find((x) => x.label.toLowerCase() === d.name.toLowerCase());
      if (!dim) {
        const taken = new Set(dimensions.map((x) => x.key));
        let key = keyOf(d.name);
        for (let n = 2; taken.has(key); n++) key = `${keyOf(d.name)}-${n}`;
        const row = w.insert('evidence_dimension', {
          ...(store.rows.get('evidence_dimension', d.guid) ? {} : { id: d.guid }),
          key,
          label: d.name,
          description: d.description.trim(),
          multiple: 1,
          position: nextPosition(store, 'evidence_dimension'),
        });
        dim = { id: String(row.id), key, label: d.name, values: [] };
        dimensions.push(dim);
        evidenceCreated++;
      }
      targets.set(d.guid, { kind: 'none', why: `“${d.name}” is an evidence dimension; only its values tag excerpts` });
      for (const v of d.children) {
        let value = dim.values.find((x) => x.id === v.guid) ?? dim.values.find((x) => x.label.toLowerCase() === v.name.toLowerCase());
        if (!value) {
          const taken = new Set(dim.values.map((x) => x.key));
          let key = keyOf(v.name);
          for (let n = 2; taken.has(key); n++) key = `${keyOf(v.name)}-${n}`;
          const row = w.insert('evidence_value', {
            ...(store.rows.get('evidence_value', v.guid) ? {} : { id: v.guid }),
            dimension_id: dim.id,
            key,
            label: v.name,
            description: v.description.trim(),
            position: nextPosition(store, 'evidence_value', dim.id),
          });
          value = { id: String(row.id), key, label: v.name };
          dim.values.push(value);
          evidenceCreated++;
        }
        targets.set(v.guid, { kind: 'evidence', valueId: value.id });
        for (const deeper of v.children) {
          skipped.push({ what: `the code “${deeper.name}” under the evidence value “${v.name}”`, why: 'evidence values have no sub-values' });
          targets.set(deeper.guid, { kind: 'none', why: 'it sits below an evidence value' });
        }
      }
    }
  };

  for (const node of codes) {
    if (node.name === EVIDENCE_CODE) addEvidence(node);
    else addCode(node, null);
  }
  return { targets, created, evidenceCreated };
}

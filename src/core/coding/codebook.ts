import type { z } from 'zod';
import type { Code, CodebookNode, CodeInput, CodePatch } from '../../shared/domain/coding';
import { OpError } from '../errors';
import type { RowWriter } from '../store/change-recorder';
import type { LabStore } from '../store/lab-store';
import {
  childIds,
  codeCodec,
  codingsOfCodes,
  nextCodePosition,
  selectCode,
  selectCodesWithCounts,
  siblingNamed,
  subtreeIds,
} from '../store/queries/code-queries';
import { uncodedExcerpts } from '../store/queries/excerpt-queries';
import { removeExcerpts } from './remove-excerpts';

/** Colours a new code gets in turn when none is given: distinct, and readable as a highlight. */
export const PALETTE = ['#4c8bf5', '#e0793a', '#3aa76d', '#c94f7c', '#8a6fd1', '#c9a227', '#2aa3b8', '#b5523b', '#6b8e23', '#7f7f7f'];

function mustGet(store: LabStore, id: string, field = 'code'): Code {
  const c = selectCode(store, id);
  if (!c) throw new OpError('NOT_FOUND', `${field}: that code does not exist (it may have been deleted)`);
  return c;
}

function assertNameFree(store: LabStore, parentId: string | null, name: string, self?: string): void {
  const other = siblingNamed(store, parentId, name);
  if (other && other !== self) throw new OpError('CONFLICT', `name: a code named “${name}” already exists there`);
}

function insertCode(store: LabStore, w: RowWriter, input: z.infer<typeof CodeInput>): Code {
  if (input.parentId) mustGet(store, input.parentId, 'parentId');
  assertNameFree(store, input.parentId, input.name);
  const position = nextCodePosition(store, input.parentId);
  const colour = input.colour ?? PALETTE[position % PALETTE.length]!;
  return codeCodec.fromRow(w.insert('code', codeCodec.toRow({ ...input, colour, position, pinned: null })));
}

export function createCode(store: LabStore, input: z.infer<typeof CodeInput>): Code {
  return store.write(`Create code “${input.name}”`, (w) => insertCode(store, w, input));
}

export function updateCode(store: LabStore, id: string, patch: z.infer<typeof CodePatch>): Code {
  const code = mustGet(store, id);
  if (patch.name !== undefined) assertNameFree(store, code.parentId, patch.name, id);
  const label = patch.name && patch.name !== code.name ? `Rename code “${code.name}”` : `Edit code “${code.name}”`;
  return store.write(label, (w) => {
    if (patch.pinned) {
      // A key pins one code: take it from whichever code had it.
      const holder = selectCodesWithCounts(store).find((c) => c.pinned === patch.pinned && c.id !== id);
      if (holder) w.update('code', holder.id, { pinned: null });
    }
    return codeCodec.fromRow(w.update('code', id, codeCodec.toRow(patch)));
  });
}

/** Moves a code (with its subtree) under another parent or to the top level, at a position among its siblings. */
export function moveCode(store: LabStore, id: string, parentId: string | null, position?: number): Code {
  const code = mustGet(store, id);
  if (parentId) {
    mustGet(store, parentId, 'parentId');
    if (subtreeIds(store, id).includes(parentId)) throw new OpError('INVALID_INPUT', 'parentId: a code cannot move inside itself');
  }
  assertNameFree(store, parentId, code.name, id);
  return store.write(`Move code “${code.name}”`, (w) => {
    const siblings = childIds(store, parentId).filter((s) => s !== id);
    const at = Math.min(position ?? siblings.length, siblings.length);
    siblings.splice(at, 0, id);
    let moved: Code | undefined;
    siblings.forEach((sid, i) => {
      const values: Record<string, string | number | null> = sid === id ? { parent_id: parentId, position: i } : { position: i };
      const row = store.rows.get('code', sid)!;
      if (sid === id || row.position !== i) {
        const after = w.update('code', sid, values);
        if (sid === id) moved = codeCodec.fromRow(after);
      }
    });
    return moved!;
  });
}

/** Everything coded with `fromId` is coded with `intoId` instead; its children move too; then it goes. */
export function mergeCodes(store: LabStore, fromId: string, intoId: string): { moved: number; alreadyThere: number } {
  const from = mustGet(store, fromId, 'fromId');
  const into = mustGet(store, intoId, 'intoId');
  if (subtreeIds(store, fromId).includes(intoId)) throw new OpError('INVALID_INPUT', 'intoId: cannot merge a code into one of its own children');
  return store.write(`Merge “${from.name}” into “${into.name}”`, (w) => {
    const target = new Set(codingsOfCodes(store, [intoId]).map((c) => c.excerpt_id));
    let moved = 0;
    let alreadyThere = 0;
    for (const coding of codingsOfCodes(store, [fromId])) {
      if (target.has(coding.excerpt_id)) {
        w.remove('excerpt_code', coding.id);
        alreadyThere++;
      } else {
        w.update('excerpt_code', coding.id, { code_id: intoId });
        moved++;
      }
    }
    let position = nextCodePosition(store, intoId);
    for (const child of childIds(store, fromId)) {
      const name = String(store.rows.get('code', child)!.name);
      if (siblingNamed(store, intoId, name)) throw new OpError('CONFLICT', `“${into.name}” already has a child code named “${name}”; rename one first`);
      w.update('code', child, { parent_id: intoId, position: position++ });
    }
    w.remove('code', fromId);
    return { moved, alreadyThere };
  });
}

/** Deletes a code, its child codes and their codings; excerpts left with no code and no memo go too. */
export function deleteCode(store: LabStore, id: string): { codes: number; codings: number } {
  const code = mustGet(store, id);
  const ids = subtreeIds(store, id);
  return store.write(`Delete code “${code.name}”`, (w) => {
    const codings = codingsOfCodes(store, ids);
    for (const c of codings) w.remove('excerpt_code', c.id);
    removeExcerpts(w, store, uncodedExcerpts(store, [...new Set(codings.map((c) => c.excerpt_id))]));
    for (const cid of [...ids].reverse()) w.remove('code', cid);
    return { codes: ids.length, codings: codings.length };
  });
}

/** Adds a codebook's codes under `parentId`; codes whose name already exists at that place are reused, not doubled. */
export function importCodebook(store: LabStore, nodes: CodebookNode[], parentId: string | null, label: string): { created: number; skipped: number } {
  if (parentId) mustGet(store, parentId, 'parentId');
  return store.write(label, (w) => {
    let created = 0;
    let skipped = 0;
    const add = (list: CodebookNode[], parent: string | null) => {
      for (const node of list) {
        let id = siblingNamed(store, parent, node.name);
        if (id) skipped++;
        else {
          id = insertCode(store, w, {
            name: node.name,
            colour: node.colour,
            parentId: parent,
            definition: node.definition ?? '',
            whenToUse: node.whenToUse ?? '',
            whenNotToUse: node.whenNotToUse ?? '',
            example: node.example ?? '',
          }).id;
          created++;
        }
        add(node.children ?? [], id);
      }
    };
    add(nodes, parentId);
    return { created, skipped };
  });
}

/** The lab's codebook as a tree, for export. */
export function exportCodebook(store: LabStore, name: string): { name: string; codes: CodebookNode[] } {
  const codes = selectCodesWithCounts(store);
  const build = (parentId: string | null): CodebookNode[] =>
    codes
      .filter((c) => c.parentId === parentId)
      .map((c) => ({
        name: c.name,
        colour: c.colour,
        definition: c.definition,
        whenToUse: c.whenToUse,
        whenNotToUse: c.whenNotToUse,
        example: c.example,
        children: build(c.id),
      }));
  return { name, codes: build(null) };
}

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergeChoice } from '../../src/shared/domain/coder-copy';
import { tempDir, testApp, type TestApp } from '../helpers/temp';

type Coding = { id: string; excerpt_id: string; code_id: string; created_by: string; source_id: string; start: number; end: number };

function codings(app: TestApp): Coding[] {
  return app.ws.store.db
    .prepare(
      `SELECT ec.id, ec.excerpt_id, ec.code_id, ec.created_by, e.source_id, e.start, e.end
         FROM excerpt_code ec JOIN excerpt e ON e.id = ec.excerpt_id ORDER BY ec.id`,
    )
    .all() as Coding[];
}

function ids(app: TestApp, tbl: 'excerpt' | 'coder' | 'memo'): string[] {
  return (app.ws.store.db.prepare(`SELECT id FROM ${tbl} ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
}

function coderId(app: TestApp, name: string): string {
  return (app.ws.store.db.prepare(`SELECT id FROM coder WHERE name = ?`).get(name) as { id: string }).id;
}

async function demoWithCopy(hideOthers: boolean) {
  const dir = tempDir('labwb-coders-');
  const first = testApp('First');
  await first.call('labs.openDemo', { path: join(dir, 'demo.scalinglab') });
  const copyPath = join(dir, 'for-second.scalinglab');
  const made = await first.call('labs.saveCodingCopy', { path: copyPath, forCoder: 'Second', hideOthers });
  const second = testApp('Second');
  await second.call('labs.open', { path: copyPath });
  const sources = await second.call('sources.list', {});
  const codes = await second.call('codes.list', {});
  return { dir, first, second, copyPath, made, sources, codes };
}

describe('a second coder: copy and merge', () => {
  it('merges a blind copy back: both sides kept, coders distinct, the rename conflict decided, one undo, idempotent', async () => {
    const { first, second, copyPath, made, sources, codes } = await demoWithCopy(true);
    const firstBefore = codings(first);
    expect(firstBefore.length).toBeGreaterThan(0);
    // Blind: the copy holds none of the first coder's codings, excerpts or memos.
    expect(made.hidden.codings).toBe(firstBefore.length);
    expect(made.codings).toBe(0);
    expect(codings(second)).toHaveLength(0);

    // The second coder codes differently in the copy, and renames a code.
    const [a, b] = codes;
    const src = sources[0]!;
    await second.call('excerpts.code', { sourceId: src.id, start: 0, end: 40, codeIds: [a!.id] });
    await second.call('excerpts.code', { sourceId: src.id, start: 50, end: 120, codeIds: [a!.id, b!.id] });
    const fresh = await second.call('codes.create', { code: { name: 'Second’s own code', parentId: null } });
    await second.call('excerpts.code', { sourceId: sources[1]!.id, start: 10, end: 60, codeIds: [fresh.id] });
    await second.call('codes.update', { id: b!.id, patch: { name: 'Renamed by Second' } });
    const secondCodings = codings(second);
    expect(secondCodings).toHaveLength(4);
    const secondId = coderId(second, 'Second');
    expect(secondCodings.every((c) => c.created_by === secondId)).toBe(true);

    // Meanwhile the first coder renames the same code and codes on.
    await first.call('codes.update', { id: b!.id, patch: { name: 'Renamed by First' } });
    await first.call('excerpts.code', { sourceId: src.id, start: 0, end: 40, codeIds: [a!.id] });
    const firstAll = codings(first);
    const excerptsBefore = ids(first, 'excerpt');
    const codersBefore = ids(first, 'coder');

    const preview = await first.call('labs.previewMerge', { path: copyPath });
    expect(preview.copy).toMatchObject({ forCoderName: 'Second', hideOthers: true, originLabId: made.originLabId });
    expect(preview.counts).toMatchObject({ coders: 1, codes: 1, codings: 4 });
    expect(preview.coders.find((c) => c.id === secondId)).toMatchObject({ status: 'new', mergedName: 'Second' });
    expect(preview.conflicts).toEqual([
      expect.objectContaining({ id: `code:${b!.id}:name`, kind: 'code', mine: 'Renamed by First', theirs: 'Renamed by Second' }),
    ]);
    // The preview changes nothing, and a merge with an undecided conflict is refused before writing.
    expect(codings(first)).toEqual(firstAll);
    await expect(first.call('labs.mergeCodingCopy', { path: copyPath })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const choices: Record<string, MergeChoice> = { [`code:${b!.id}:name`]: 'theirs' };
    const merged = await first.call('labs.mergeCodingCopy', { path: copyPath, choices });
    expect(merged.changed).toBe(true);
    expect(merged.decided).toEqual([{ id: `code:${b!.id}:name`, choice: 'theirs' }]);

    // Every excerpt and coding of both sides is here; each coding keeps its coder; the coders stay two.
    const after = codings(first);
    for (const c of firstAll) expect(after).toContainEqual(c);
    for (const c of secondCodings) {
      expect(after).toContainEqual(expect.objectContaining({ id: c.id, code_id: c.code_id, created_by: secondId, start: c.start, end: c.end }));
    }
    expect(after).toHaveLength(firstAll.length + secondCodings.length);
    expect(ids(first, 'excerpt')).toEqual(expect.arrayContaining([...excerptsBefore, ...ids(second, 'excerpt')]));
    expect(coderId(first, 'Second')).toBe(secondId);
    expect(coderId(first, 'First')).not.toBe(secondId);
    const codesAfter = await first.call('codes.list', {});
    expect(codesAfter.find((c) => c.id === b!.id)?.name).toBe('Renamed by Second');
    expect(codesAfter.find((c) => c.id === fresh.id)?.name).toBe('Second’s own code');

    // One undo takes the whole merge back.
    await first.call('history.undo', {});
    expect(codings(first)).toEqual(firstAll);
    expect(ids(first, 'excerpt')).toEqual(excerptsBefore);
    expect(ids(first, 'coder')).toEqual(codersBefore);
    expect((await first.call('codes.list', {})).find((c) => c.id === b!.id)?.name).toBe('Renamed by First');

    // Redo, then merging the same copy again adds nothing and asks nothing.
    await first.call('history.redo', {});
    expect(codings(first)).toHaveLength(firstAll.length + secondCodings.length);
    const again = await first.call('labs.previewMerge', { path: copyPath });
    expect(again.conflicts).toEqual([]);
    expect(Object.values(again.counts).every((n) => n === 0)).toBe(true);
    const twice = await first.call('labs.mergeCodingCopy', { path: copyPath });
    expect(twice.changed).toBe(false);
    expect(codings(first)).toHaveLength(firstAll.length + secondCodings.length);
    expect((await first.call('history.state', {})).undoLabel).toBe('Merge Second’s coding copy');
  });

  it('keeps two coders with one name apart, and both coders’ codings of the same code on the same excerpt', async () => {
    const { first, second, copyPath, codes } = await demoWithCopy(false);
    // An excerpt both will code with the same code: the first coder's existing excerpt.
    const target = codings(first)[0]!;
    const unused = codes.find((c) => !codings(first).some((x) => x.excerpt_id === target.excerpt_id && x.code_id === c.id))!;
    await second.call('excerpts.addCodes', { excerptId: target.excerpt_id, codeIds: [unused.id] });
    // Here, someone else also called "Second" (another person, another id) adds the same code to the same excerpt.
    first.ws.setCoder('second');
    await first.call('excerpts.addCodes', { excerptId: target.excerpt_id, codeIds: [unused.id] });
    first.ws.setCoder('First');
    const secondId = coderId(second, 'Second');
    const otherSecond = coderId(first, 'second');
    expect(otherSecond).not.toBe(secondId);

    const preview = await first.call('labs.previewMerge', { path: copyPath });
    expect(preview.coders.find((c) => c.id === secondId)).toMatchObject({ status: 'same-name-different-id', mergedName: 'Second (2)' });
    expect(preview.conflicts).toEqual([]);
    await first.call('labs.mergeCodingCopy', { path: copyPath });

    const both = codings(first).filter((c) => c.code_id === unused.id && c.start === target.start && c.end === target.end && c.source_id === target.source_id);
    expect(both.map((c) => c.created_by).sort()).toEqual([otherSecond, secondId].sort());
    const names = first.ws.store.db.prepare(`SELECT id, name FROM coder WHERE id IN (?, ?)`).all(secondId, otherSecond) as { id: string; name: string }[];
    expect(Object.fromEntries(names.map((n) => [n.id, n.name]))).toEqual({ [otherSecond]: 'second', [secondId]: 'Second (2)' });
  });

  it('refuses a file that is not a coding copy, a copy of a copy, and a copy of another lab', async () => {
    const { dir, first, second, copyPath } = await demoWithCopy(true);
    const plain = join(dir, 'plain.scalinglab');
    await first.call('labs.saveCopy', { path: plain });
    await expect(first.call('labs.previewMerge', { path: plain })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(second.call('labs.saveCodingCopy', { path: join(dir, 'again.scalinglab'), forCoder: 'Third' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const other = testApp('Other');
    await other.call('labs.create', { path: join(dir, 'other.scalinglab'), profile: { name: 'Other', startDate: '2026-01-01' } });
    await expect(other.call('labs.previewMerge', { path: copyPath })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

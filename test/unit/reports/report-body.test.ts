import { describe, expect, it } from 'vitest';
import { liveBlocksOf, sectionOf, textOf, withBlockIds, wordCount } from '../../../src/core/reports/report-body';
import { ReportBody, TableAttrs, type PmNode } from '../../../src/shared/domain/report';

const text = (t: string): PmNode => ({ type: 'text', text: t });
const para = (...c: PmNode[]): PmNode => ({ type: 'paragraph', content: c });
const h = (level: number, t: string): PmNode => ({ type: 'heading', attrs: { level }, content: [text(t)] });

const body: ReportBody = {
  type: 'doc',
  content: [
    h(1, 'Summary'),
    para(text('Coaching moved '), { type: 'text', text: 'onto', marks: [{ type: 'bold' }] }, text(' the payroll.'), { type: 'footnote', attrs: { text: 'Budget 2026/27.' } }),
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Teachers’ time'))] }] },
    h(2, 'Detail'),
    { type: 'quote', attrs: { id: 'q', excerptId: '6f9619ff-8b86-4d01-b42d-00cf4fc964ff' } },
    h(1, 'Next steps'),
    { type: 'liveTable', attrs: { kind: 'targets' } },
    { type: 'liveChart', attrs: { id: 'q', kind: 'targets' } },
  ],
};

describe('the report body (ProseMirror JSON)', () => {
  it('is a doc of nodes; anything else is refused', () => {
    expect(ReportBody.safeParse(body).success).toBe(true);
    expect(ReportBody.safeParse({ type: 'paragraph', content: [] }).success).toBe(false);
    expect(ReportBody.safeParse({ type: 'doc', content: [{ text: 'no type' }] }).success).toBe(false);
  });

  it('reads as text without footnotes, and counts words', () => {
    expect(textOf(body.content[1]!)).toBe('Coaching moved onto the payroll.');
    expect(wordCount({ type: 'doc', content: body.content.slice(0, 3) })).toBe(8);
  });

  it('finds live blocks at any depth, and gives each an id of its own', () => {
    expect(liveBlocksOf(body).map((n) => n.type)).toEqual(['quote', 'liveTable', 'liveChart']);
    const fixed = withBlockIds(body);
    const ids = liveBlocksOf(fixed).map((n) => n.attrs?.id);
    expect(ids[0]).toBe('q');
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    // The chart had the quote's id (a copy and paste): it gets a new one.
    expect(ids[2]).not.toBe('q');
    expect(new Set(ids).size).toBe(3);
    expect(withBlockIds(fixed)).toBe(fixed);
    expect(body.content[6]!.attrs?.id).toBeUndefined();
  });

  it('takes a section: what follows its heading up to the next heading of its level', () => {
    expect(sectionOf(body, ' summary ').map((n) => n.type)).toEqual(['paragraph', 'bulletList', 'heading', 'quote']);
    expect(sectionOf(body, 'Detail').map((n) => n.type)).toEqual(['quote']);
    expect(sectionOf(body, 'Missing')).toEqual([]);
  });

  it('fills in a live table’s defaults', () => {
    expect(TableAttrs.parse({ id: 't', kind: 'crossTable' })).toMatchObject({ title: '', phaseId: null, rows: null, cols: null, filter: null, mode: 'overlap' });
    expect(TableAttrs.safeParse({ id: 't', kind: 'pie' }).success).toBe(false);
  });
});

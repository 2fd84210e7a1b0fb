import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/temp';

describe('the demo lab’s written iteration report', () => {
  it('is an Iteration 1 report in prose, with live quotes, tables and charts that resolve, and no placeholder left', async () => {
    const app = testApp();
    await app.call('labs.openDemo', { path: join(app.home, 'demo.scalinglab') });
    const { phases } = await app.call('timeline.get', {});
    const [summary, ...others] = await app.call('reports.list', {});
    expect(others).toHaveLength(0);
    expect(summary!.phaseId).toBe(phases.find((p) => p.name === 'Iteration 1')!.id);
    expect(summary!.words).toBeGreaterThan(600);
    expect(summary!.quotes).toBeGreaterThanOrEqual(5);

    const report = await app.call('reports.get', { id: summary!.id });
    const types = report.body.content.map((n) => n.type);
    expect(types).toContain('liveTable');
    expect(types).toContain('liveChart');
    // The template's italic prompts are for a documenter to replace; the demo shows them replaced.
    const italic = report.body.content.filter((n) => n.type === 'paragraph' && n.content?.length && n.content.every((t) => t.marks?.some((m) => m.type === 'italic')));
    expect(italic).toEqual([]);

    const resolved = await app.call('reports.resolve', { id: summary!.id });
    const blocks = Object.values(resolved.blocks);
    expect(blocks.filter((b) => b.kind === 'quote').every((b) => b.kind === 'quote' && b.status === 'current' && b.text.length > 0)).toBe(true);
    expect(blocks.filter((b) => b.kind !== 'quote').map((b) => b.error)).toEqual(blocks.filter((b) => b.kind !== 'quote').map(() => null));
    const targets = blocks.find((b) => b.kind === 'liveTable' && b.title.startsWith('Targets'));
    expect(targets?.kind === 'liveTable' && targets.table.rows.length).toBeGreaterThanOrEqual(3);

    // Building the demo is one change set that undo does not cross, report included.
    expect(await app.call('history.state', {})).toMatchObject({ undoLabel: null });
    expect(await app.call('reports.list', {})).toHaveLength(1);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PmNode, ReportBody } from '../../shared/domain/report';
import { OpError } from '../errors';
import { speakerPseudonyms } from '../export/speaker-pseudonyms';
import { paragraph, textOf } from '../reports/report-body';
import { createReport, updateReport } from '../reports/reports';
import { quoteNodeFor } from '../reports/resolve-quotes';
import type { LabStore } from '../store/lab-store';
import type { DemoRefs } from './demo-tracking';

/** A paragraph of prose, or a live quote of the coded passage that starts with `quote`. */
const Item = z.union([z.string().min(1), z.object({ quote: z.string().min(1) })]);

/**
 * The demo's written iteration report (resources/demo/iteration-1-report.json): prose for the sections of the
 * iteration template, by heading. The template's tables and charts stay where they are, so the report shows
 * every kind of block the editor has.
 */
const DemoReport = z.object({ phase: z.string(), title: z.string(), sections: z.record(z.string(), z.array(Item)) });

/** A template placeholder: a paragraph written wholly in italics, or an empty one left to type in. */
function isPlaceholder(node: PmNode): boolean {
  return node.type === 'paragraph' && (node.content ?? []).every((t) => t.marks?.some((m) => m.type === 'italic'));
}

export function addDemoReport(store: LabStore, resourcesDir: string, refs: Pick<DemoRefs, 'phase' | 'excerpt'>): void {
  const demo = DemoReport.parse(JSON.parse(readFileSync(join(resourcesDir, 'demo', 'iteration-1-report.json'), 'utf8')));
  const phaseId = refs.phase(demo.phase);
  if (!phaseId) throw new OpError('INTERNAL', `demo report: no phase ${demo.phase}`);
  const report = createReport(store, resourcesDir, { kind: 'iteration', phaseId, title: demo.title });
  const names = speakerPseudonyms(store);
  const filled = new Set<string>();
  const content: PmNode[] = [];
  let inFilledSection = false;
  for (const node of report.body.content) {
    if (node.type === 'heading') {
      const items = demo.sections[textOf(node)];
      content.push(node);
      inFilledSection = items !== undefined;
      if (items) {
        filled.add(textOf(node));
        for (const item of items) content.push(typeof item === 'string' ? paragraph(item) : quoteNodeFor(store, refs.excerpt(item.quote), names));
      }
    } else if (!(inFilledSection && isPlaceholder(node))) {
      content.push(node);
    }
  }
  // A heading renamed in the template would otherwise drop its prose without a word.
  const missing = Object.keys(demo.sections).filter((h) => !filled.has(h));
  if (missing.length) throw new OpError('INTERNAL', `demo report: the iteration template has no section “${missing[0]}”`);
  const body: ReportBody = { type: 'doc', content };
  updateReport(store, report.id, { body });
}

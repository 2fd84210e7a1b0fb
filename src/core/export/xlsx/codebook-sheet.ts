import { selectCodeTexts } from '../../store/queries/export-queries';
import { SheetWriter, type Workbook } from './sheet-writer';
import type { WorkbookContext } from './workbook-context';

/** The codebook: hierarchy (indented, and as a path to filter by), definitions and counts. */
export function writeCodebook(wb: Workbook, ctx: WorkbookContext): void {
  const clean = ctx.privacy.text;
  const sheet = new SheetWriter(
    wb,
    'Codebook',
    [
      { header: 'Code', width: 34 },
      { header: 'Path', width: 44 },
      { header: 'Level', width: 7, kind: 'number' },
      { header: 'Excerpts', width: 10, kind: 'number' },
      { header: 'Excerpts incl. sub-codes', width: 12, kind: 'number' },
      { header: 'Sources incl. sub-codes', width: 12, kind: 'number' },
      { header: 'Definition', width: 60, kind: 'long' },
      { header: 'When to use', width: 40, kind: 'long' },
      { header: 'When not to use', width: 40, kind: 'long' },
      { header: 'Example', width: 40, kind: 'long' },
      { header: 'Colour', width: 9 },
    ],
    { freezeFirstColumn: true },
  );
  const texts = selectCodeTexts(ctx.store);
  for (const c of ctx.codes) {
    const t = texts.get(c.id);
    sheet.add(
      [c.name, c.path, c.depth + 1, c.own, c.excerpts, c.sources, clean(t?.definition ?? ''), clean(t?.whenToUse ?? ''), clean(t?.whenNotToUse ?? ''), clean(t?.example ?? ''), t?.colour ?? ''],
      { indent: c.depth * 2, bold: c.depth === 0 },
    );
  }
  sheet.end();
}

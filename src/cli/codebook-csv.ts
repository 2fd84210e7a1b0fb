import Papa from 'papaparse';
import { Codebook, type CodebookNode } from '../shared/domain/coding';

const COLUMNS = ['path', 'colour', 'definition', 'when_to_use', 'when_not_to_use', 'example'] as const;
type CsvRow = Record<(typeof COLUMNS)[number], string>;

/** One row per code; the hierarchy is a `path` like "Finance / Middle phase financing". */
export function codebookToCsv(book: Codebook): string {
  const rows: CsvRow[] = [];
  const walk = (nodes: CodebookNode[], prefix: string[]) => {
    for (const n of nodes) {
      const path = [...prefix, n.name];
      rows.push({
        path: path.join(' / '),
        colour: n.colour ?? '',
        definition: n.definition ?? '',
        when_to_use: n.whenToUse ?? '',
        when_not_to_use: n.whenNotToUse ?? '',
        example: n.example ?? '',
      });
      walk(n.children ?? [], path);
    }
  };
  walk(book.codes, []);
  return Papa.unparse(rows, { columns: [...COLUMNS] });
}

export function codebookFromCsv(text: string): Codebook {
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: 'greedy' });
  if (parsed.errors.length) throw new Error(`row ${(parsed.errors[0]!.row ?? 0) + 2}: ${parsed.errors[0]!.message}`);
  if (!parsed.meta.fields?.includes('path')) throw new Error('the first row must name the columns, with a "path" column');
  const roots: CodebookNode[] = [];
  const byPath = new Map<string, CodebookNode>();
  for (const [i, r] of parsed.data.entries()) {
    const parts = (r.path ?? '').split('/').map((p) => p.trim()).filter(Boolean);
    if (!parts.length) throw new Error(`row ${i + 2}: the path is empty`);
    let siblings = roots;
    parts.forEach((name, depth) => {
      const key = parts.slice(0, depth + 1).join('/').toLowerCase();
      let node = byPath.get(key);
      if (!node) {
        node = { name, children: [] };
        byPath.set(key, node);
        siblings.push(node);
      }
      if (depth === parts.length - 1) {
        Object.assign(node, {
          ...(r.colour ? { colour: r.colour } : {}),
          definition: r.definition ?? '',
          whenToUse: r.when_to_use ?? '',
          whenNotToUse: r.when_not_to_use ?? '',
          example: r.example ?? '',
        });
      }
      siblings = node.children!;
    });
  }
  return Codebook.parse({ codes: roots });
}

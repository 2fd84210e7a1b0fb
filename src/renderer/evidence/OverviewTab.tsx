import { Alert, Stack, Text } from '@mantine/core';
import type { Axis, EvidenceDimension, ExcerptFilter } from '../../shared/domain/evidence';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { ExcerptFilterBar } from '../excerpts/ExcerptFilterBar';
import { AnalysisCard } from './AnalysisCard';
import type { CellQuery } from './cell-query';

interface OverviewTabProps {
  filter: ExcerptFilter;
  onFilterChange: (f: ExcerptFilter) => void;
  onCell: (cell: CellQuery) => void;
}

interface Table {
  title: string;
  description: string;
  rows: Axis;
  cols: Axis;
  rowName: string;
  colName: string;
  keepEmpty: { rows: boolean; cols: boolean };
}

const PHASE: Axis = { kind: 'phase' };

/** The five tables of the overview, over the seeded dimensions found by key (their labels may be renamed). */
function overviewTables(dims: EvidenceDimension[]): Table[] {
  const dim = (key: string) => dims.find((d) => d.key === key);
  const axis = (d: EvidenceDimension): Axis => ({ kind: 'dimension', dimensionId: d.id });
  const [type, use, level, area] = [dim('type'), dim('use'), dim('level'), dim('area')];
  const all = { rows: true, cols: true };
  const out: Table[] = [];
  if (type) {
    out.push({ title: 'Evidence type by phase', description: 'What kind of evidence each phase of the lab drew on.', rows: axis(type), cols: PHASE, rowName: type.label, colName: 'Phase', keepEmpty: all });
    out.push({ title: 'Evidence type by top-level code', description: 'Which kinds of evidence inform each part of the codebook.', rows: axis(type), cols: { kind: 'topCode' }, rowName: type.label, colName: 'Top-level code', keepEmpty: { rows: true, cols: false } });
  }
  if (use && level) {
    out.push({ title: `${use.label} by ${level.label.toLowerCase()}`, description: 'How evidence is used, and at which level it is taken up.', rows: axis(use), cols: axis(level), rowName: use.label, colName: level.label, keepEmpty: all });
  }
  if (area) {
    out.push({ title: `${area.label} by phase`, description: 'Where the evidence sits on the path from efficacy to practice at scale, phase by phase.', rows: axis(area), cols: PHASE, rowName: area.label, colName: 'Phase', keepEmpty: all });
  }
  if (type) {
    out.push({ title: 'Speaker’s sector by evidence type', description: 'Who brings which kind of evidence into the lab.', rows: { kind: 'sector' }, cols: axis(type), rowName: 'Sector', colName: type.label, keepEmpty: { rows: false, cols: true } });
  }
  return out;
}

/** "What is this lab's learning built on?": counts of excerpts by evidence type, use, level and area. */
export function OverviewTab({ filter, onFilterChange, onCell }: OverviewTabProps) {
  const dims = useOp('evidence.dimensions', {});
  if (!dims.data) return <QueryState error={dims.error} label="evidence dimensions" />;
  const tables = overviewTables(dims.data);
  return (
    <Stack gap="md">
      <ExcerptFilterBar value={filter} onChange={onFilterChange} />
      <Text size="xs" c="dimmed">
        Each number counts distinct excerpts, with the tags they carry (their own, or their source’s). An excerpt with two
        types counts in both rows but once in a total. Click a number to see its excerpts.
      </Text>
      {tables.length === 0 && (
        <Alert color="yellow" title="The seeded evidence dimensions are missing">
          This lab has no evidence type, use, level or area dimension, so the overview has nothing to count.
        </Alert>
      )}
      {tables.map((t) => (
        <AnalysisCard key={t.title} {...t} filter={filter} onCell={onCell} />
      ))}
    </Stack>
  );
}

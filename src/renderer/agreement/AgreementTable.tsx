import { Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { AgreementReport, CodeAgreement } from '../../shared/domain/agreement';
import { formatPercent, formatStatistic, sortCodes, UNDEFINED_REASON, type Sort, type SortKey } from './agreement-format';
import classes from './AgreementPage.module.css';

interface AgreementTableProps {
  report: AgreementReport;
  coderNames: { a: string; b: string };
  sort: Sort;
  onSort: (sort: Sort) => void;
  selectedCodeId: string | null;
  onSelect: (code: CodeAgreement) => void;
}

interface Column {
  key: SortKey;
  label: string;
  title: string;
  numeric?: boolean;
}

function columns(names: { a: string; b: string }): Column[] {
  return [
    { key: 'name', label: 'Code', title: 'The code compared' },
    { key: 'percent', label: 'Agreement', title: 'Share of characters both coders treated alike (coded or not)', numeric: true },
    { key: 'kappa', label: 'Kappa', title: 'Cohen’s kappa: agreement beyond chance', numeric: true },
    { key: 'alpha', label: 'Alpha', title: 'Krippendorff’s alpha (nominal)', numeric: true },
    { key: 'bothChars', label: 'Both', title: 'Characters both coders coded', numeric: true },
    // "A only", not the coder's name: names are long, and the pickers above say who A and B are.
    { key: 'aOnlyChars', label: 'A only', title: `Characters only ${names.a} (A) coded`, numeric: true },
    { key: 'bOnlyChars', label: 'B only', title: `Characters only ${names.b} (B) coded`, numeric: true },
    { key: 'disagreements', label: 'Disagreements', title: 'Passages where only one coder applied the code', numeric: true },
  ];
}

function Statistic({ value, format }: { value: number | null; format: (v: number | null) => string }) {
  if (value !== null) return <>{format(value)}</>;
  return (
    <Tooltip label={UNDEFINED_REASON} multiline maw={280}>
      <span>
        —<VisuallyHidden>{UNDEFINED_REASON}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}

function figureCells(row: Omit<CodeAgreement, 'codeId' | 'name'>) {
  return (
    <>
      <Table.Td className={classes.numeric}>
        <Statistic value={row.percent} format={formatPercent} />
      </Table.Td>
      <Table.Td className={classes.numeric}>
        <Statistic value={row.kappa} format={formatStatistic} />
      </Table.Td>
      <Table.Td className={classes.numeric}>
        <Statistic value={row.alpha} format={formatStatistic} />
      </Table.Td>
      <Table.Td className={classes.numeric}>{row.bothChars.toLocaleString()}</Table.Td>
      <Table.Td className={classes.numeric}>{row.aOnlyChars.toLocaleString()}</Table.Td>
      <Table.Td className={classes.numeric}>{row.bOnlyChars.toLocaleString()}</Table.Td>
      <Table.Td className={classes.numeric}>{row.disagreements.toLocaleString()}</Table.Td>
    </>
  );
}

/** One row per code, sortable by any column; a row's button lists that code's disagreements. The last row is the pooled figure. */
export function AgreementTable({ report, coderNames, sort, onSort, selectedCodeId, onSelect }: AgreementTableProps) {
  const rows = sortCodes(report.codes, sort);
  return (
    <Table stickyHeader highlightOnHover fz="sm" horizontalSpacing="xs" className={classes.table} aria-label="Agreement per code">
      <Table.Thead>
        <Table.Tr>
          {columns(coderNames).map((c) => {
            const active = sort.key === c.key;
            const Icon = !active ? IconSelector : sort.desc ? IconArrowDown : IconArrowUp;
            return (
              <Table.Th key={c.key} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'} className={c.numeric ? classes.numeric : undefined}>
                <Tooltip label={c.title} openDelay={400}>
                  <UnstyledButton
                    className={classes.sort}
                    onClick={() => onSort({ key: c.key, desc: active ? !sort.desc : c.key !== 'name' })}
                  >
                    <Text span size="sm" fw={600}>
                      {c.label}
                    </Text>
                    <Icon size={14} aria-hidden />
                  </UnstyledButton>
                </Tooltip>
              </Table.Th>
            );
          })}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.codeId} data-selected={row.codeId === selectedCodeId || undefined} aria-selected={row.codeId === selectedCodeId}>
            <Table.Td>
              <UnstyledButton className={classes.codeButton} onClick={() => onSelect(row)} aria-label={`${row.name}: show disagreements`}>
                {row.name}
              </UnstyledButton>
            </Table.Td>
            {figureCells(row)}
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr className={classes.overall}>
          <Table.Th scope="row">Overall</Table.Th>
          {figureCells(report.overall)}
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

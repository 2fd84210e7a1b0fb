import { List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import type { RefiImportReport } from '../../shared/domain/refi-import';
import type { RefiImportKind } from './refi-import-store';

type Count = Exclude<keyof RefiImportReport, 'skipped' | 'notices' | 'ms'>;

// REFI-QDA's names first, since that is what the other program called them, then what each became in the lab.
const ROWS: { key: Count; what: string; became: string }[] = [
  { key: 'sources', what: 'Text sources and transcripts', became: 'sources' },
  { key: 'recordings', what: 'Audio and video', became: 'recordings of their transcripts' },
  { key: 'codes', what: 'Codes', became: 'codes; those under “Evidence”, evidence values' },
  { key: 'excerpts', what: 'Selections', became: 'excerpts' },
  { key: 'codings', what: 'Codings', became: 'codes and evidence tags on excerpts' },
  { key: 'cases', what: 'Cases', became: 'participants' },
  { key: 'variables', what: 'Variables', became: 'participant attributes' },
  { key: 'notes', what: 'Notes', became: 'memos' },
  { key: 'users', what: 'Users', became: 'coders' },
  { key: 'sets', what: 'Sets', became: 'saved queries' },
];

const CODEBOOK_ROWS: Count[] = ['codes', 'sets'];

interface RefiImportSummaryProps {
  kind: RefiImportKind;
  fileName: string;
  report: RefiImportReport;
  /** Takes the focus when the report appears, so a screen reader starts reading here. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** What an import added, as a table, and everything it could not take, each with why. */
export function RefiImportSummary({ kind, fileName, report, headingRef }: RefiImportSummaryProps) {
  const rows = kind === 'qdc' ? ROWS.filter((r) => CODEBOOK_ROWS.includes(r.key)) : ROWS;
  const skipped = report.skipped;
  return (
    <Stack gap="sm" data-testid="refi-import-report">
      <Title order={3} fz="md" ref={headingRef} tabIndex={-1}>
        Imported “{fileName}”
      </Title>
      <Text size="sm" role="status">
        Added to the lab in {report.ms < 100 ? 'under 0.1' : (report.ms / 1000).toFixed(1)} s, as one step you can undo.{' '}
        {skipped.length === 0 ? 'Nothing was left out.' : `${skipped.length} item${skipped.length === 1 ? ' was' : 's were'} not imported; see below.`}
      </Text>
      <Table withTableBorder striped captionSide="top">
        <Table.Caption>What the file held, and what it became in this lab</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">In the file</Table.Th>
            <Table.Th scope="col" ta="right">
              Added
            </Table.Th>
            <Table.Th scope="col">In this lab as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={500}>
                {r.what}
              </Table.Th>
              <Table.Td ta="right">{report[r.key].toLocaleString()}</Table.Td>
              <Table.Td>{r.became}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.notices.length > 0 && (
        <List size="sm" spacing={4} aria-label="How the file was read" data-testid="refi-import-notices">
          {report.notices.map((n, i) => (
            <List.Item key={i}>
              <Text span size="sm" fw={500}>
                {n.what}
              </Text>
              : {n.why}
            </List.Item>
          ))}
        </List>
      )}
      {skipped.length > 0 && (
        <>
          <Title order={4} fz="sm">
            Not imported ({skipped.length.toLocaleString()})
          </Title>
          <ScrollArea.Autosize mah={220} type="auto">
            <List size="sm" spacing={4} aria-label="Not imported, and why" data-testid="refi-import-skipped">
              {skipped.map((s, i) => (
                // The same item can be skipped twice for different reasons; its place in the list is its identity.
                <List.Item key={i}>
                  <Text span size="sm" fw={500}>
                    {s.what}
                  </Text>
                  : {s.why}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </>
      )}
    </Stack>
  );
}

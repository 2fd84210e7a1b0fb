import { ActionIcon, Alert, Anchor, Badge, Button, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { IconAlertTriangle, IconCircleCheck, IconCopy, IconMicrophone, IconX } from '@tabler/icons-react';
import type { ImportResult, SourceSummary } from '../../shared/domain/source';
import type { ImportOutcome } from './import-store';

const STATUS = {
  imported: { label: 'Imported', color: 'green', Icon: IconCircleCheck },
  duplicate: { label: 'Already in the lab', color: 'gray', Icon: IconCopy },
  failed: { label: 'Failed', color: 'red', Icon: IconAlertTriangle },
} as const;

function summary(results: ImportResult[]): string {
  const n = (s: ImportResult['status']) => results.filter((r) => r.status === s).length;
  const parts = [`${n('imported')} imported`];
  if (n('duplicate')) parts.push(`${n('duplicate')} already in the lab`);
  if (n('failed')) parts.push(`${n('failed')} failed`);
  return parts.join(' · ');
}

const ORDER = { failed: 0, duplicate: 1, imported: 2 } as const;

/** Failures first: they are what needs the documenter's attention. */
function byImportance(results: ImportResult[]): ImportResult[] {
  return [...results].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}

function ResultRow({ result }: { result: ImportResult }) {
  const { label, color, Icon } = STATUS[result.status];
  const note =
    result.status === 'imported' ? result.warnings.join(' ') : result.status === 'failed' ? result.message : null;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" role="listitem" aria-label={`${result.fileName}: ${label}`}>
      <Icon size={18} color={`var(--mantine-color-${color}-7)`} style={{ flex: 'none', marginTop: 1 }} />
      <div style={{ minWidth: 0, flex: 1 }}>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500} truncate>
            {result.fileName}
          </Text>
          <Badge size="sm" variant="light" color={color} style={{ flex: 'none' }}>
            {label}
          </Badge>
        </Group>
        {note && (
          <Text size="xs" c={result.status === 'failed' ? 'red' : 'dimmed'}>
            {note}
          </Text>
        )}
      </div>
    </Group>
  );
}

interface ImportResultsProps {
  outcome: ImportOutcome;
  /** The imported sources that have speaker labels to map. */
  withSpeakers: SourceSummary[];
  onMapSpeakers: () => void;
  onDismiss: () => void;
}

/** A long list of "Imported" rows hides the few that matter; past this many they fold into one line. */
const FOLD_IMPORTED = 8;

/** What happened to each file of the last import, until the documenter dismisses it. */
export function ImportResults({ outcome, withSpeakers, onMapSpeakers, onDismiss }: ImportResultsProps) {
  const [showAll, setShowAll] = useState(false);
  const failed = outcome.results.some((r) => r.status === 'failed');
  const imported = outcome.results.filter((r) => r.status === 'imported').length;
  const quiet = outcome.results.filter((r) => r.status === 'imported' && r.warnings.length === 0).length;
  const fold = !showAll && quiet > FOLD_IMPORTED;
  // Folded, an import that came with warnings still shows: the documenter should read those.
  const rows = byImportance(outcome.results).filter((r) => !fold || r.status !== 'imported' || r.warnings.length > 0);
  return (
    <section aria-label="Import results" style={{ flex: 'none' }}>
      <Alert
        variant="light"
        color={outcome.cancelled ? 'yellow' : failed ? 'orange' : 'green'}
        title={outcome.cancelled ? 'Import cancelled' : `Import finished: ${summary(outcome.results)}`}
        withCloseButton={false}
      >
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label="Dismiss import results"
          onClick={onDismiss}
          style={{ position: 'absolute', top: 10, right: 10 }}
        >
          <IconX size={16} />
        </ActionIcon>
        <Stack gap="sm">
          {outcome.cancelled && <Text size="sm">{outcome.cancelled}</Text>}
          {outcome.skipped > 0 && (
            <Text size="sm" c="dimmed">
              {outcome.skipped} other {outcome.skipped === 1 ? 'file' : 'files'} in the folder left out: not a format
              the workbench reads (.docx, .txt, .md, .vtt, .srt, .pdf, .xlsx, .csv).
            </Text>
          )}
          {outcome.results.length > 0 && (
            <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
              <Stack gap={8} role="list" aria-label="Files imported">
                {rows.map((r, i) => (
                  <ResultRow key={`${i}:${r.fileName}`} result={r} />
                ))}
                {fold && (
                  <Group gap="sm" wrap="nowrap" role="listitem">
                    <IconCircleCheck size={18} color="var(--mantine-color-green-7)" style={{ flex: 'none' }} />
                    <Text size="sm">
                      {quiet < imported ? `${quiet.toLocaleString()} more` : imported.toLocaleString()} files imported
                    </Text>
                    <Anchor component="button" type="button" size="sm" onClick={() => setShowAll(true)}>
                      List them
                    </Anchor>
                  </Group>
                )}
              </Stack>
            </ScrollArea.Autosize>
          )}
          {withSpeakers.length > 0 && (
            <Group gap="sm" mt={4}>
              <Button size="xs" leftSection={<IconMicrophone size={14} />} onClick={onMapSpeakers}>
                Map speakers…
              </Button>
              <Text size="xs" c="dimmed">
                {withSpeakers.length === 1
                  ? `“${withSpeakers[0]!.title}” has speaker labels; say who each one is.`
                  : `${withSpeakers.length} of the new sources have speaker labels; say who each one is.`}
              </Text>
            </Group>
          )}
        </Stack>
      </Alert>
    </section>
  );
}

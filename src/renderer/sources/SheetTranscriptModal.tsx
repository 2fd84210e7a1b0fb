import { Alert, Badge, Button, Group, Loader, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TranscriptField, TranscriptSheetOptions, TranscriptSheetPreview } from '../../shared/domain/transcript-sheet';
import { run } from '../client/use-op';
import { errorMessage } from '../components/notify';
import { SheetPreviewTable } from '../tracking/sheets/SheetPreviewTable';
import { WorksheetSelect } from '../tracking/sheets/WorksheetSelect';
import { readAsBase64 } from './source-files';

type Mapping = Record<TranscriptField, string | null>;

const FIELDS: { field: TranscriptField; label: string; badge: string }[] = [
  { field: 'text', label: 'Text column', badge: 'Text' },
  { field: 'speaker', label: 'Speaker column', badge: 'Speaker' },
  { field: 'time', label: 'Time column', badge: 'Time' },
  { field: 'end', label: 'End time column', badge: 'End' },
  { field: 'turn', label: 'Turn number column', badge: 'Turn' },
];

interface SheetTranscriptModalProps {
  file: File;
  /** Spreadsheets of this import still to map, this one included. */
  left: number;
  onImport: (options: TranscriptSheetOptions) => void;
  onSkip: () => void;
  onCancel: () => void;
}

/** Before a spreadsheet transcript is imported: its first rows, the columns found from its headers, to change. */
export function SheetTranscriptModal({ file, left, onImport, onSkip, onCancel }: SheetTranscriptModalProps) {
  const [data, setData] = useState<string | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [read, setRead] = useState<TranscriptSheetPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Keyed by the queue, so each file starts with fresh state.
  useEffect(() => {
    let live = true;
    readAsBase64(file).then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [file]);

  useEffect(() => {
    if (data === null) return;
    let live = true;
    run('transcriptSheets.preview', { file: { name: file.name, data }, ...(sheet ? { sheet } : {}) }).then(
      (r) => {
        if (!live) return;
        const header = (letter: string | null) => r.preview.columns.find((c) => c.letter === letter)?.header ?? null;
        setRead(r);
        setMapping({ time: header(r.detected.time), end: header(r.detected.end), speaker: header(r.detected.speaker), text: header(r.detected.text), turn: header(r.detected.turn) });
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [data, sheet, file.name]);

  const columns = read?.preview.columns.map((c) => ({ value: c.header, label: `${c.letter} · ${c.header}` })) ?? [];
  const ready = mapping !== null && mapping.text !== null && (mapping.speaker !== null || mapping.time !== null);
  const fieldsOf = (header: string) => FIELDS.filter((f) => mapping?.[f.field] === header);
  const submit = () => {
    if (!read || !mapping || !ready) return;
    onImport({
      ...(read.preview.sheets.length > 1 ? { sheet: read.preview.sheet } : {}),
      columns: { text: mapping.text!, speaker: mapping.speaker, time: mapping.time, end: mapping.end, turn: mapping.turn },
    });
  };

  return (
    <Modal opened onClose={onCancel} title={`Import “${file.name}” as a transcript`} size="90%">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          One row per turn: say which columns hold the text, the speaker and the time. A row without a speaker continues
          the turn above it; rows that share a turn number form one turn.
        </Text>
        {error && (
          <Alert color="red" title="This spreadsheet cannot be read">
            {error}
          </Alert>
        )}
        {!error && (!read || !mapping) && <Loader size="sm" aria-label="Reading the spreadsheet" />}
        {read && mapping && (
          <>
            <WorksheetSelect preview={read.preview} onSheet={setSheet} />
            <SimpleGrid cols={{ base: 2, md: 5 }}>
              {FIELDS.map(({ field, label }) => (
                <Select
                  key={field}
                  label={label}
                  data={columns}
                  value={mapping[field]}
                  onChange={(v) => setMapping({ ...mapping, [field]: v })}
                  placeholder="None"
                  clearable={field !== 'text'}
                  allowDeselect={field !== 'text'}
                />
              ))}
            </SimpleGrid>
            {!ready && (
              <Alert color="yellow">
                {read.problem && mapping.text === null ? read.problem : 'Choose the text column, and the speaker column or the time column.'}
              </Alert>
            )}
            <SheetPreviewTable
              preview={read.preview}
              mapping={(c) => (
                <Group gap={4}>
                  {fieldsOf(c.header).map((f) => (
                    <Badge key={f.field} size="sm">
                      {f.badge}
                    </Badge>
                  ))}
                </Group>
              )}
              skipped={(c) => fieldsOf(c.header).length === 0}
            />
          </>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {left > 1 ? `${left - 1} more ${left - 1 === 1 ? 'spreadsheet' : 'spreadsheets'} after this one` : ''}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="default" onClick={onSkip}>
              Skip this file
            </Button>
            <Button onClick={submit} disabled={!ready}>
              Import
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

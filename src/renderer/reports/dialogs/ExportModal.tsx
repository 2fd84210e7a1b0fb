import { Alert, Button, Group, Modal, Progress, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ExportResult } from '../../../shared/domain/report';
import { WorkbenchError } from '../../../shared/contract/errors';
import { bridge } from '../../client/bridge';
import { run } from '../../client/use-op';
import { errorMessage } from '../../components/notify';
import { saveDownload } from '../save-download';

/** What to export: one report to Word, or the whole lab's data to Excel. */
export type ExportTarget = { kind: 'docx'; reportId: string; title: string } | { kind: 'xlsx' };

interface ExportModalProps {
  target: ExportTarget;
  onClose: () => void;
}

interface Running {
  jobId: string;
  done: number;
  total: number;
  label: string;
}

/**
 * Exports as a job with a progress bar and Cancel. Names are pseudonymised unless the documenter turns that off
 * for this export; the dialog says plainly which it will do before anything is written.
 */
export function ExportModal({ target, onClose }: ExportModalProps) {
  const [realNames, setRealNames] = useState(false);
  const [running, setRunning] = useState<Running | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobRef = useRef<string | null>(null);
  const what = target.kind === 'docx' ? `“${target.title}” as a Word document` : 'the lab’s data as an Excel workbook';

  useEffect(
    () =>
      bridge.subscribe((e) => {
        if (e.type === 'job' && e.jobId === jobRef.current && e.state === 'running') {
          setRunning((r) => r && { ...r, done: e.done, total: e.total, label: e.label });
        }
      }),
    [],
  );

  const start = async () => {
    const jobId = crypto.randomUUID();
    jobRef.current = jobId;
    setError(null);
    setResult(null);
    setRunning({ jobId, done: 0, total: 1, label: 'Starting' });
    try {
      const r =
        target.kind === 'docx'
          ? await run('export.docx', { jobId, reportId: target.reportId, realNames })
          : await run('export.xlsx', { jobId, realNames });
      setResult(r);
      await saveDownload(r.fileName);
    } catch (e) {
      setError(e instanceof WorkbenchError && e.code === 'CANCELLED' ? 'Export cancelled; no file was written.' : errorMessage(e));
    } finally {
      jobRef.current = null;
      setRunning(null);
    }
  };

  const cancel = () => {
    if (running) run('jobs.cancel', { jobId: running.jobId }).catch(() => undefined);
  };

  return (
    <Modal opened onClose={running ? () => undefined : onClose} title={target.kind === 'docx' ? 'Export to Word' : 'Export to Excel'} size="lg">
      <Stack gap="md">
        <Text size="sm">Exports {what}.</Text>
        <Switch
          label="Use participants’ real names"
          description="Off by default: lab files hold interviews about named people."
          checked={realNames}
          disabled={running !== null}
          onChange={(e) => setRealNames(e.currentTarget.checked)}
        />
        {realNames ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Real names will be in the file" data-testid="export-privacy">
            Participants’ names appear as they are in the lab, in quotes, attributions and tables. Share this file only with
            people allowed to know who said what.
          </Alert>
        ) : (
          <Alert color="teal" icon={<IconShieldCheck size={18} />} title="Names will be pseudonymised" data-testid="export-privacy">
            Every participant’s name is replaced by their pseudonym (such as GOV-01), in attributions and tables and inside
            quoted text, where their name or their speaker label appears.
          </Alert>
        )}
        {running && (
          <Stack gap={4}>
            <Progress value={(100 * running.done) / Math.max(1, running.total)} animated aria-label="Export progress" />
            <Text size="xs" c="dimmed">
              {running.label}…
            </Text>
          </Stack>
        )}
        {result && (
          <Alert color="gray" icon={<IconDownload size={18} />} title="Exported" data-testid="export-result">
            <Text size="sm">
              {result.fileName} ({Math.max(1, Math.round(result.bytes / 1024)).toLocaleString()} KB, {result.realNames ? 'real names' : 'pseudonymised'}) was
              downloaded. A copy is kept at {result.path}.
            </Text>
            {result.warnings.map((w) => (
              <Text key={w} size="sm" c="orange.8" mt={4}>
                {w}
              </Text>
            ))}
            <Button size="compact-sm" variant="subtle" mt={4} onClick={() => void saveDownload(result.fileName)}>
              Download again
            </Button>
          </Alert>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          {running ? (
            <Button variant="default" onClick={cancel}>
              Cancel export
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                {result ? 'Close' : 'Cancel'}
              </Button>
              <Button leftSection={<IconDownload size={16} />} onClick={() => void start()}>
                {result ? 'Export again' : 'Export'}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

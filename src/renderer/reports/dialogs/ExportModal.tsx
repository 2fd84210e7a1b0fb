import { Alert, Button, Modal, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportResult } from '../../../shared/domain/report';
import { run, useOp } from '../../client/use-op';
import { JobDialogActions, JobProgressBar } from '../../components/JobDialogParts';
import { errorMessage } from '../../components/notify';
import { useJob, wasCancelled } from '../../components/use-job';
import { saveDownload } from '../save-download';

/** What to export: one report to Word, the whole lab's data to Excel, the lab or its codebook as REFI-QDA. */
export type ExportTarget = { kind: 'docx'; reportId: string; title: string } | { kind: 'xlsx' } | { kind: 'qdpx' } | { kind: 'qdc' };

const WHAT: Record<Exclude<ExportTarget['kind'], 'docx'>, { what: string; title: string }> = {
  xlsx: { what: 'the lab’s data as an Excel workbook', title: 'Export to Excel' },
  qdpx: { what: 'the lab as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder', title: 'Export REFI-QDA project' },
  qdc: { what: 'the codebook, with the evidence dimensions, as a REFI-QDA codebook (.qdc)', title: 'Export codebook (.qdc)' },
};

function runExport(target: ExportTarget, jobId: string, realNames: boolean): Promise<ExportResult> {
  switch (target.kind) {
    case 'docx':
      return run('export.docx', { jobId, reportId: target.reportId, realNames });
    case 'xlsx':
      return run('export.xlsx', { jobId, realNames });
    case 'qdpx':
      return run('refi.exportProject', { jobId, realNames });
    case 'qdc':
      return run('refi.exportCodebook', { jobId, realNames });
  }
}

interface ExportModalProps {
  target: ExportTarget;
  onClose: () => void;
}

/** How many speaker labels are mapped to no participant, and so appear by a stand-in such as “Speaker 3”. */
function StandInNote() {
  const labels = useOp('speakers.standIns', {});
  if (!labels.data) return null;
  const { standIns, publicLabels } = labels.data;
  const n = standIns.length;
  const shown = standIns.slice(0, 6).map((s) => `${s.label} → ${s.standIn}`);
  return (
    <Text size="sm" mt={6} data-testid="export-stand-ins">
      {n === 0
        ? 'Every speaker label is mapped to a participant, marked public or names a role, so no stand-ins are needed.'
        : `${n} speaker label${n === 1 ? ' is' : 's are'} mapped to no participant and will appear as ${n === 1 ? 'a stand-in' : 'stand-ins'}: ${shown.join('; ')}${n > shown.length ? '; …' : ''}.`}
      {publicLabels.length > 0 && ` ${publicLabels.length} label${publicLabels.length === 1 ? ' is' : 's are'} marked public and will appear as ${publicLabels.length === 1 ? 'it is' : 'they are'}.`}
      {n > 0 && ' Map them, or mark one public, where the source’s speakers are mapped.'}
    </Text>
  );
}

/**
 * Exports as a job with a progress bar and Cancel. Names are pseudonymised unless the documenter turns that off
 * for this export; the dialog says plainly which it will do before anything is written.
 */
export function ExportModal({ target, onClose }: ExportModalProps) {
  const [realNames, setRealNames] = useState(false);
  const { running, start: startJob, cancel } = useJob();
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const what = target.kind === 'docx' ? `“${target.title}” as a Word document` : WHAT[target.kind].what;

  const start = async () => {
    setError(null);
    setResult(null);
    try {
      const r = await startJob('Starting', (jobId) => runExport(target, jobId, realNames));
      setResult(r);
      await saveDownload(r.fileName);
    } catch (e) {
      setError(wasCancelled(e) ? 'Export cancelled; no file was written.' : errorMessage(e));
    }
  };

  return (
    <Modal opened onClose={running ? () => undefined : onClose} title={target.kind === 'docx' ? 'Export to Word' : WHAT[target.kind].title} size="lg">
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
            Participants’ names appear as they are in the lab, in quotes, attributions and tables.
            {target.kind === 'qdpx' && ' Recordings go in too, as audio and video sources with their transcripts.'} Share this file only
            with people allowed to know who said what.
          </Alert>
        ) : (
          <Alert color="teal" icon={<IconShieldCheck size={18} />} title="Names will be pseudonymised" data-testid="export-privacy">
            Every participant’s name is replaced by their pseudonym (such as GOV-01), in attributions and tables and inside
            quoted text, where their name or their speaker label appears.
            {target.kind === 'qdpx' && ' Recordings stay out, since a voice cannot be pseudonymised; their transcripts go as text.'}
            <StandInNote />
          </Alert>
        )}
        {running && <JobProgressBar running={running} label="Export progress" />}
        {result && (
          <Alert color="gray" icon={<IconDownload size={18} />} title="Exported" data-testid="export-result">
            <Text size="sm">
              {result.fileName} ({Math.max(1, Math.round(result.bytes / 1024)).toLocaleString()} KB, {result.realNames ? 'real names' : 'pseudonymised'}) was
              downloaded. A copy is kept at {result.path}.
            </Text>
            {result.warnings.map((w) => (
              <Text key={w} size="sm" c="orange" mt={4}>
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
        <JobDialogActions running={running !== null} cancelLabel="Cancel export" onCancel={cancel} closeLabel={result ? 'Close' : 'Cancel'} onClose={onClose}>
          <Button leftSection={<IconDownload size={16} />} onClick={() => void start()}>
            {result ? 'Export again' : 'Export'}
          </Button>
        </JobDialogActions>
      </Stack>
    </Modal>
  );
}

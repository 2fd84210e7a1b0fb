import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { RefiImportReport } from '../../shared/domain/refi-import';
import { run } from '../client/use-op';
import { JobDialogActions, JobProgressBar } from '../components/JobDialogParts';
import { errorMessage } from '../components/notify';
import { useJob, wasCancelled } from '../components/use-job';
import { readAsBase64 } from '../sources/source-files';
import { RefiImportSummary } from './RefiImportSummary';
import type { RefiImportKind } from './refi-import-store';

const TEXT: Record<RefiImportKind, { title: string; what: string; accept: string; choose: string }> = {
  qdpx: {
    title: 'Import REFI-QDA project',
    what:
      'Adds a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder or this app to this lab: its text sources, ' +
      'audio and video with their transcripts, codes, codings, cases, variables, notes and users. Codes and sources the lab already has are matched, not doubled.',
    accept: '.qdpx',
    choose: 'Choose a .qdpx file…',
  },
  qdc: {
    title: 'Import codebook (.qdc)',
    what:
      'Adds the codes of a REFI-QDA codebook (.qdc) to this lab’s codebook; codes under “Evidence” become evidence ' +
      'values, and sets of codes saved queries. A code the lab already has is matched, not doubled.',
    accept: '.qdc',
    choose: 'Choose a .qdc file…',
  },
};

// The most the page may send in one call (the contract refuses more); larger projects go by path through labwb.
const MAX_BYTES = 50 * 1024 * 1024;

async function runImport(kind: RefiImportKind, file: File, jobId: string): Promise<RefiImportReport> {
  const upload = { name: file.name, data: await readAsBase64(file) };
  return kind === 'qdpx' ? run('refi.importProject', { jobId, file: upload }) : run('refi.importCodebook', { file: upload });
}

/**
 * Picks a REFI-QDA file, imports it with a progress bar and Cancel, then reports what came in and what was left
 * out, and why. The focus stays inside while it is open and goes back to where it was when it closes.
 */
export function RefiImportModal({ kind, onClose }: { kind: RefiImportKind; onClose: () => void }) {
  const text = TEXT[kind];
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { running, start: startJob, cancel } = useJob();
  const [done, setDone] = useState<{ fileName: string; report: RefiImportReport } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);

  // Mantine gives the focus back when `opened` turns false, but this dialog is unmounted instead (each opening starts
  // afresh), so it gives the focus back itself to whatever had it: the button or menu that opened it.
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => () => returnTo?.focus(), [returnTo]);

  const start = async (file: File) => {
    setError(null);
    setDone(null);
    if (file.size > MAX_BYTES) {
      setError(`“${file.name}” is larger than the 50 MB the window can send; import it with labwb import LAB FILE.qdpx instead.`);
      return;
    }
    try {
      setDone({ fileName: file.name, report: await startJob(`Reading ${file.name}`, (jobId) => runImport(kind, file, jobId)) });
    } catch (e) {
      setError(wasCancelled(e) ? 'Import cancelled; nothing was added to the lab.' : errorMessage(e));
    }
  };

  return (
    <Modal opened onClose={running ? () => undefined : onClose} title={text.title} size="lg">
      <input
        ref={input}
        type="file"
        accept={text.accept}
        hidden
        aria-label={kind === 'qdpx' ? 'REFI-QDA project to import' : 'REFI-QDA codebook to import'}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) void start(file);
        }}
      />
      <Stack gap="md">
        {done ? (
          <RefiImportSummary kind={kind} fileName={done.fileName} report={done.report} headingRef={heading} />
        ) : (
          <Text size="sm">
            {text.what} The import is one step you can undo. Afterwards a report lists what was added and anything that
            could not be taken, with why.
          </Text>
        )}
        {running && <JobProgressBar running={running} label="Import progress" />}
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Nothing was imported" role="alert">
            {error}
          </Alert>
        )}
        {/* A codebook is read in one step, too quick to need (or allow) a Cancel. */}
        <JobDialogActions running={running !== null} cancelLabel={kind === 'qdpx' ? 'Cancel import' : null} onCancel={cancel} closeLabel={done ? 'Close' : 'Cancel'} onClose={onClose}>
          <Button leftSection={<IconFileImport size={16} />} onClick={() => input.current?.click()} data-autofocus>
            {done || error ? `Import another file…` : text.choose}
          </Button>
        </JobDialogActions>
      </Stack>
    </Modal>
  );
}

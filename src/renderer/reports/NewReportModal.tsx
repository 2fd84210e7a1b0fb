import { Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Report, ReportKind } from '../../shared/domain/report';
import { useMutationOp, useOp } from '../client/use-op';
import { FormActions } from '../components/FormActions';
import { errorMessage } from '../components/notify';

interface NewReportModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (report: Report) => void;
}

/** A new report from its template: an iteration report for one phase, or the final policy report. */
export function NewReportModal({ opened, onClose, onCreated }: NewReportModalProps) {
  const [kind, setKind] = useState<ReportKind>('iteration');
  const [phaseId, setPhaseId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<{ phase?: string; title?: string }>({});
  const create = useMutationOp('reports.create');
  const templates = useOp('reports.templates', {}, { enabled: opened }).data ?? [];
  const phases = useOp('timeline.get', {}, { enabled: opened }).data?.phases ?? [];
  const sections = templates.find((t) => t.kind === kind)?.sections ?? [];

  const close = () => {
    setKind('iteration');
    setPhaseId(null);
    setTitle('');
    setError({});
    onClose();
  };
  const submit = () => {
    if (kind === 'iteration' && !phaseId) return setError({ phase: 'Choose the iteration the report is about' });
    create.mutate(
      { kind, phaseId: kind === 'iteration' ? phaseId : null, ...(title.trim() ? { title: title.trim() } : {}) },
      {
        onSuccess: (r) => {
          onCreated(r);
          close();
        },
        onError: (e) => setError({ title: errorMessage(e) }),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="New report" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <SegmentedControl
            aria-label="Kind of report"
            fullWidth
            value={kind}
            onChange={(v) => {
              setKind(v as ReportKind);
              setError({});
            }}
            data={[
              { value: 'iteration', label: 'Iteration report' },
              { value: 'final', label: 'Final policy report' },
            ]}
          />
          {kind === 'iteration' && (
            <Select
              label="Iteration"
              placeholder="Choose a phase"
              data={phases.map((p) => ({ value: p.id, label: p.name }))}
              value={phaseId}
              error={error.phase}
              onChange={(v) => {
                setPhaseId(v);
                setError({});
              }}
              data-autofocus
            />
          )}
          <TextInput
            label="Title"
            placeholder={kind === 'iteration' ? 'Iteration report: (the iteration’s name)' : 'The lab’s name: policy report'}
            value={title}
            error={error.title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          {sections.length > 0 && (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                Starts with these sections
              </Text>
              <Text size="sm" c="dimmed">
                {sections.join(' · ')}
              </Text>
              {kind === 'final' && (
                <Text size="xs" c="dimmed" mt={4}>
                  The story of each iteration starts from the summary of its iteration report, as written now.
                </Text>
              )}
            </Stack>
          )}
          <FormActions submitLabel="Create report" busy={create.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}

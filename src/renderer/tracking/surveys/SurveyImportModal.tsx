import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Stepper, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { SurveyImportResult } from '../../../shared/domain/sheet';
import { TIME_POINTS, type TimePoint } from '../../../shared/domain/tracking';
import { run, useOp } from '../../client/use-op';
import { errorMessage, notifyDone } from '../../components/notify';
import { SheetFilePicker } from '../sheets/SheetFilePicker';
import { SheetPreviewTable } from '../sheets/SheetPreviewTable';
import { useSheetPreview } from '../sheets/use-sheet-preview';
import { TIME_POINT_LABELS } from '../tracking-labels';
import { RespondentReview } from './RespondentReview';
import {
  guessSurveyRoles,
  resolutionsOf,
  roleProblems,
  surveyColumns,
  SURVEY_ROLE_OPTIONS,
  type RowChoice,
  type SurveyRole,
} from './survey-mapping';

function SurveyImportWizard({ onClose }: { onClose: () => void }) {
  const sheet = useSheetPreview();
  const participants = useOp('participants.list', {});
  const [timePoint, setTimePoint] = useState<TimePoint>('baseline');
  const [step, setStep] = useState(0);
  const [roles, setRoles] = useState<Record<string, SurveyRole>>({});
  const [result, setResult] = useState<SurveyImportResult | null>(null);
  const [choices, setChoices] = useState<Record<number, RowChoice>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = roleProblems(roles);

  const onFile = async (file: File) => {
    const chosen = await sheet.choose(file);
    if (!chosen) return;
    setRoles(guessSurveyRoles(chosen.preview));
    setResult(null);
    setChoices({});
    setStep(1);
  };
  const submit = async (dryRun: boolean) => {
    if (!sheet.source) return;
    setBusy(true);
    setFailure(null);
    try {
      const r = await run('surveys.importSheet', {
        source: sheet.source,
        timePoint,
        columns: surveyColumns(roles),
        otherColumns: 'skip',
        resolutions: result ? resolutionsOf(choices, result.respondents) : [],
        dryRun,
      });
      setResult(r);
      setStep(2);
      if (r.stored) {
        notifyDone(`Imported ${r.answers} ${TIME_POINT_LABELS[timePoint].toLowerCase()} answers from ${r.fileName}.`);
        onClose();
      }
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const unsettled = result ? result.respondents.filter((r) => r.status === 'unmatched' && !choices[r.row]).length : 0;
  const errors = result ? result.respondents.filter((r) => r.status === 'error' && !choices[r.row]).length : 0;

  return (
    <Stack gap="lg">
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="File" description="Time point and sheet">
          <Stack gap="md" pt="sm">
            <Text size="sm">
              One row per respondent, one column per question. Rows are matched to participants by id (or pseudonym), email
              or name; you settle the ones that match no one before anything is stored.
            </Text>
            <div>
              <Text size="sm" fw={500} mb={4}>
                Time point
              </Text>
              <SegmentedControl
                value={timePoint}
                onChange={(v) => setTimePoint(v as TimePoint)}
                data={TIME_POINTS.map((t) => ({ value: t, label: TIME_POINT_LABELS[t] }))}
                aria-label="Time point"
              />
            </div>
            <SheetFilePicker
              label="Survey spreadsheet"
              fileName={sheet.preview?.fileName ?? null}
              loading={sheet.loading}
              error={sheet.error}
              onFile={(f) => void onFile(f)}
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Columns" description="Who answered, and the questions">
          {sheet.preview && (
            <Stack gap="md" pt="sm">
              {sheet.preview.sheets.length > 1 && (
                <Select
                  label="Worksheet"
                  data={sheet.preview.sheets}
                  value={sheet.preview.sheet}
                  onChange={(v) => v && void sheet.reread({ sheet: v }).then((p) => p && setRoles(guessSurveyRoles(p)))}
                  allowDeselect={false}
                  w={220}
                />
              )}
              <SheetPreviewTable
                preview={sheet.preview}
                skipped={(c) => roles[c.letter] === 'skip'}
                mapping={(c) => (
                  <Select
                    size="xs"
                    aria-label={`Column ${c.letter} is`}
                    data={SURVEY_ROLE_OPTIONS}
                    value={roles[c.letter] ?? 'item'}
                    onChange={(v) => setRoles({ ...roles, [c.letter]: (v ?? 'skip') as SurveyRole })}
                    allowDeselect={false}
                  />
                )}
              />
              {problems.length > 0 && (
                <Alert color="yellow" variant="light" icon={<IconInfoCircle />} title="Before the check">
                  {problems.map((m) => (
                    <Text key={m} size="sm">
                      {m}
                    </Text>
                  ))}
                </Alert>
              )}
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label="Respondents" description="Settle the unmatched, then import">
          {result && (
            <Stack pt="sm">
              <RespondentReview
                result={result}
                participants={participants.data ?? []}
                choices={choices}
                onChoice={(row, c) =>
                  setChoices((cs) => {
                    const next = { ...cs };
                    if (c) next[row] = c;
                    else delete next[row];
                    return next;
                  })
                }
              />
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
      {failure && (
        <Text size="sm" c="red.8" role="alert">
          {failure}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Group gap="xs">
          {step > 0 && (
            <Button variant="default" onClick={() => setStep(step - 1)}>
              Back
            </Button>
          )}
          {step === 1 && (
            <Button onClick={() => void submit(true)} disabled={problems.length > 0} loading={busy}>
              Check respondents
            </Button>
          )}
          {step === 2 && (
            <Button onClick={() => void submit(false)} disabled={unsettled > 0 || errors > 0} loading={busy}>
              {unsettled > 0 ? `Settle ${unsettled} more ${unsettled === 1 ? 'row' : 'rows'} to import` : 'Import answers'}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}

export function SurveyImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Import a survey" size="80rem">
      {opened && <SurveyImportWizard onClose={onClose} />}
    </Modal>
  );
}

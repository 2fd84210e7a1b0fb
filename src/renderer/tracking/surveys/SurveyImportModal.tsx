import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SurveyImportResult } from '../../../shared/domain/sheet';
import { TIME_POINTS, type TimePoint } from '../../../shared/domain/tracking';
import { run, useOp } from '../../client/use-op';
import { notifyDone } from '../../components/notify';
import { MappingProblems } from '../sheets/MappingProblems';
import { SheetFileStep } from '../sheets/SheetFileStep';
import { SheetImportModal } from '../sheets/SheetImportModal';
import { SheetImportSteps } from '../sheets/SheetImportSteps';
import { SheetPreviewTable } from '../sheets/SheetPreviewTable';
import { useSheetImport } from '../sheets/use-sheet-import';
import { useSheetPreview } from '../sheets/use-sheet-preview';
import { WorksheetSelect } from '../sheets/WorksheetSelect';
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
  const [roles, setRoles] = useState<Record<string, SurveyRole>>({});
  const [choices, setChoices] = useState<Record<number, RowChoice>>({});
  const wizard = useSheetImport<SurveyImportResult>((r) => {
    notifyDone(`Imported ${r.answers} ${TIME_POINT_LABELS[timePoint].toLowerCase()} answers from ${r.fileName}.`);
    onClose();
  });
  const { result } = wizard;
  const problems = roleProblems(roles);

  const onFile = async (file: File) => {
    const chosen = await sheet.choose(file);
    if (!chosen) return;
    setRoles(guessSurveyRoles(chosen.preview));
    setChoices({});
    wizard.restart();
  };
  const submit = async (dryRun: boolean) => {
    const source = sheet.source;
    if (!source) return;
    await wizard.send(() =>
      run('surveys.importSheet', {
        source,
        timePoint,
        columns: surveyColumns(roles),
        otherColumns: 'skip',
        resolutions: result ? resolutionsOf(choices, result.respondents) : [],
        dryRun,
      }),
    );
  };
  const unsettled = result ? result.respondents.filter((r) => r.status === 'unmatched' && !choices[r.row]).length : 0;
  const errors = result ? result.respondents.filter((r) => r.status === 'error' && !choices[r.row]).length : 0;

  return (
    <SheetImportSteps
      wizard={wizard}
      steps={[
        {
          label: 'File',
          description: 'Time point and sheet',
          content: (
            <SheetFileStep
              intro="One row per respondent, one column per question. Rows are matched to participants by id (or pseudonym), email or name; you settle the ones that match no one before anything is stored. Answers to text questions become survey sources, one per question and time point, to code like interviews."
              label="Survey spreadsheet"
              sheet={sheet}
              onFile={(f) => void onFile(f)}
            >
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
            </SheetFileStep>
          ),
        },
        {
          label: 'Columns',
          description: 'Who answered, and the questions',
          content: sheet.preview && (
            <Stack gap="md" pt="sm">
              <WorksheetSelect
                preview={sheet.preview}
                onSheet={(s) => void sheet.reread({ sheet: s }).then((p) => p && setRoles(guessSurveyRoles(p)))}
              />
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
              <MappingProblems problems={problems} />
            </Stack>
          ),
        },
        {
          label: 'Respondents',
          description: 'Settle the unmatched, then import',
          content: result && (
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
          ),
        },
      ]}
      check={{ label: 'Check respondents', disabled: problems.length > 0 }}
      commit={{
        label: unsettled > 0 ? `Settle ${unsettled} more ${unsettled === 1 ? 'row' : 'rows'} to import` : 'Import answers',
        disabled: unsettled > 0 || errors > 0,
      }}
      onSubmit={(dryRun) => void submit(dryRun)}
      onCancel={onClose}
    />
  );
}

export function SurveyImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <SheetImportModal opened={opened} title="Import a survey" onClose={onClose}>
      <SurveyImportWizard onClose={onClose} />
    </SheetImportModal>
  );
}

import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { MeasureImportResult, SheetPreview } from '../../../../shared/domain/sheet';
import type { Phase } from '../../../../shared/domain/timeline';
import { run, useOp } from '../../../client/use-op';
import { notifyDone } from '../../../components/notify';
import { SheetFilePicker } from '../../sheets/SheetFilePicker';
import { SheetFileStep } from '../../sheets/SheetFileStep';
import { SheetImportModal } from '../../sheets/SheetImportModal';
import { SheetImportSteps } from '../../sheets/SheetImportSteps';
import { useSheetImport } from '../../sheets/use-sheet-import';
import { useSheetPreview } from '../../sheets/use-sheet-preview';
import { guessPointMapping, mappingProblems, measureColumns, type MeasureOption, type PointMapping } from './point-mapping';
import { PointMappingStep } from './PointMappingStep';
import { PointResultsStep } from './PointResultsStep';

const ANY = 'any';

function sameColumns(a: SheetPreview, b: SheetPreview): boolean {
  return a.sheet === b.sheet && JSON.stringify(a.columns.map((c) => c.header)) === JSON.stringify(b.columns.map((c) => c.header));
}

function ImportPointsWizard({ phases, onClose }: { phases: Phase[]; onClose: () => void }) {
  const sheet = useSheetPreview();
  const [phaseChoice, setPhaseChoice] = useState(ANY);
  const phaseId = phaseChoice === ANY ? undefined : phaseChoice;
  const targets = useOp('targets.list', phaseId ? { phaseId } : {});
  const measures: MeasureOption[] = (targets.data ?? []).flatMap((t) => t.measures.map((m) => ({ id: m.id, name: m.name })));
  const [mapping, setMapping] = useState<PointMapping>({ fields: {}, measures: {} });
  const [fallback, setFallback] = useState<string | null>(null);
  const [dateOrder, setDateOrder] = useState<'DMY' | 'MDY'>('DMY');
  const wizard = useSheetImport<MeasureImportResult>((r) => {
    notifyDone(`Imported ${r.added + r.updated} data ${r.added + r.updated === 1 ? 'point' : 'points'} from ${r.fileName}.`);
    onClose();
  });
  const { result } = wizard;
  const problems = mappingProblems(mapping, fallback);

  const onFile = async (file: File) => {
    const before = sheet.preview;
    const chosen = await sheet.choose(file);
    if (!chosen) return;
    // The same sheet again, corrected: keep the mapping and check it at once.
    if (before && result && sameColumns(before, chosen.preview)) return submit(true, chosen.source);
    setMapping(guessPointMapping(chosen.preview, measures));
    wizard.restart();
  };
  const reread = async (patch: { sheet?: string; headerRow?: number }) => {
    const p = await sheet.reread(patch);
    if (p) setMapping(guessPointMapping(p, measures));
  };
  const submit = async (dryRun: boolean, source = sheet.source) => {
    if (!source) return;
    await wizard.send(() =>
      run('measures.importSheet', {
        source,
        columns: measureColumns(mapping),
        ...(fallback ? { measure: fallback } : {}),
        ...(phaseId ? { phaseId } : {}),
        dateOrder,
        dryRun,
      }),
    );
  };

  return (
    <SheetImportSteps
      wizard={wizard}
      steps={[
        {
          label: 'File',
          description: 'An .xlsx or .csv',
          content: (
            <SheetFileStep
              intro="One row per date. Columns: the date, and either a column of values with a column naming the measure, or one column per measure. Nothing is stored until every row is valid."
              label="Spreadsheet of data points"
              sheet={sheet}
              onFile={(f) => void onFile(f)}
            >
              <Select
                label="Look up measures in"
                data={[{ value: ANY, label: 'Every iteration' }, ...phases.map((p) => ({ value: p.id, label: p.name }))]}
                value={phaseChoice}
                onChange={(v) => setPhaseChoice(v ?? ANY)}
                allowDeselect={false}
                w={260}
              />
            </SheetFileStep>
          ),
        },
        {
          label: 'Columns',
          description: 'What each column holds',
          content: sheet.preview && (
            <PointMappingStep
              preview={sheet.preview}
              mapping={mapping}
              measures={measures}
              fallback={fallback}
              dateOrder={dateOrder}
              problems={problems}
              onMapping={setMapping}
              onFallback={setFallback}
              onDateOrder={setDateOrder}
              onReread={(patch) => void reread(patch)}
            />
          ),
        },
        {
          label: 'Check',
          description: 'Row by row, then import',
          content: result && (
            <Stack gap="md" pt="sm">
              <PointResultsStep result={result} />
              {!result.ok && (
                <SheetFilePicker
                  label="Corrected spreadsheet"
                  fileName={null}
                  loading={sheet.loading || wizard.busy}
                  error={sheet.error}
                  onFile={(f) => void onFile(f)}
                  prompt="Corrected the spreadsheet? Choose it again to check it."
                />
              )}
            </Stack>
          ),
        },
      ]}
      check={{ label: 'Check rows', disabled: problems.length > 0 }}
      commit={{ label: 'Import', disabled: !result?.ok || result.added + result.updated === 0 }}
      onSubmit={(dryRun) => void submit(dryRun)}
      onCancel={onClose}
    />
  );
}

export function ImportPointsModal({ opened, phases, onClose }: { opened: boolean; phases: Phase[]; onClose: () => void }) {
  return (
    <SheetImportModal opened={opened} title="Import data points" onClose={onClose}>
      <ImportPointsWizard phases={phases} onClose={onClose} />
    </SheetImportModal>
  );
}

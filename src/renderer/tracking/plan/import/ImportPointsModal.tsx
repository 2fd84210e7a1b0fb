import { Button, Group, Modal, Select, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeasureImportResult, SheetPreview } from '../../../../shared/domain/sheet';
import type { Phase } from '../../../../shared/domain/timeline';
import { run, useOp } from '../../../client/use-op';
import { errorMessage, notifyDone } from '../../../components/notify';
import { SheetFilePicker } from '../../sheets/SheetFilePicker';
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
  const [step, setStep] = useState(0);
  const [mapping, setMapping] = useState<PointMapping>({ fields: {}, measures: {} });
  const [fallback, setFallback] = useState<string | null>(null);
  const [dateOrder, setDateOrder] = useState<'DMY' | 'MDY'>('DMY');
  const [result, setResult] = useState<MeasureImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = mappingProblems(mapping, fallback);

  const onFile = async (file: File) => {
    const before = sheet.preview;
    const chosen = await sheet.choose(file);
    if (!chosen) return;
    // The same sheet again, corrected: keep the mapping and check it at once.
    if (before && result && sameColumns(before, chosen.preview)) return submit(true, chosen.source);
    setMapping(guessPointMapping(chosen.preview, measures));
    setResult(null);
    setStep(1);
  };
  const reread = async (patch: { sheet?: string; headerRow?: number }) => {
    const p = await sheet.reread(patch);
    if (p) setMapping(guessPointMapping(p, measures));
  };
  const submit = async (dryRun: boolean, source = sheet.source) => {
    if (!source) return;
    setBusy(true);
    setFailure(null);
    try {
      const r = await run('measures.importSheet', {
        source,
        columns: measureColumns(mapping),
        ...(fallback ? { measure: fallback } : {}),
        ...(phaseId ? { phaseId } : {}),
        dateOrder,
        dryRun,
      });
      setResult(r);
      setStep(2);
      if (r.stored) {
        notifyDone(`Imported ${r.added + r.updated} data ${r.added + r.updated === 1 ? 'point' : 'points'} from ${r.fileName}.`);
        onClose();
      }
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg">
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="File" description="An .xlsx or .csv">
          <Stack gap="md" pt="sm">
            <Text size="sm">
              One row per date. Columns: the date, and either a column of values with a column naming the measure, or one
              column per measure. Nothing is stored until every row is valid.
            </Text>
            <Select
              label="Look up measures in"
              data={[{ value: ANY, label: 'Every iteration' }, ...phases.map((p) => ({ value: p.id, label: p.name }))]}
              value={phaseChoice}
              onChange={(v) => setPhaseChoice(v ?? ANY)}
              allowDeselect={false}
              w={260}
            />
            <SheetFilePicker
              label="Spreadsheet of data points"
              fileName={sheet.preview?.fileName ?? null}
              loading={sheet.loading}
              error={sheet.error}
              onFile={(f) => void onFile(f)}
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Columns" description="What each column holds">
          {sheet.preview && (
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
          )}
        </Stepper.Step>
        <Stepper.Step label="Check" description="Row by row, then import">
          {result && (
            <Stack gap="md" pt="sm">
              <PointResultsStep result={result} />
              {!result.ok && (
                <SheetFilePicker
                  label="Corrected spreadsheet"
                  fileName={null}
                  loading={sheet.loading || busy}
                  error={sheet.error}
                  onFile={(f) => void onFile(f)}
                  prompt="Corrected the spreadsheet? Choose it again to check it."
                />
              )}
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
              Check rows
            </Button>
          )}
          {step === 2 && (
            <Button onClick={() => void submit(false)} disabled={!result?.ok || result.added + result.updated === 0} loading={busy}>
              Import
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}

export function ImportPointsModal({ opened, phases, onClose }: { opened: boolean; phases: Phase[]; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Import data points" size="80rem">
      {opened && <ImportPointsWizard phases={phases} onClose={onClose} />}
    </Modal>
  );
}

import { Button, Group, Stack, Stepper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CHECK_STEP, COLUMNS_STEP, type SheetImport } from './use-sheet-import';

interface ImportStep {
  label: string;
  description: string;
  content: ReactNode;
}

interface ImportAction {
  label: string;
  disabled: boolean;
}

interface SheetImportStepsProps {
  wizard: Pick<SheetImport<unknown>, 'step' | 'setStep' | 'busy' | 'failure'>;
  /** The file, its columns and the check, in that order. */
  steps: [ImportStep, ImportStep, ImportStep];
  /** The dry run, offered in the columns step. */
  check: ImportAction;
  /** The import itself, offered in the check step. */
  commit: ImportAction;
  onSubmit: (dryRun: boolean) => void;
  onCancel: () => void;
}

/** A sheet import's stepper, with what went wrong under it and Cancel, Back and the next action at the foot. */
export function SheetImportSteps({ wizard, steps, check, commit, onSubmit, onCancel }: SheetImportStepsProps) {
  const { step, setStep, busy, failure } = wizard;
  return (
    <Stack gap="lg">
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm" allowNextStepsSelect={false}>
        {steps.map((s) => (
          <Stepper.Step key={s.label} label={s.label} description={s.description}>
            {s.content}
          </Stepper.Step>
        ))}
      </Stepper>
      {failure && (
        <Text size="sm" c="red" role="alert">
          {failure}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Group gap="xs">
          {step > 0 && (
            <Button variant="default" onClick={() => setStep(step - 1)}>
              Back
            </Button>
          )}
          {step === COLUMNS_STEP && (
            <Button onClick={() => onSubmit(true)} disabled={check.disabled} loading={busy}>
              {check.label}
            </Button>
          )}
          {step === CHECK_STEP && (
            <Button onClick={() => onSubmit(false)} disabled={commit.disabled} loading={busy}>
              {commit.label}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}

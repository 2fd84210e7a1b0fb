import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useChangeEvents, useOp } from '../client/use-op';
import { isCommandId } from '../commands/registry';
import { CompareLabsModal } from '../compare/CompareLabsModal';
import { runMenuCommand, useCommandContext, useCommandShortcuts, useRunCommand } from '../commands/use-commands';
import { NewLabModal, type NewLabRequest } from '../start/NewLabModal';
import { StartScreen } from '../start/StartScreen';
import { applyTextSize } from '../text-size/apply-text-size';
import { textSizeSaving } from '../text-size/text-size-commands';
import { CoderPrompt } from './CoderPrompt';
import { LabShell } from './LabShell';
import { navigate } from './navigation';

/** Decides what the window shows: the coder prompt on first start, the start screen, or the open lab. */
export function Workbench() {
  const app = useOp('app.state', {});
  const commandContext = useCommandContext();
  const runCommand = useRunCommand(commandContext);
  useCommandShortcuts(runCommand);
  const textSize = app.data?.textSize;
  useEffect(() => {
    if (textSize && !textSizeSaving()) applyTextSize(textSize);
  }, [textSize]);
  // Another lab (closed and another opened, or File › New lab over an open one) starts on its own Lab page, not on
  // the page the last lab was on, which could be the coding view of a source it does not have.
  const labPath = app.data?.lab?.path ?? null;
  const shownLab = useRef(labPath);
  useEffect(() => {
    if (labPath === shownLab.current) return;
    shownLab.current = labPath;
    navigate({ page: 'lab' });
  }, [labPath]);
  const [newLab, setNewLab] = useState<NewLabRequest | null>(null);
  const [switchingCoder, setSwitchingCoder] = useState(false);

  const onCommand = useCallback(
    (command: string, arg?: string) => {
      if (isCommandId(command)) runMenuCommand(runCommand, command);
      // Electron's File › New lab asks where to save first, then hands the chosen path to this form.
      else if (command === 'new-lab') setNewLab({ path: arg });
    },
    [runCommand],
  );
  useChangeEvents(onCommand);

  if (app.isPending) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (app.isError) {
    return (
      <Center h="100%" p="xl">
        <Alert
          maw={520}
          color="red"
          variant="light"
          icon={<IconPlugConnectedX />}
          title="The workbench is not answering"
        >
          <Stack gap="sm" align="flex-start">
            {app.error.message}
            <Button variant="light" color="red" onClick={() => void app.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }

  const state = app.data;
  const needsCoder = !state.coderName;
  return (
    <>
      {state.lab ? (
        <LabShell
          lab={state.lab}
          coderName={state.coderName}
          commandContext={commandContext}
          runCommand={runCommand}
          onSwitchCoder={() => setSwitchingCoder(true)}
        />
      ) : (
        <StartScreen state={state} onNewLab={() => setNewLab({})} onSwitchCoder={() => setSwitchingCoder(true)} />
      )}
      <NewLabModal request={newLab} onClose={() => setNewLab(null)} />
      <CompareLabsModal />
      <CoderPrompt
        opened={needsCoder || switchingCoder}
        required={needsCoder}
        current={state.coderName}
        labOpen={Boolean(state.lab)}
        onClose={() => setSwitchingCoder(false)}
      />
    </>
  );
}

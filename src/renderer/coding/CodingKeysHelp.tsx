import { Kbd, Modal, Table } from '@mantine/core';
import { shortcutLabel } from '../commands/keyboard';
import { playbackCommands } from '../media/playback-keys';
import { codingCommands } from './coding-commands';

/** The coding view's keys, as the README's keyboard map lists them; opened with “?” or the header's button. */
const KEYS: readonly [keys: string[], what: string][] = [
  [['Tab'], 'Put the focus on the document (its outline shows it)'],
  [['↓', 'j'], 'Next turn'],
  [['↑', 'k'], 'Previous turn'],
  [['←', '→'], 'Move the caret by a word'],
  [['Shift+←', 'Shift+→'], 'Select: extend or shrink by a word'],
  [['Shift+↓', 'Shift+↑'], 'Select: extend or shrink by a turn'],
  [[codingCommands['apply-pinned'].shortcut], 'Apply the code pinned to that key'],
  [[codingCommands['quick-code'].shortcut, '/'], 'Apply a code by name'],
  [[codingCommands['code-in-vivo'].shortcut], 'Code in vivo: a new code named from the words'],
  [['Enter'], 'Open the excerpt at the caret (Tab through it, Esc closes it)'],
  [['F2', 'e'], 'Correct the current turn: its words, speaker, a split or a join (Enter saves, Esc cancels)'],
  [['Esc'], 'Clear the selection'],
  [[shortcutLabel('Mod+Z')], 'Undo the last change'],
  [['?'], 'This list'],
  // With a recording attached (the player above the document); they work while typing too.
  ...Object.values(playbackCommands).map((c): [string[], string] => [[...c.keys], c.label]),
];

export function CodingKeysHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Coding from the keyboard" size="lg">
      <Table verticalSpacing={6} aria-label="Coding keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Keys</Table.Th>
            <Table.Th scope="col">What they do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KEYS.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <Kbd size="sm">{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}

import { Kbd, Modal, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { run } from '../client/use-op';
import { codePaths } from '../codebook/code-tree';
import { notifyError } from '../components/notify';
import { foldForSearch, rankCodes } from './code-tree';
import classes from './QuickCodeBox.module.css';

interface QuickCodeBoxProps {
  opened: boolean;
  codes: readonly CodeWithCounts[];
  /** The selected words, shown so the documenter knows what is about to be coded. */
  excerpt: string;
  onApply: (codeId: string) => void;
  onClose: () => void;
}

interface Choice {
  key: string;
  code: CodeWithCounts | null;
}

function QuickCodeList({ codes, excerpt, onApply, onClose }: Omit<QuickCodeBoxProps, 'opened'>) {
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const paths = useMemo(() => codePaths(codes), [codes]);
  const matches = useMemo(() => rankCodes(codes, query, paths, 30), [codes, query, paths]);
  const exact = matches.some((c) => foldForSearch(c.name) === foldForSearch(query.trim()));
  const choices: Choice[] = [...matches.map((code) => ({ key: code.id, code })), ...(query.trim() && !exact ? [{ key: 'new', code: null }] : [])];
  const at = Math.min(cursor, choices.length - 1);

  const choose = async (choice: Choice | undefined) => {
    if (!choice) return;
    if (choice.code) return onApply(choice.code.id);
    try {
      const code = await run('codes.create', { code: { name: query.trim(), parentId: null } });
      onApply(code.id);
    } catch (e) {
      notifyError('The code was not created', e);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setCursor((at + step + choices.length) % Math.max(choices.length, 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void choose(choices[at]);
    } else if (e.key === 'Escape') onClose();
  };

  return (
    <>
      <Text size="xs" c="dimmed" lineClamp={2} className={classes.excerpt}>
        “{excerpt}”
      </Text>
      <TextInput
        data-autofocus
        size="md"
        aria-label="Code name"
        placeholder="Type part of a code name"
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setCursor(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded
        aria-controls="quick-code-options"
        aria-activedescendant={choices[at] ? `quick-code-${choices[at].key}` : undefined}
      />
      <div id="quick-code-options" role="listbox" aria-label="Matching codes" className={classes.list}>
        {choices.map((choice, i) => (
          <UnstyledButton
            key={choice.key}
            id={`quick-code-${choice.key}`}
            role="option"
            aria-selected={i === at}
            className={classes.option}
            onMouseEnter={() => setCursor(i)}
            onClick={() => void choose(choice)}
          >
            {choice.code ? (
              <>
                <span className={classes.swatch} style={{ background: choice.code.colour }} />
                <span className={classes.names}>
                  <Text span size="sm" truncate>
                    {choice.code.name}
                  </Text>
                  {choice.code.parentId && (
                    <Text span size="xs" c="dimmed" truncate>
                      {paths.get(choice.code.id)}
                    </Text>
                  )}
                </span>
                {choice.code.pinned !== null && <Kbd size="xs">{choice.code.pinned}</Kbd>}
              </>
            ) : (
              <>
                <IconPlus size={14} className={classes.plus} />
                <Text span size="sm">
                  Create code “{query.trim()}” and apply it
                </Text>
              </>
            )}
          </UnstyledButton>
        ))}
        {choices.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            Type a name to find a code or create one
          </Text>
        )}
      </div>
      <Text size="xs" c="dimmed" className={classes.keys}>
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to move · <Kbd size="xs">Enter</Kbd> to apply · <Kbd size="xs">Esc</Kbd> to close
      </Text>
    </>
  );
}

/** Ctrl+K or /: find a code by typing part of its name and apply it to the selection with Enter. */
export function QuickCodeBox({ opened, ...rest }: QuickCodeBoxProps) {
  return (
    <Modal opened={opened} onClose={rest.onClose} title="Apply a code" size={480} yOffset="12vh" centered={false} transitionProps={{ duration: 80 }}>
      {opened && <QuickCodeList {...rest} />}
    </Modal>
  );
}

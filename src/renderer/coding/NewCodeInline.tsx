import { TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { run } from '../client/use-op';
import { notifyError } from '../components/notify';

interface NewCodeInlineProps {
  label: string;
  autoFocus?: boolean;
  onDone?: () => void;
}

/** A one-line form for a new top-level code: type its name, press Enter. */
export function NewCodeInline({ label, autoFocus, onDone }: NewCodeInlineProps) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    if (!name.trim()) return setError('Type a name first');
    setBusy(true);
    try {
      await run('codes.create', { code: { name, parentId: null } });
      setName('');
      setError(null);
      onDone?.();
    } catch (e) {
      notifyError('The code was not created', e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <TextInput
      size="xs"
      aria-label={label}
      placeholder={label}
      leftSection={<IconPlus size={14} />}
      value={name}
      error={error}
      disabled={busy}
      autoFocus={autoFocus}
      onChange={(e) => {
        setName(e.currentTarget.value);
        setError(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void create();
        if (e.key === 'Escape') onDone?.();
      }}
      onBlur={() => !name.trim() && onDone?.()}
    />
  );
}

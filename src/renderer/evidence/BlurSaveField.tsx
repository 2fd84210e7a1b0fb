import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../components/notify';

interface BlurSaveFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  placeholder?: string;
  /** Name the field for screen readers only, where a column heading shows what it is. */
  hiddenLabel?: boolean;
  onSave: (value: string) => Promise<unknown>;
}

/** A text field that saves when it loses the focus (or on Enter, for one line), and shows a failure beneath. */
export function BlurSaveField({ label, value, multiline, placeholder, hiddenLabel, onSave }: BlurSaveFieldProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (undo, another window) replaces the draft unless the documenter is mid-edit.
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() === value.trim()) return;
    setError(null);
    onSave(draft.trim()).catch((e: unknown) => setError(errorMessage(e)));
  };
  const common = {
    ...(hiddenLabel ? { 'aria-label': label } : { label }),
    placeholder,
    value: draft,
    error,
    size: 'xs' as const,
    onBlur: commit,
  };
  return multiline ? (
    <Textarea {...common} autosize minRows={1} maxRows={5} onChange={(e) => setDraft(e.currentTarget.value)} />
  ) : (
    <TextInput
      {...common}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

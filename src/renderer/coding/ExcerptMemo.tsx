import { Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Excerpt } from '../../shared/domain/coding';
import classes from './ExcerptDetails.module.css';

/** The excerpt's memo: saved when the field loses the focus, or at once with Ctrl+Enter. */
export function ExcerptMemo({ excerpt, onSave }: { excerpt: Excerpt; onSave: (memo: string) => void }) {
  const [draft, setDraft] = useState(excerpt.memo);
  const save = () => {
    if (draft !== excerpt.memo) onSave(draft);
  };
  return (
    <Textarea
      size="xs"
      label="Memo"
      classNames={{ input: classes.fieldRing }}
      placeholder="Why this passage matters, what it shows…"
      autosize
      minRows={2}
      maxRows={8}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.currentTarget.blur();
        }
      }}
    />
  );
}

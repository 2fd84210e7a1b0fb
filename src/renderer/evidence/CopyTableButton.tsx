import { Button } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { notifyError } from '../components/notify';

interface CopyTableButtonProps {
  /** Builds the text when clicked, so a large table is not serialised on every render. */
  text: () => string;
  what: string;
}

/** Copies a table as tab-separated text: pasted into a spreadsheet it lands in cells. */
export function CopyTableButton({ text, what }: CopyTableButtonProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1800);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color={copied ? 'teal' : 'gray'}
      leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
      aria-label={`Copy ${what} as tab-separated text`}
      onClick={() =>
        navigator.clipboard.writeText(text()).then(
          () => setCopied(true),
          (e: unknown) => notifyError('Could not copy the table', e),
        )
      }
    >
      {copied ? 'Copied' : 'Copy'}
    </Button>
  );
}

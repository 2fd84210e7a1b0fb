import { ActionIcon, Autocomplete, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { AttributeRow } from './participant-draft';

interface AttributeRowsProps {
  rows: AttributeRow[];
  /** Names already used on other participants, offered while typing so columns stay consistent. */
  knownKeys: string[];
  error?: string | undefined;
  onChange: (rows: AttributeRow[]) => void;
}

export function AttributeRows({ rows, knownKeys, error, onChange }: AttributeRowsProps) {
  const set = (i: number, patch: Partial<AttributeRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const used = new Set(rows.map((r) => r.key));
  return (
    <Input.Wrapper label="Attributes" description="Your own columns: gender, district, years in post…" error={error}>
      <Stack gap={6} mt={6}>
        {rows.map((row, i) => (
          <Group key={i} gap={6} wrap="nowrap" align="flex-start">
            <Autocomplete
              aria-label={`Attribute ${i + 1} name`}
              placeholder="Name"
              data={knownKeys.filter((k) => k === row.key || !used.has(k))}
              value={row.key}
              onChange={(key) => set(i, { key })}
              maxLength={60}
              w={180}
            />
            <TextInput
              aria-label={`Attribute ${i + 1} value`}
              placeholder="Value"
              value={row.value}
              onChange={(e) => set(i, { value: e.currentTarget.value })}
              maxLength={500}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove attribute ${row.key || i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, { key: '', value: '' }])}
        >
          Add attribute
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}

import { ActionIcon, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { QuoteInReportMenu } from '../reports/QuoteInReportMenu';
import { MoreLikeThisButton } from '../assistant/MoreLikeThisButton';
import { IconTrash, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { CodeWithCounts, Excerpt } from '../../shared/domain/coding';
import { codePaths } from '../codebook/code-tree';
import { EvidenceTagBar } from '../excerpts/EvidenceTagBar';
import { formatDay } from '../format/dates';
import classes from './ExcerptDetails.module.css';
import { ExcerptMemo } from './ExcerptMemo';
import { ExcerptRange } from './ExcerptRange';
import type { CodingSession } from './use-coding-session';

interface ExcerptDetailsProps {
  excerpt: Excerpt;
  text: string;
  codes: readonly CodeWithCounts[];
  session: CodingSession;
  onClose: () => void;
}

function quote(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 220 ? `${flat.slice(0, 150)} … ${flat.slice(-60)}` : flat;
}

/** One excerpt: its words, its codes (remove one, add one), its memo, its range, who coded it and when. */
export function ExcerptDetails({ excerpt, text, codes, session, onClose }: ExcerptDetailsProps) {
  const { actions } = session;
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const paths = useMemo(() => codePaths(codes), [codes]);
  const applied = new Set(excerpt.codes.map((c) => c.codeId));
  const addable = codes.filter((c) => !applied.has(c.id)).map((c) => ({ value: c.id, label: paths.get(c.id) ?? c.name }));
  const coders = [...new Set(excerpt.codes.map((c) => c.coderName).filter((n) => n !== null))];
  const changed = excerpt.updatedAt.slice(0, 10) !== excerpt.createdAt.slice(0, 10);

  return (
    <Stack gap="sm">
      <Text size="sm" className={classes.quote}>
        “{quote(excerpt.text)}”
      </Text>

      <div>
        <Text size="xs" fw={600} c="dimmed" mb={4}>
          {excerpt.codes.length === 0 ? 'A comment, not coded yet' : excerpt.codes.length === 1 ? 'Code' : `${excerpt.codes.length} codes`}
        </Text>
        <Stack gap={2} role="list" aria-label="Codes of this excerpt">
          {excerpt.codes.map((c) => {
            const code = byId.get(c.codeId);
            const name = code?.name ?? 'Deleted code';
            return (
              <Group key={c.codeId} role="listitem" gap={8} wrap="nowrap" className={classes.codeRow}>
                <span className={classes.swatch} style={{ background: code?.colour ?? '#adb5bd' }} />
                <Tooltip label={paths.get(c.codeId) ?? name} disabled={!code?.parentId}>
                  <Text size="sm" truncate className={classes.codeName}>
                    {name}
                  </Text>
                </Tooltip>
                {c.coderName && (
                  <Text size="xs" c="dimmed" truncate maw={110}>
                    {c.coderName}
                  </Text>
                )}
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Remove ${name}`}
                  onClick={() => void actions.removeCode(excerpt, c.codeId)}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
        <Select
          mt={6}
          size="xs"
          searchable
          placeholder="Add a code…"
          aria-label="Add a code"
          classNames={{ input: classes.fieldRing }}
          data={addable}
          value={null}
          onChange={(id) => id && void actions.addCodes(excerpt.id, [id])}
          nothingFoundMessage="No code by that name"
          comboboxProps={{ withinPortal: false }}
          maxDropdownHeight={220}
        />
      </div>

      {excerpt.codes.length > 0 && (
        <div>
          <Text size="xs" fw={600} c="dimmed" mb={4}>
            Evidence
          </Text>
          <EvidenceTagBar excerptId={excerpt.id} sourceId={excerpt.sourceId} />
        </div>
      )}

      <ExcerptMemo key={`${excerpt.id}:${excerpt.memo}`} excerpt={excerpt} onSave={(memo) => void actions.setMemo(excerpt.id, memo)} />

      <ExcerptRange
        excerpt={excerpt}
        text={text}
        onResize={(range) => void actions.setRange(excerpt.id, range)}
        onSelectNew={() => {
          session.setAdjusting(excerpt.id);
          onClose();
        }}
      />

      <Group justify="space-between" wrap="wrap" gap={4} className={classes.footer}>
        <Text size="xs" c="dimmed" truncate>
          {coders.length ? `Coded by ${coders.join(', ')}` : 'Imported'} · {formatDay(excerpt.createdAt.slice(0, 10))}
          {changed && ` · changed ${formatDay(excerpt.updatedAt.slice(0, 10))}`}
        </Text>
        <QuoteInReportMenu excerptIds={[excerpt.id]} withinPortal={false} />
        <MoreLikeThisButton excerpt={excerpt} onOpen={onClose} />
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={13} />}
          onClick={() => {
            onClose();
            void actions.remove(excerpt);
          }}
        >
          Delete excerpt
        </Button>
      </Group>
    </Stack>
  );
}
